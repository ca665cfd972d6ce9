import { runAnalyze } from './analyze.command';

const USAGE = `usage: claim-ledger <command> [FILE]

commands:
  extract [FILE]   read article.v1 JSON Lines from FILE (or stdin), write claim records
  analyze [FILE]   like extract, and write the links between the claims (see the contract)
`;

async function main(argv: string[]): Promise<number> {
  const [command, file, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
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
  process.stderr.write(`${command}: ${outcome.articles} articles, ${outcome.claims} claims${links}, ${outcome.rejected} rejected lines\n`);
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
