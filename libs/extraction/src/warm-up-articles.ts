import type { Claim } from '@claim-ledger/contracts';
import { extractClaims } from './extract-claims';

// Articles of the project's own, one per language pack, with what most news gives the
// engines: attributions before and after the content, figures, a denial, a quotation. The
// extractor runs its engine on them before its consumer starts, and the linker links the
// claims made of them (apps/linker/src/warm-up-claims.json): a cold engine made the first
// seconds' articles queue behind it (issue 15).
export const WARM_UP_ARTICLES = [
  {
    language: 'en',
    body:
      'The city council said on Tuesday that about 3,200 households were left without heating after the storm. ' +
      '"Repairs will take at least two weeks," the energy minister told reporters. ' +
      'The operator denied that the network had been neglected, adding that it invested $40 million last year. ' +
      'According to the police, more than 500 people joined the protest in the main square.',
  },
  {
    language: 'ro',
    body:
      'Primăria a anunțat marți că aproximativ 3.200 de gospodării au rămas fără căldură după furtună. ' +
      '„Reparațiile vor dura cel puțin două săptămâni”, a declarat ministrul energiei. ' +
      'Operatorul a negat că rețeaua ar fi fost neglijată și a precizat că a investit 40 de milioane de lei anul trecut. ' +
      'Potrivit poliției, peste 500 de oameni au participat la protestul din piața centrală.',
  },
];

/**
 * The claims of the warm-up articles as `publishers` publishers give them, each with figures
 * of its own (numbers of three digits or more moved by 100 a publisher: a copy word for word
 * is one wire story, which links nothing): what the linker warms up on, shipped as data
 * (`claim-ledger warm-up-claims`, part of `npm run train`).
 */
export function warmUpClaims(publishers = 4): Claim[][] {
  const articles: Claim[][] = [];
  for (let p = 0; p < publishers; p++)
    for (const [i, a] of WARM_UP_ARTICLES.entries())
      articles.push(
        extractClaims({
          id: `warm-up-${i}`,
          publisher: `warm-up-${p}`,
          publishedAt: `2025-01-0${7 + p}T10:00:00Z`,
          language: a.language,
          body: a.body.replace(/\d{3,}/g, (d) => String(Number(d) + p * 100)),
        }).claims,
      );
  return articles;
}
