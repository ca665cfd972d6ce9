import { statSync } from 'node:fs';
import { runAnalyze } from './analyze.command';
import { runTrainCommonWords } from './train-common-words.command';
import { ProgressReporter } from './progress-reporter';
import { runTrainCues } from './train-cues.command';
import { runTrainCueOrder } from './train-cue-order.command';
import { runTrainNameGender } from './train-name-gender.command';
import { runTrainParadigms } from './train-paradigms.command';
import { runTrainPredicates } from './train-predicates.command';
import { runTrainTermWeights } from './train-term-weights.command';
import { runWarmUpClaims } from './warm-up-claims.command';

const USAGE = `usage: claim-ledger <command> [FILE]

commands:
  extract [FILE]   read article.v1 JSON Lines from FILE (or stdin), write claim records
  analyze [FILE]   like extract, and write the links between the claims (see the contract)
  train-cues --gold DIR --out FILE [--language en] [--holdout-every N]
                   train a language's cue model on gold files (the scorer's format)
  train-cue-order --gold DIR --out FILE [--language en]
                   learn which cue words never take their subject after them ("criticized the trade")
  train-name-gender --text DIR|RONEC.json[,…] --out FILE
                   learn first names' gender from honorifics ("Mrs. Clinton" … "Hillary Clinton")
  train-paradigms --conllu FILE[,FILE…] --out FILE
                   learn the inflection paradigms of verbs from CoNLL-U treebanks
  train-predicates --conllu FILE[,FILE…] --out FILE
                   learn to tell verbs from other words from CoNLL-U parts of speech
  train-term-weights --shared DIR --out FILE
                   count word stems in the corpora of DIR (../shared) for the linker
  train-common-words --text DIR|FILE.conllu|RONEC.json[,…] --out FILE
                   learn which words are written in lower case inside sentences
  warm-up-claims --out FILE
                   write the claims the linker warms its engine up on (apps/linker/src/warm-up-claims.json)
  deadletter replay [--code C] [--source-topic T] [--key K] [--at P:O] [--since T] [--all] [--dry-run]
                   re-publish chosen dead letters to their source topic (Kafka from the environment)
`;

/** `--flag value` pairs, or null when a flag has no value. */
function flags(args: readonly string[]): Map<string, string> | null {
  if (args.length % 2 !== 0) return null;
  const out = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) out.set(args[i]!, args[i + 1]!);
  return out;
}

type Log = (s: string) => void;
/** The commands that rebuild the model files (`npm run train`), by name: their required flags and how they run. */
const TRAINERS: Record<string, { required: string[]; run: (o: Map<string, string>, log: Log) => void }> = {
  'train-cues': {
    required: ['--gold', '--out'],
    run: (o, log) => {
      const every = o.get('--holdout-every');
      runTrainCues(
        {
          gold: o.get('--gold')!,
          out: o.get('--out')!,
          language: o.get('--language') ?? 'en',
          ...(every ? { holdoutEvery: Number(every) } : {}),
        },
        log,
      );
    },
  },
  'train-cue-order': {
    required: ['--gold', '--out'],
    run: (o, log) => runTrainCueOrder(o.get('--gold')!, o.get('--out')!, o.get('--language') ?? 'en', log),
  },
  'train-name-gender': {
    required: ['--text', '--out'],
    run: (o, log) => runTrainNameGender(o.get('--text')!.split(','), o.get('--out')!, log),
  },
  'train-paradigms': {
    required: ['--conllu', '--out'],
    run: (o, log) => runTrainParadigms(o.get('--conllu')!.split(','), o.get('--out')!, log),
  },
  'train-predicates': {
    required: ['--conllu', '--out'],
    run: (o, log) => runTrainPredicates(o.get('--conllu')!.split(','), o.get('--out')!, log),
  },
  'train-common-words': {
    required: ['--text', '--out'],
    run: (o, log) => runTrainCommonWords(o.get('--text')!.split(','), o.get('--out')!, log),
  },
  'train-term-weights': { required: ['--shared', '--out'], run: (o, log) => runTrainTermWeights(o.get('--shared')!, o.get('--out')!, log) },
  'warm-up-claims': { required: ['--out'], run: (o, log) => runWarmUpClaims(o.get('--out')!, log) },
};

async function main(argv: string[]): Promise<number> {
  const [command, file, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === 'deadletter') {
    // Loaded only here: the offline commands never load the Kafka client.
    const { DEADLETTER_USAGE, runDeadletterReplay, UsageError } =
      require('./deadletter-replay.command') as typeof import('./deadletter-replay.command');
    if (file !== 'replay') {
      process.stderr.write(DEADLETTER_USAGE);
      return 2;
    }
    try {
      return await runDeadletterReplay(
        rest,
        process.env,
        (s) => process.stdout.write(s),
        (s) => process.stderr.write(`${s}\n`),
      );
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      process.stderr.write(`claim-ledger deadletter replay: ${e.message}\n${DEADLETTER_USAGE}`);
      return 2;
    }
  }
  const train = TRAINERS[command ?? ''];
  if (train) {
    const opts = flags(argv.slice(1));
    const missing = opts ? train.required.filter((f) => !opts.has(f)) : train.required;
    if (!opts || missing.length > 0) {
      process.stderr.write(`claim-ledger ${command}: missing ${missing.join(', ') || 'a value'}\n${USAGE}`);
      return 2;
    }
    train.run(opts, (s) => process.stderr.write(s + '\n'));
    return 0;
  }
  if ((command !== 'extract' && command !== 'analyze') || rest.length > 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.splice(0).join(''));
  };
  // Articles/s and an ETA on the terminal only: a pipe or a log gets the summary line alone.
  const progress = process.stderr.isTTY
    ? new ProgressReporter({
        write: (s) => process.stderr.write(s),
        ...(file && file !== '-' ? { totalBytes: statSync(file).size } : {}),
      })
    : null;
  const outcome = await runAnalyze(
    file,
    (s) => {
      out.push(s);
      if (out.length >= 256) flush();
    },
    command === 'analyze',
    progress ? (state) => progress.update(state) : undefined,
  );
  progress?.done();
  flush();
  const links = command === 'analyze' ? `, ${outcome.links} links` : '';
  const unsupported = outcome.unsupported ? `, ${outcome.unsupported} in unsupported languages` : '';
  process.stderr.write(
    `${command}: ${outcome.articles} articles, ${outcome.claims} claims${links}, ${outcome.rejected} rejected lines${unsupported}\n`,
  );
  return outcome.rejected > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    process.stderr.write(`claim-ledger: ${e.message}\n`);
    process.exitCode = 2;
  },
);
