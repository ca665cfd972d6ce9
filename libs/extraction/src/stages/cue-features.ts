import type { Doc, DocUnit } from '../doc/doc';
import type { LanguagePack } from '../lang/language-pack';

/** The shape of a token: capitalised word, lower-case word, number, quote or punctuation. */
function shape(doc: Doc, i: number, unit: DocUnit): string {
  if (i < unit.first) return '<s>';
  if (i >= unit.last) return '</s>';
  const t = doc.tokens[i]!;
  if (t.quote) return 'q';
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'd';
  if (t.text.length === 1 && !/\p{L}/u.test(t.text)) return t.text;
  return t.text[0] !== t.norm[0] ? 'X' : 'x';
}

/** A neighbour as the model sees it: lower-case words as written, names and numbers by their shape only. */
function word(doc: Doc, i: number, unit: DocUnit): string {
  if (i < unit.first) return '<s>';
  if (i >= unit.last) return '</s>';
  const t = doc.tokens[i]!;
  if (t.text[0] !== t.norm[0] || /^\p{N}/u.test(t.norm)) return shape(doc, i, unit);
  return t.norm;
}

const bucket = (n: number) => (n < 3 ? String(n) : n < 6 ? '3-5' : n < 12 ? '6-11' : '12+');

/**
 * The features by which a cue model decides whether the word at `i` attributes content
 * there: the word and its neighbours, their shapes, quotation marks around it and where
 * it stands in its unit. Language-independent: the model learns what they mean.
 */
export function cueFeatures(doc: Doc, unit: DocUnit, i: number, quotesBefore: number, pack: LanguagePack): string[] {
  const w = doc.tokens[i]!.norm;
  const p1 = word(doc, i - 1, unit);
  const p2 = word(doc, i - 2, unit);
  const n1 = word(doc, i + 1, unit);
  const n2 = word(doc, i + 2, unit);
  const s1 = shape(doc, i - 1, unit);
  const s2 = shape(doc, i - 2, unit);
  const t1 = shape(doc, i + 1, unit);
  const t2 = shape(doc, i + 2, unit);
  const f = [
    `w=${w}`,
    `suf=${w.slice(-3)}`,
    `sh=${shape(doc, i, unit)}`,
    `shw=${shape(doc, i, unit)}|${w}`,
    `p1=${p1}`,
    `p2=${p2}`,
    `n1=${n1}`,
    `n2=${n2}`,
    `p1w=${p1}|${w}`,
    `wn1=${w}|${n1}`,
    `s1=${s1}`,
    `s21=${s2}${s1}`,
    `t1=${t1}`,
    `t12=${t1}${t2}`,
    `s1wt1=${s1}|${w}|${t1}`,
    `inq=${quotesBefore % 2}`,
    `inqw=${quotesBefore % 2}|${w}`,
    `from=${bucket(i - unit.first)}`,
    `to=${bucket(unit.last - 1 - i)}`,
    `tow=${bucket(unit.last - 1 - i)}|${w}`,
  ];
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
  f.push(
    `qb=${quoteBefore}`,
    `qa=${quoteAfter}`,
    `cb=${capBefore}`,
    `ca=${complementAfter}`,
    `qbw=${quoteBefore}|${w}`,
    `caw=${complementAfter}|${w}`,
  );
  return f;
}
