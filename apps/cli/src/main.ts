import { runAnalyze } from './analyze.command';
import { runTrainCues } from './train-cues.command';
import { runTrainParadigms } from './train-paradigms.command';
import { runTrainTermWeights } from './train-term-weights.command';

const USAGE = `usage: claim-ledger <command> [FILE]

commands:
  extract [FILE]   read article.v1 JSON Lines from FILE (or stdin), write claim records
  analyze [FILE]   like extract, and write the links between the claims (see the contract)
  train-cues --gold DIR --out FILE [--language en] [--holdout-every N]
                   train a language's cue model on gold files (the scorer's format)
  train-paradigms --conllu FILE[,FILE…] --out FILE
                   learn the inflection paradigms of verbs from CoNLL-U treebanks
  train-term-weights --shared DIR --out FILE
                   count word stems in the corpora of DIR (../shared) for the linker
`;

async function main(argv: string[]): Promise<number> {
  const [command, file, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === 'train-term-weights') {
    const [flag1, shared, flag2, out] = argv.slice(1);
    if (flag1 !== '--shared' || flag2 !== '--out' || !shared || !out) {
      process.stderr.write(USAGE);
      return 2;
    }
    runTrainTermWeights(shared, out, (s) => process.stderr.write(s + '\n'));
    return 0;
  }
  if (command === 'train-paradigms') {
    const [flag1, files, flag2, out] = argv.slice(1);
    if (flag1 !== '--conllu' || flag2 !== '--out' || !files || !out) {
      process.stderr.write(USAGE);
      return 2;
    }
    runTrainParadigms(files.split(','), out, (s) => process.stderr.write(s + '\n'));
    return 0;
  }
  if (command === 'train-cues') {
    const opts = new Map<string, string>();
    const args = argv.slice(1);
    for (let i = 0; i + 1 < args.length; i += 2) opts.set(args[i]!, args[i + 1]!);
    const gold = opts.get('--gold');
    const out = opts.get('--out');
    if (!gold || !out || args.length % 2 !== 0) {
      process.stderr.write(USAGE);
      return 2;
    }
    const every = opts.get('--holdout-every');
    runTrainCues({ gold, out, language: opts.get('--language') ?? 'en', ...(every ? { holdoutEvery: Number(every) } : {}) }, (s) =>
      process.stderr.write(s + '\n'),
    );
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
  const outcome = await runAnalyze(
    file,
    (s) => {
      out.push(s);
      if (out.length >= 256) flush();
    },
    command === 'analyze',
  );
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
