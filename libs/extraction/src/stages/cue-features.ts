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

// What joins the parts of each feature's value: "p1w=the|said", "s21=xX".
const JOINERS = NAMES.map((n) => (n === 's21' || n === 't12' ? '' : '|'));

/** A feature's value from its parts, as the model file writes it. */
function joined(k: number, a: string, b?: string, c?: string): string {
  const j = JOINERS[k]!;
  return b === undefined ? a : c === undefined ? a + j + b : a + j + b + j + c;
}

/**
 * The features by which a cue model decides whether the word at `i` attributes content
 * there: the word and its neighbours, their shapes, quotation marks around it and where
 * it stands in its unit. Language-independent: the model learns what they mean.
 */
export function cueFeatures(doc: Doc, unit: DocUnit, i: number, quotesBefore: number, pack: LanguagePack): string[] {
  const f: string[] = [];
  visitCueFeatures(doc, unit, i, quotesBefore, pack, (k, a, b, c) => f.push(`${NAMES[k]}=${joined(k, a, b, c)}`));
  return f;
}

/**
 * A scorer's weights for cue features, by name and then by the parts of the value: a
 * value of two or three parts ("the|said") is found through one map per part, so that
 * scoring never joins the parts into a new string (which V8 must flatten and hash).
 */
interface CueTables {
  /** Per feature, the weight of each value of one part. */
  single: ReadonlyMap<string, number>[];
  /** Per feature, the weight of each value by its parts, the first part outermost. */
  parts: Map<string, unknown>[];
}

/**
 * Files a value under every way of cutting it at its joiners: the one cut that scoring
 * asks for is among them, and no two values share a cut (the parts joined give the value).
 */
function fileByParts(into: Map<string, unknown>, value: string, weight: number, joiner: string, parts: number): void {
  if (parts === 1) {
    into.set(value, weight);
    return;
  }
  for (let at = joiner ? value.indexOf(joiner) : 0; at >= 0 && at <= value.length; at = joiner ? value.indexOf(joiner, at + 1) : at + 1) {
    const head = value.slice(0, at);
    let rest = into.get(head) as Map<string, unknown> | undefined;
    if (!rest) into.set(head, (rest = new Map()));
    fileByParts(rest, value.slice(at + joiner.length), weight, joiner, parts - 1);
  }
}

// How many parts each feature's value has (see visitCueFeatures).
const PARTS = NAMES.map((n) => (n === 's1wt1' ? 3 : ['shw', 'p1w', 'wn1', 's21', 't12', 'inqw', 'tow', 'qbw', 'caw'].includes(n) ? 2 : 1));

function cueTables(scorer: LinearScorer): CueTables {
  const single = NAMES.map((n) => scorer.values(n));
  const parts = NAMES.map((n, k) => {
    const byParts = new Map<string, unknown>();
    if (PARTS[k]! > 1) for (const [value, weight] of scorer.values(n)) fileByParts(byParts, value, weight, JOINERS[k]!, PARTS[k]!);
    return byParts;
  });
  return { single, parts };
}

// Each scorer's tables, made once.
const tablesOf = new WeakMap<LinearScorer, CueTables>();

/**
 * The score a linear model gives the features of the word at `i`: the same sum, in the
 * same order, as `scorer.score(cueFeatures(…))`, with each feature looked up by its value
 * (or the parts of its value) in its name's table instead of by a string made for it
 * (V8 must flatten and hash each new string: that was most of the cost of finding cues).
 */
export function cueScore(scorer: LinearScorer, doc: Doc, unit: DocUnit, i: number, quotesBefore: number, pack: LanguagePack): number {
  let tables = tablesOf.get(scorer);
  if (!tables) tablesOf.set(scorer, (tables = cueTables(scorer)));
  const { single, parts } = tables;
  let s = scorer.bias;
  visitCueFeatures(doc, unit, i, quotesBefore, pack, (k, a, b, c) => {
    const weight =
      b === undefined
        ? single[k]!.get(a)
        : c === undefined
          ? (parts[k]!.get(a) as Map<string, number> | undefined)?.get(b)
          : ((parts[k]!.get(a) as Map<string, unknown> | undefined)?.get(b) as Map<string, number> | undefined)?.get(c);
    s += weight ?? 0;
  });
  return s;
}

/**
 * Gives each feature of the word at `i`, in order, as its index in NAMES and the parts of
 * its value (training and scoring share it; `joined` makes the value).
 */
function visitCueFeatures(
  doc: Doc,
  unit: DocUnit,
  i: number,
  quotesBefore: number,
  pack: LanguagePack,
  emit: (k: number, a: string, b?: string, c?: string) => void,
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
  emit(3, sh, w);
  emit(4, p1);
  emit(5, p2);
  emit(6, n1);
  emit(7, n2);
  emit(8, p1, w);
  emit(9, w, n1);
  emit(10, s1);
  emit(11, s2, s1);
  emit(12, t1);
  emit(13, t1, t2);
  emit(14, s1, w, t1);
  emit(15, inq);
  emit(16, inq, w);
  emit(17, bucket(i - unit.first));
  emit(18, to);
  emit(19, to, w);
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
  emit(24, qb, w);
  emit(25, complementAfter, w);
}
