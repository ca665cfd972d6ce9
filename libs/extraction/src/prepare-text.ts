import { normalizeText } from './normalize-text';

/**
 * The text the engine analyses, and the way back to offsets in the original body.
 * Every step keeps lengths where it can, so offsets usually map one to one:
 * - HTML tags and entities become spaces (a block tag becomes a line break);
 * - typographic variants are folded (normalizeText);
 * - lone surrogates become U+FFFD.
 * Only Unicode composition (NFC of decomposed letters) changes lengths; then a map
 * from analysed offsets to body offsets is kept.
 */
export interface PreparedText {
  text: string;
  /** The body offset of an offset in `text`. */
  toBody(offset: number): number;
  /** False when the body holds lone surrogates. */
  wellFormed: boolean;
}

const BELOW_COMBINING = /^[\u0000-\u02ff]*$/;
const LOOKS_LIKE_HTML = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;
const BLOCK_TAG = /^<\/?(?:p|br|div|li|ul|ol|h[1-6]|blockquote|section|article|tr|table|figure|figcaption)\b/i;

function stripHtml(s: string): string {
  return s
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, (m) => ' '.repeat(m.length))
    .replace(/<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length))
    .replace(/<\/?[a-z][^<>]*>/gi, (m) => (BLOCK_TAG.test(m) ? `\n${' '.repeat(m.length - 1)}` : ' '.repeat(m.length)))
    .replace(/&(?:nbsp|#160);/gi, (m) => ' '.repeat(m.length))
    .replace(/&(?:quot|ldquo|rdquo|bdquo|laquo|raquo|#34);/gi, (m) => `"${' '.repeat(m.length - 1)}`)
    .replace(/&(?:amp|#38);/gi, (m) => `&${' '.repeat(m.length - 1)}`)
    .replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, (m) => ' '.repeat(m.length));
}

export function prepareText(body: string): PreparedText {
  const wellFormed = body.isWellFormed();
  let text = wellFormed ? body : body.toWellFormed();
  if (LOOKS_LIKE_HTML.test(text)) text = stripHtml(text);
  text = normalizeText(text);
  // Characters below U+0300 (ASCII, Latin-1, Latin Extended, Romanian and English
  // letters) are all in NFC and compose with nothing: such a text is left as it is.
  if (BELOW_COMBINING.test(text)) return { text, toBody: (i) => i, wellFormed };
  const composed = text.normalize('NFC');
  if (composed === text) return { text, toBody: (i) => i, wellFormed };
  // Compose cluster by cluster, remembering where each composed character came from.
  const map: number[] = [];
  let out = '';
  for (const m of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const c = m[0].normalize('NFC');
    for (let k = 0; k < c.length; k++) map.push(m.index + Math.min(k, m[0].length - 1));
    out += c;
  }
  map.push(text.length);
  return { text: normalizeText(out), toBody: (i) => map[Math.max(0, Math.min(i, map.length - 1))]!, wellFormed };
}
