#!/usr/bin/env node
// For annotators of links: lists PolNeAR train articles and their claims.
//   node eval/tools/polnear-claims.mjs --list [--grep WORD] [--from 2016-09-01 --to 2016-09-30]
//       one line per article: id, publisher, date, first line of the body
//   node eval/tools/polnear-claims.mjs ARTICLE_ID [ARTICLE_ID …]
//       the claims of those articles: key, optional or not, source as written, cue, evidence
import { polnearTrain } from './polnear.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const all = polnearTrain();
if (args.includes('--list')) {
  const grep = opt('--grep')?.toLowerCase();
  const from = opt('--from') ?? '0000';
  const to = opt('--to') ?? '9999';
  for (const g of all) {
    const a = g.article;
    const day = a.publishedAt.slice(0, 10);
    if (day < from || day > to) continue;
    if (grep && !a.body.toLowerCase().includes(grep) && !a.id.includes(grep)) continue;
    console.log(`${a.id}\t${a.publisher}\t${day}\t${a.body.split('\n')[0].slice(0, 120)}`);
  }
} else {
  const ids = new Set(args);
  for (const g of all) {
    if (!ids.has(g.article.id)) continue;
    console.log(`## ${g.article.id} (${g.article.publisher}, ${g.article.publishedAt.slice(0, 10)})`);
    for (const c of g.claims)
      console.log(
        `${g.article.id}#${c.id}\t${c.optional ? 'opt' : 'REQ'}\t${(c.sourceSurface ?? ['-'])[0]}\t[${c.cue ?? ''}]\t${c.evidence.replace(/\s+/g, ' ').slice(0, 220)}`,
      );
  }
}
