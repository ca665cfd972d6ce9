import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An article as the gateway takes it. */
export interface FeedArticle {
  id: string;
  publisher: string;
  body: string;
  publishedAt: string;
  title?: string;
  language?: string;
  url?: string;
}

/**
 * What the analysts' tests load through the gateway: the project's sample feed, the five
 * development articles of shared/ (the seed story of containers sent from North Korea,
 * in Romanian and English), and one article whose claim holds HTML, to check it is shown
 * as text. Ids get the run's suffix, oldest article first.
 */
export function analystFeed(suffix: string): FeedArticle[] {
  const samples = readFileSync(join(__dirname, '../../samples/feed.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as FeedArticle);
  const dev = join(__dirname, '../../../shared/eval/dev');
  const golds = readdirSync(dev)
    .filter((f) => f.endsWith('.json') && f !== 'links.json')
    .map((f) => (JSON.parse(readFileSync(join(dev, f), 'utf8')) as { article: FeedArticle }).article);
  const hostile: FeedArticle = {
    id: 'html-in-claim',
    publisher: 'sample-hostile',
    language: 'en',
    title: 'Council <b>budget</b> vote',
    publishedAt: '2025-06-12T10:00:00+03:00',
    body: 'The mayor said on Tuesday that the council approved <script>window.__pwned = 1</script> a budget of 3 million euros.\n\nNothing else happened.',
  };
  return [...samples, ...golds, hostile]
    .map((a) => ({ ...a, id: `${a.id}-${suffix}` }))
    .sort((x, y) => Date.parse(x.publishedAt) - Date.parse(y.publishedAt));
}
