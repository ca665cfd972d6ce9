import { memoize } from './bounded-cache';
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

/** Whether a text is all ASCII (a loop: it runs on every word looked up, where a regular expression costs more to enter than to run). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Lower case without diacritics, for lexicon look-ups ("Ședința" -> "sedinta"). */
export function fold(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  // Words and short phrases repeat: remembered. Longer texts are folded as they come.
  return s.length > 256 ? foldLong(s) : s.length > 48 ? stripMarks(s) : foldShort(s);
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

/** The fold of each code unit below U+0370 (ASCII, Latin-1, Latin Extended, IPA), or 0 where a unit needs the general path. */
const LATIN_FOLDS = new Uint16Array(0x370);
for (let c = 0; c < 0x370; c++) {
  const unit = String.fromCharCode(c);
  const folded = foldChar(unit).toLowerCase();
  // Units whose fold is not one unit ("İ" lower-cases to two) take the general path.
  LATIN_FOLDS[c] = folded.length === 1 ? folded.charCodeAt(0) : 0;
}

/**
 * Folds a text unit by unit through a table when it is all in Latin script (Romanian and
 * English always are), otherwise by the general path: decomposition, marks removed, lower
 * case. Both give the same result on Latin text (scanners.spec.ts checks it).
 */
function stripMarks(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = c < 0x370 ? LATIN_FOLDS[c]! : 0;
    if (f === 0) return foldGeneral(s);
    if (f !== c) {
      out += s.slice(from, i) + String.fromCharCode(f);
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

const UTF16 = new TextDecoder('utf-16le');
let foldBuffer = new Uint16Array(4096);
const MAX_KEPT_BUFFER = 1 << 20;

/**
 * The same fold for a whole text: written into a buffer and decoded once, because a
 * Romanian article changes a unit every few words and joining slices costs more than
 * the fold itself.
 */
function foldLong(s: string): string {
  // (One buffer, kept and grown: a typed array made for each text cost an allocation
  // outside the heap, and work for the collector, per article.)
  // (A text longer than any article has one of its own, so that memory stays flat.)
  if (foldBuffer.length < s.length && s.length <= MAX_KEPT_BUFFER) foldBuffer = new Uint16Array(Math.max(s.length, foldBuffer.length * 2));
  const units = foldBuffer.length >= s.length ? foldBuffer : new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = c < 0x370 ? LATIN_FOLDS[c]! : 0;
    if (f === 0) return foldGeneral(s);
    units[i] = f;
  }
  return UTF16.decode(units.subarray(0, s.length));
}

/** The general fold: letters decomposed and their marks removed, then the whole text lower-cased. */
export const foldGeneral = (s: string) => s.replace(/[^\x00-\x7f]/g, foldChar).toLowerCase();

const foldShort = memoize(stripMarks, 50_000, 48);

// Initials between two names ("Donald J. Trump", "George H. W. Bush").
const MIDDLE_INITIAL = /(?<=\p{L})(?:\s+\p{Lu}\.)+\s+(?=\p{Lu})/gu;

/** A name without its middle initials ("Donald J. Trump" -> "Donald Trump"): one outlet writes them, others not. */
export function withoutMiddleInitials(name: string): string {
  return name.replace(MIDDLE_INITIAL, ' ');
}
