import type { Doc, DocUnit } from '../doc/doc';
import type { LanguagePack } from '../lang/language-pack';
import type { LinearScorer } from '../learn/averaged-perceptron';

// In ASCII the letters are A-Z and a-z, the numbers 0-9: only other characters need the
// Unicode classes (a regular expression costs more to enter than these tests).
const isLetter = (c: number, ch: string) => (c < 0x80 ? (c | 0x20) >= 97 && (c | 0x20) <= 122 : /\p{L}/u.test(ch));
const startsWithNumber = (s: string) => {
  const c = s.charCodeAt(0);
  return c < 0x80 ? c >= 48 && c <= 57 : /^\p{N}/u.test(s);
};

/** The shape of a token: capitalised word, lower-case word, number, quote or punctuation. */
function shape(doc: Doc, i: number, unit: DocUnit): string {
  if (i < unit.first) return '<s>';
  if (i >= unit.last) return '</s>';
  const t = doc.tokens[i]!;
  if (t.quote) return 'q';
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'd';
  if (t.text.length === 1 && !isLetter(c, t.text)) return t.text;
  return t.text[0] !== t.norm[0] ? 'X' : 'x';
}

/** A neighbour as the model sees it: lower-case words as written, names and numbers by their shape only. */
function word(doc: Doc, i: number, unit: DocUnit): string {
  if (i < unit.first) return '<s>';
  if (i >= unit.last) return '</s>';
  const t = doc.tokens[i]!;
  if (t.text[0] !== t.norm[0] || startsWithNumber(t.norm)) return shape(doc, i, unit);
  return t.norm;
}

const bucket = (n: number) => (n < 3 ? String(n) : n < 6 ? '3-5' : n < 12 ? '6-11' : '12+');

// The names of the cue features, in the order they are given.
const NAMES = [
  'w',
  'suf',
  'sh',
  'shw',
  'p1',
  'p2',
  'n1',
  'n2',
  'p1w',
  'wn1',
  's1',
  's21',
  't1',
  't12',
  's1wt1',
  'inq',
  'inqw',
  'from',
  'to',
  'tow',
  'qb',
  'qa',
  'cb',
  'ca',
  'qbw',
  'caw',
] as const;

/**
 * The features by which a cue model decides whether the word at `i` attributes content
 * there: the word and its neighbours, their shapes, quotation marks around it and where
 * it stands in its unit. Language-independent: the model learns what they mean.
 */
export function cueFeatures(doc: Doc, unit: DocUnit, i: number, quotesBefore: number, pack: LanguagePack): string[] {
  const f: string[] = [];
  visitCueFeatures(doc, unit, i, quotesBefore, pack, (k, value) => f.push(`${NAMES[k]}=${value}`));
  return f;
}

// Each scorer's weight tables in the order of NAMES, looked up once.
const tablesOf = new WeakMap<LinearScorer, ReadonlyMap<string, number>[]>();

/**
 * The score a linear model gives the features of the word at `i`: the same sum, in the
 * same order, as `scorer.score(cueFeatures(…))`, with each feature looked up by its value
 * in its name's table instead of by a string made for it (V8 must flatten and hash each
 * new string: that was most of the cost of finding cues).
 */
export function cueScore(scorer: LinearScorer, doc: Doc, unit: DocUnit, i: number, quotesBefore: number, pack: LanguagePack): number {
  let tables = tablesOf.get(scorer);
  if (!tables) tablesOf.set(scorer, (tables = NAMES.map((n) => scorer.values(n))));
  const t = tables;
  let s = scorer.bias;
  visitCueFeatures(doc, unit, i, quotesBefore, pack, (k, value) => {
    s += t[k]!.get(value) ?? 0;
  });
  return s;
}

/** Gives each feature of the word at `i`, in order, as its index in NAMES and its value (training and scoring share it). */
function visitCueFeatures(
  doc: Doc,
  unit: DocUnit,
  i: number,
  quotesBefore: number,
  pack: LanguagePack,
  emit: (k: number, value: string) => void,
): void {
  const w = doc.tokens[i]!.norm;
  const p1 = word(doc, i - 1, unit);
  const p2 = word(doc, i - 2, unit);
  const n1 = word(doc, i + 1, unit);
  const n2 = word(doc, i + 2, unit);
  const s1 = shape(doc, i - 1, unit);
  const s2 = shape(doc, i - 2, unit);
  const t1 = shape(doc, i + 1, unit);
  const t2 = shape(doc, i + 2, unit);
  const sh = shape(doc, i, unit);
  const inq = String(quotesBefore % 2);
  const to = bucket(unit.last - 1 - i);
  emit(0, w);
  emit(1, w.slice(-3));
  emit(2, sh);
  emit(3, `${sh}|${w}`);
  emit(4, p1);
  emit(5, p2);
  emit(6, n1);
  emit(7, n2);
  emit(8, `${p1}|${w}`);
  emit(9, `${w}|${n1}`);
  emit(10, s1);
  emit(11, `${s2}${s1}`);
  emit(12, t1);
  emit(13, `${t1}${t2}`);
  emit(14, `${s1}|${w}|${t1}`);
  emit(15, inq);
  emit(16, `${inq}|${w}`);
  emit(17, bucket(i - unit.first));
  emit(18, to);
  emit(19, `${to}|${w}`);
  let quoteBefore = false;
  let capBefore = false;
  for (let k = Math.max(unit.first, i - 3); k < i; k++) {
    const t = doc.tokens[k]!;
    if (t.quote) quoteBefore = true;
    else if (t.text[0] !== t.norm[0]) capBefore = true;
  }
  let quoteAfter = false;
  let complementAfter = '';
  for (let k = i + 1; k < Math.min(unit.last, i + 5); k++) {
    const t = doc.tokens[k]!;
    if (t.quote) quoteAfter = true;
    if (pack.complementizers.has(t.norm) || t.norm === ':') complementAfter = t.norm;
  }
  const qb = String(quoteBefore);
  emit(20, qb);
  emit(21, String(quoteAfter));
  emit(22, String(capBefore));
  emit(23, complementAfter);
  emit(24, `${qb}|${w}`);
  emit(25, `${complementAfter}|${w}`);
}
