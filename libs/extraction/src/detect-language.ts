import { fold } from './normalize-text';

// Function words are the most reliable cue on short news texts, and they cost nothing
// to check. Each list holds frequent words that are rare in the other languages.
const STOPWORDS: Record<string, readonly string[]> = {
  ro: [
    'si',
    'este',
    'sunt',
    'care',
    'pentru',
    'din',
    'cu',
    'la',
    'de',
    'pe',
    'ca',
    'au',
    'fost',
    'potrivit',
    'dupa',
    'acest',
    'aceasta',
    'sau',
    'mai',
    'ale',
    'unei',
    'unui',
    'intr',
    'printre',
    'catre',
  ],
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'was',
    'said',
    'that',
    'for',
    'with',
    'has',
    'have',
    'were',
    'on',
    'by',
    'from',
    'which',
    'would',
    'its',
    'their',
    'an',
    'at',
    'according',
  ],
  fr: ['le', 'les', 'des', 'est', 'une', 'dans', 'que', 'qui', 'pour', 'avec', 'sur', 'selon', 'aux', 'du'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'auf', 'ein', 'eine', 'dem', 'den', 'sagte'],
  es: ['el', 'los', 'las', 'que', 'por', 'una', 'con', 'para', 'del', 'segun', 'dijo', 'como'],
  it: ['il', 'della', 'che', 'sono', 'per', 'con', 'una', 'gli', 'del', 'secondo', 'ha', 'detto'],
};
const SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([k, v]) => [k, new Set(v)]));
// Letters that only Romanian uses among these languages.
const RO_LETTERS = /[ăâîșțĂÂÎȘȚşţ]/g;

/**
 * Detects the language of a text among the ones the lexicons know, from the first
 * 4,000 characters. Returns `und` when nothing speaks for any language.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4000);
  const words = fold(sample).match(/\p{L}+/gu) ?? [];
  const score: Record<string, number> = {};
  for (const w of words) for (const [lang, set] of Object.entries(SETS)) if (set.has(w)) score[lang] = (score[lang] ?? 0) + 1;
  score.ro = (score.ro ?? 0) + (sample.match(RO_LETTERS)?.length ?? 0) * 0.5;
  let best = 'und';
  let bestScore = 0;
  for (const [lang, s] of Object.entries(score)) if (s > bestScore) [best, bestScore] = [lang, s];
  return bestScore >= 1 ? best : 'und';
}
