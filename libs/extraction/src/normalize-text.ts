/**
 * Folds typographic variants into one form while keeping every character at its
 * place: the result has the same length as the input, so offsets found in it are
 * offsets into the original body.
 *
 * - cedilla ş/ţ (Ş/Ţ) become the comma-below ș/ț (Ș/Ț): both occur in one text, and
 *   lexicons are written with the comma forms;
 * - no-break, narrow and other Unicode spaces become a plain space;
 * - curly and angle quotes become `"` and `'`; dashes become `-`.
 */
const MAP: Record<string, string> = {
  '\u015F': '\u0219',
  '\u015E': '\u0218',
  '\u0163': '\u021B',
  '\u0162': '\u021A',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u3000': ' ',
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
};

const PATTERN = new RegExp(`[${Object.keys(MAP).join('')}]`, 'g');

export function normalizeText(text: string): string {
  return text.replace(PATTERN, (c) => MAP[c] ?? c);
}

const foldCache = new Map<string, string>();
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without diacritics, for lexicon look-ups ("Ședința" -> "sedinta"). */
export function fold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  // Only words and short phrases repeat: longer texts are folded without the cache.
  if (s.length > 48) return stripMarks(s);
  let f = foldCache.get(s);
  if (f === undefined) {
    f = stripMarks(s);
    // Words repeat across articles; a bounded cache keeps memory flat over any stream.
    if (foldCache.size >= 50_000) foldCache.clear();
    foldCache.set(s, f);
  }
  return f;
}

const charFolds = new Map<string, string>();
// Only letters outside ASCII need decomposing; they are few in any text, so each is
// folded once and remembered (a folded letter keeps the length of the original).
const foldChar = (c: string): string => {
  let f = charFolds.get(c);
  if (f === undefined) {
    f = c.normalize('NFD').replace(/\p{M}+/gu, '');
    if (f.length !== c.length) f = c;
    charFolds.set(c, f);
  }
  return f;
};
const stripMarks = (s: string) => s.replace(/[^\x00-\x7f]/g, foldChar).toLowerCase();
