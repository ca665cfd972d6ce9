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
 * A scorer's weights for cue features, looked up without joining a value's parts into a
 * new string (V8 must flatten and hash each new string): the features of one part by
 * value; those of several parts through one map per part. Every feature of several parts
 * holds the word itself, so its weights are filed under the word first: the word's
 * tables are found once per candidate, and each such feature is then one look-up (two
 * for three parts) in a small map.
 */
interface CueTables {
  /** Per feature, the weight of each value of one part. */
  single: ReadonlyMap<string, number>[];
  /** The weights of the features that hold the word, by the word: made when a word is first scored. */
  byWord: Map<string, WordWeights>;
  /** Per feature of several parts, its weights by the word, then by the other parts in order. */
  wordFirst: Map<string, Map<string, unknown>>[];
}

/** One word's weights of the features that hold it. */
interface WordWeights {
  /** The weights of the word itself ('w') and of its last three letters ('suf'). */
  w: number | undefined;
  suf: number | undefined;
  /** Per feature of several parts, the weights by the other parts (two levels for three parts). */
  rest: (Map<string, unknown> | undefined)[];
}

/**
 * Every way of cutting a value at its joiners into `parts` parts (the one cut that scoring
 * asks for is among them; no two values share a cut, since the parts joined give the value).
 */
function cuts(value: string, joiner: string, parts: number): string[][] {
  if (parts === 1) return [[value]];
  const out: string[][] = [];
  for (let at = joiner ? value.indexOf(joiner) : 0; at >= 0 && at <= value.length; at = joiner ? value.indexOf(joiner, at + 1) : at + 1)
    for (const rest of cuts(value.slice(at + joiner.length), joiner, parts - 1)) out.push([value.slice(0, at), ...rest]);
  return out;
}

// How many parts each feature's value has (see visitCueFeatures).
const PARTS = NAMES.map((n) => (n === 's1wt1' ? 3 : ['shw', 'p1w', 'wn1', 's21', 't12', 'inqw', 'tow', 'qbw', 'caw'].includes(n) ? 2 : 1));
// Which part of each feature of several parts is the word (-1: none).
const WORD_PART = NAMES.map((n) => (n === 'wn1' ? 0 : ['shw', 'p1w', 's1wt1', 'inqw', 'tow', 'qbw', 'caw'].includes(n) ? 1 : -1));

function cueTables(scorer: LinearScorer): CueTables {
  const single = NAMES.map((n) => scorer.values(n));
  const wordFirst = NAMES.map((n, k) => {
    const byWord = new Map<string, Map<string, unknown>>();
    const at = WORD_PART[k]!;
    if (at < 0) return byWord;
    for (const [value, weight] of scorer.values(n))
      for (const parts of cuts(value, JOINERS[k]!, PARTS[k]!)) {
        const [word] = parts.splice(at, 1);
        let into = byWord.get(word!);
        if (!into) byWord.set(word!, (into = new Map()));
        for (let p = 0; p < parts.length - 1; p++) {
          let next = into.get(parts[p]!) as Map<string, unknown> | undefined;
          if (!next) into.set(parts[p]!, (next = new Map()));
          into = next;
        }
        into.set(parts[parts.length - 1]!, weight);
      }
    return byWord;
  });
  // The two features of several parts that hold no word (s21, t12) are filed by their first part.
  for (const k of [11, 13]) {
    for (const [value, weight] of scorer.values(NAMES[k]!))
      for (const [a, b] of cuts(value, JOINERS[k]!, 2)) {
        let into = wordFirst[k]!.get(a!);
        if (!into) wordFirst[k]!.set(a!, (into = new Map()));
        into.set(b!, weight);
      }
  }
  return { single, byWord: new Map(), wordFirst };
}

/** A word's weights of the features that hold it (the model's candidates are few: each is kept). */
function wordWeights(tables: CueTables, w: string): WordWeights {
  let ww = tables.byWord.get(w);
  if (!ww) {
    ww = { w: tables.single[0]!.get(w), suf: tables.single[1]!.get(w.slice(-3)), rest: tables.wordFirst.map((m) => m.get(w)) };
    tables.byWord.set(w, ww);
  }
  return ww;
}

// Each scorer's tables, made once.
const tablesOf = new WeakMap<LinearScorer, CueTables>();

