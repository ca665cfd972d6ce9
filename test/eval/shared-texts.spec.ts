import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The project keeps annotations by position and rebuilds texts from ../shared when it
// scores; it never holds the texts. A gold builder once wrote 2,811 corpus sentences into
// a folder named after a flag ('--help') and they were committed. This reads every file
// git tracks and looks for the opening of any corpus sentence or PolNeAR paragraph.
const shared = join(__dirname, '../../../shared');
const root = join(__dirname, '../..');
// Long enough that a shared phrase ("a declarat că ...") is not a sentence of the corpus.
const KEY = 48;

const normalise = (s: string) => s.replace(/\s+/g, ' ');

/** The opening of each text -> where it comes from. */
function corpusOpenings(): Map<string, string> {
  const texts: [string, string][] = [];
  const ronec = JSON.parse(readFileSync(join(shared, 'corpora/ronec/valid.json'), 'utf8')) as {
    tokens: string[];
    space_after: boolean[];
  }[];
  ronec.forEach((s, k) => texts.push([s.tokens.map((t, i) => t + (s.space_after[i] ? ' ' : '')).join(''), `RONEC valid #${k}`]));
  for (const split of ['dev', 'test']) {
    const conllu = readFileSync(join(shared, `corpora/ud-ro-rrt/ro_rrt-ud-${split}.conllu`), 'utf8');
    for (const line of conllu.split('\n')) if (line.startsWith('# text = ')) texts.push([line.slice(9), `UD-RRT ${split}`]);
  }
  for (const split of ['train', 'dev']) {
    const dir = join(shared, 'eval/polnear', split);
    for (const f of readdirSync(dir)) {
      const { article } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { article: { body: string } };
      for (const p of article.body.split(/\n+/)) texts.push([p, `PolNeAR ${split} ${f}`]);
    }
  }
  const keys = new Map<string, string>();
  for (const [t, from] of texts) {
    const n = normalise(t).trim();
    if (n.length >= KEY + 12) keys.set(n.slice(0, KEY), from);
  }
  return keys;
}

describe('the project holds no texts from ../shared', () => {
  it('no tracked file holds the opening of a corpus sentence or PolNeAR paragraph', () => {
    const keys = corpusOpenings();
    expect(keys.size).toBeGreaterThan(10_000); // the corpora were read
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(files.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const file of files) {
      let raw: string;
      try {
        raw = readFileSync(join(root, file), 'utf8');
      } catch {
        continue; // deleted in the working tree
      }
      // A gold file's `source` lists name the entity a claim is attributed to: a long name
      // (a directorate of the European Commission, say) may open a sentence of the corpus,
      // and it is an annotation, not a copy of the text. Everything else is read.
      if (file.startsWith('eval/ro-ronec/gold/'))
        raw = JSON.stringify(JSON.parse(raw), (k, v: unknown) => (k === 'source' ? undefined : v));
      const text = normalise(raw.replace(/\\n/g, ' ').replace(/\\"/g, '"'));
      for (let i = 0; i + KEY <= text.length; i++) {
        const from = keys.get(text.slice(i, i + KEY));
        if (from) {
          found.push(`${file}: "${text.slice(i, i + KEY)}" (${from})`);
          i += KEY;
        }
      }
    }
    expect(found).toEqual([]);
  });
});
