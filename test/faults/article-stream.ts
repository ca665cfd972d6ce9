import type { ArticleV1 } from '@claim-ledger/contracts';

const sources = [
  'The finance ministry',
  'Police spokeswoman Ana Pop',
  'The mayor of Iasi',
  'The health ministry',
  'Union leader Ion Marin',
  'The central bank',
  'The port operator',
  'Prime minister Radu Stan',
  'The transport minister',
  'Energy regulator ANRE',
];
const statements = [
  (n: number) => `exports of steel rose by ${n}% in May`,
  (n: number) => `${n} people were detained in Cluj`,
  (n: number) => `the city would raise local taxes by ${n}%`,
  (n: number) => `${n} hospitals received new equipment`,
  (n: number) => `wages in the sector grew by ${n}% this year`,
  (n: number) => `inflation would fall to ${n}% by December`,
  (n: number) => `the port handled ${n} thousand tonnes of grain`,
  (n: number) => `${n} new schools will open in the autumn`,
  (n: number) => `the new bridge cost ${n} million euros`,
  (n: number) => `gas prices will rise by ${n}% in winter`,
];
const cues = ['said on Monday that', 'told reporters that', 'denied that', 'announced that'];

/** Article `i` at `revision`: three attributed statements whose figures change with the revision. */
export function streamArticle(publisher: string, i: number, revision: number): ArticleV1 {
  const sentence = (k: number) => {
    const s = (i * 7 + k * 3) % sources.length;
    const t = (i * 3 + k * 5) % statements.length;
    const cue = cues[(i + k) % cues.length];
    return `${sources[s]} ${cue} ${statements[t]!(((i + k * 11) % 90) + 2 + revision * 100)}.`;
  };
  return {
    id: `a-${String(i).padStart(5, '0')}`,
    publisher,
    title: `Article ${i}`,
    body: [sentence(0), sentence(1), sentence(2)].join(' '),
    language: 'en',
    publishedAt: new Date(Date.UTC(2025, 5, 1, 8) + i * 60_000).toISOString().replace('Z', '+00:00'),
    revision,
  };
}

/**
 * The order a feed would send them in: each article's first revision, and some of them
 * revised 200 and 400 articles later (every 4th gets a revision 2, every 20th a revision 3).
 */
export function streamPlan(articles: number): { i: number; revision: number }[] {
  const plan: { i: number; revision: number }[] = [];
  for (let s = 0; s < articles + 400; s++) {
    if (s < articles) plan.push({ i: s, revision: 1 });
    const r2 = s - 200;
    if (r2 >= 0 && r2 < articles && r2 % 4 === 0) plan.push({ i: r2, revision: 2 });
    const r3 = s - 400;
    if (r3 >= 0 && r3 < articles && r3 % 20 === 0) plan.push({ i: r3, revision: 3 });
  }
  return plan;
}