const one = (m: Map<string, unknown> | undefined, a: string) => (m === undefined ? undefined : (m.get(a) as number | undefined));
const two = (m: Map<string, unknown> | undefined, a: string, b: string) =>
  m === undefined ? undefined : (m.get(a) as Map<string, number> | undefined)?.get(b);

/**
 * The score a linear model gives the features of the word at `i`: the same sum, in the
 * same order, as `scorer.score(cueFeatures(…))` (the features as visitCueFeatures gives
 * them), each weight found in the tables above instead of by a string made for it.
 */
export function cueScore(scorer: LinearScorer, doc: Doc, unit: DocUnit, i: number, quotesBefore: number, pack: LanguagePack): number {
  let tables = tablesOf.get(scorer);
  if (!tables) tablesOf.set(scorer, (tables = cueTables(scorer)));
  const { single, wordFirst } = tables;
  const w = doc.tokens[i]!.norm;
  const own = wordWeights(tables, w);
  const rest = own.rest;
  const { p1, p2, n1, n2, s1, s2, t1, t2, sh, inq, to } = windowOf(doc, unit, i, quotesBefore);
  const { quoteBefore, quoteAfter, capBefore, complementAfter } = around(doc, unit, i, pack);
  const qb = String(quoteBefore);
  // (In the order of visitCueFeatures: a sum of floating-point weights depends on it.)
  let s = scorer.bias;
  s += own.w ?? 0;
  s += own.suf ?? 0;
  s += single[2]!.get(sh) ?? 0;
  s += one(rest[3], sh) ?? 0;
  s += single[4]!.get(p1) ?? 0;
  s += single[5]!.get(p2) ?? 0;
  s += single[6]!.get(n1) ?? 0;
  s += single[7]!.get(n2) ?? 0;
  s += one(rest[8], p1) ?? 0;
  s += one(rest[9], n1) ?? 0;
  s += single[10]!.get(s1) ?? 0;
  s += one(wordFirst[11]!.get(s2), s1) ?? 0;
  s += single[12]!.get(t1) ?? 0;
  s += one(wordFirst[13]!.get(t1), t2) ?? 0;
  s += two(rest[14], s1, t1) ?? 0;
  s += single[15]!.get(inq) ?? 0;
  s += one(rest[16], inq) ?? 0;
  s += single[17]!.get(bucket(i - unit.first)) ?? 0;
  s += single[18]!.get(to) ?? 0;
  s += one(rest[19], to) ?? 0;
  s += single[20]!.get(qb) ?? 0;
  s += single[21]!.get(String(quoteAfter)) ?? 0;
  s += single[22]!.get(String(capBefore)) ?? 0;
  s += single[23]!.get(complementAfter) ?? 0;
  s += one(rest[24], qb) ?? 0;
  s += one(rest[25], complementAfter) ?? 0;
  return s;
}

/** The words and shapes around the word at `i`, whether a quotation is open, and how far its unit's end is: what training and scoring read alike. */
function windowOf(doc: Doc, unit: DocUnit, i: number, quotesBefore: number) {
  return {
    p1: word(doc, i - 1, unit),
    p2: word(doc, i - 2, unit),
    n1: word(doc, i + 1, unit),
    n2: word(doc, i + 2, unit),
    s1: shape(doc, i - 1, unit),
    s2: shape(doc, i - 2, unit),
    t1: shape(doc, i + 1, unit),
    t2: shape(doc, i + 2, unit),
    sh: shape(doc, i, unit),
    inq: String(quotesBefore % 2),
    to: bucket(unit.last - 1 - i),
  };
}

/** Quotation marks and capitals in the three tokens before `i`, quotation marks and a complementizer in the four after. */
function around(
  doc: Doc,
  unit: DocUnit,
  i: number,
  pack: LanguagePack,
): { quoteBefore: boolean; quoteAfter: boolean; capBefore: boolean; complementAfter: string } {
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
  return { quoteBefore, quoteAfter, capBefore, complementAfter };
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
  const { p1, p2, n1, n2, s1, s2, t1, t2, sh, inq, to } = windowOf(doc, unit, i, quotesBefore);
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
  const { quoteBefore, quoteAfter, capBefore, complementAfter } = around(doc, unit, i, pack);
  const qb = String(quoteBefore);
  emit(20, qb);
  emit(21, String(quoteAfter));
  emit(22, String(capBefore));
  emit(23, complementAfter);
  emit(24, qb, w);
  emit(25, complementAfter, w);
}
