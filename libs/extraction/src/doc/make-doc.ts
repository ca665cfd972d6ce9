import { splitSentences } from '../split-sentences';
import { isCap, isQuoteMark, type Doc, type DocToken, type DocUnit } from './doc';
import { tokenize, tokenizeInto } from './tokenize';

// A quotation is followed across at most this many sentences of one paragraph: past it,
// an unclosed mark is a typo, not a quotation.
const MAX_QUOTED_SENTENCES = 6;

/**
 * What a language knows of the sentence after a quotation. Given, a sentence that opens
 * with its attribution and nothing the verb says of its own ('"Who do they think they
 * are?" Trump said of Apple in February, when …') is joined to the quotation before it,
 * however long it goes on (see attributionAfter).
 */
export interface AttributionWords {
  /** Whether a word may be a verb of saying. */
  cue(norm: string): boolean;
  /** Whether a word opens a content ("that"). */
  opensContent(norm: string): boolean;
  preposition(norm: string): boolean;
  /** Whether a word opens a clause set in another, when or while it happened ("as", "after"). */
  subordinator(norm: string): boolean;
  gerund(norm: string): boolean;
  /** Whether a word belongs to a clause of its own: a pronoun, an auxiliary, a modal ("on Monday the market would …"). */
  clauseWord(norm: string): boolean;
  determiner(norm: string): boolean;
}

/**
 * Makes the document of an analysed text: sentences (normalised text, abbreviations
 * known per language), joined while a quotation is open, and tokens. Pure and linear.
 */
export function makeDoc(text: string, language: string, attribution?: AttributionWords): Doc {
  const tokens: DocToken[] = [];
  const units: DocUnit[] = [];
  const sentences = splitSentences(text, language);
  for (let i = 0; i < sentences.length; i++) {
    const first = tokens.length;
    const s = sentences[i]!;
    let end = s.end;
    // A paragraph whose first quotation mark closes a quotation ("…europeană.Din păcate, nu
    // pot decât să confirm”, a spus Maior"): the quotation opened before the text, so the
    // paragraph is quoted from its start, as if a mark opened it.
    const opened = s.paragraph !== sentences[i - 1]?.paragraph && closesFirst(text, sentences, i) ? 1 : 0;
    let quotes = opened + pushTokens(tokens, text, s.start, s.end);
    let j = i;
    while (j + 1 < sentences.length && j - i < MAX_QUOTED_SENTENCES) {
      const next = sentences[j + 1]!;
      // A paragraph that ends with a colon opens the quotation that makes the next one ('He
      // said: ¶ "…"'); past it, a unit keeps to its paragraph.
      const opened =
        next.paragraph === sentences[j]!.paragraph + 1 && endsWithColon(tokens, first) && quotedParagraph(text, sentences, j + 1);
      if (next.paragraph !== sentences[j]!.paragraph && !opened) break;
      // A quotation still open, or one closed by its own question or exclamation mark or
      // full stop with its attribution after it ('"Why me?" Trump said.', '"… that are
      // missing." Trump said.'), goes on into the next sentence.
      if (!opened && quotes % 2 === 0 && !(closedByMark(tokens, first) && attributionAfter(text, next.start, next.end, attribution))) break;
      j++;
      end = next.end;
      quotes += pushTokens(tokens, text, next.start, end);
    }
    if (tokens.length > first) units.push({ start: s.start, end, first, last: tokens.length, paragraph: s.paragraph });
    i = j;
  }
  return { text, language, tokens, units };
}

/**
 * Whether the first quotation mark of the paragraph that sentence `i` opens, within
 * MAX_QUOTED_SENTENCES sentences, closes one by its shape: glued to a word or mark before
 * it (no digit), after the quotation's own stop or comma or before a comma or dash
 * ('…asta”, a spus', '…it," he said'), and not in the paragraph's first sentence.
 */
function closesFirst(text: string, sentences: readonly { start: number; end: number; paragraph: number }[], i: number): boolean {
  const paragraph = sentences[i]!.paragraph;
  for (let k = i; k < sentences.length && k - i <= MAX_QUOTED_SENTENCES && sentences[k]!.paragraph === paragraph; k++) {
    const { start, end } = sentences[k]!;
    for (let at = start; at < end; at++) {
      // (By code unit: a one-character string and a set look-up for every character of the
      // paragraph's first sentences cost more than the rest of making the document's units.)
      const c = text.charCodeAt(at);
      if (!isQuoteMark(c)) continue;
      const before = text[at - 1]!;
      if (k === i || c === 0x201e || c === 0xab || at === start || /[\s\p{N}]/u.test(before)) return false;
      // A quotation closes with its own stop or comma before the mark ('it,"'), or sets off
      // what follows with a comma or a dash ('asta”, a spus'); an inch mark ('55" and') does neither.
      const next = /\S/u.exec(text.slice(at + 1, at + 4))?.[0];
      return /[,.!?…]/u.test(before) || (next !== undefined && /[,–—-]/u.test(next));
    }
  }
  return false;
}

// An attribution alone after a quotation is this many words at most ("Trump said", "a
// declarat ministrul de Externe").
const MAX_ATTRIBUTION_WORDS = 6;

/**
 * Whether the tokens so far end with a quotation closed by its own ? or ! ('"Why me?"'), or
 * by a full stop where the quotation is the whole unit ('"… missing." Trump said.'; not 'He
 * called it "a disaster." Jones said …').
 */
function closedByMark(tokens: readonly DocToken[], first: number): boolean {
  const n = tokens.length;
  if (n - first < 3 || !tokens[n - 1]!.quote) return false;
  // (Past the single marks of a quotation inside it: '"… How do we win Loudoun?\'"'.)
  let k = n - 2;
  while (k > first && SINGLE_QUOTES.has(tokens[k]!.text)) k--;
  const stop = tokens[k]!.text;
  return stop === '?' || stop === '!' || (stop === '.' && tokens[first]!.quote);
}

// The marks of a quotation inside a quotation.
const SINGLE_QUOTES = new Set(["'", '‘', '’']);

/**
 * Whether the paragraph that sentence `i` opens is a quotation alone: it opens and ends
 * with a quotation mark ('"We will win," Jones said.' has an attribution of its own).
 */
function quotedParagraph(text: string, sentences: readonly { start: number; end: number; paragraph: number }[], i: number): boolean {
  let last = i;
  while (last + 1 < sentences.length && sentences[last + 1]!.paragraph === sentences[i]!.paragraph) last++;
  const end = sentences[last]!.end;
  // (A closing stop may follow the closing mark: '"…".')
  const close = text.charCodeAt(end - 1) === 0x2e ? end - 2 : end - 1;
  return isQuoteMark(text.charCodeAt(sentences[i]!.start)) && isQuoteMark(text.charCodeAt(close));
}

/** Whether the tokens so far end with a colon. */
function endsWithColon(tokens: readonly DocToken[], first: number): boolean {
  return tokens.length > first && tokens[tokens.length - 1]!.text === ':';
}

/**
 * Whether a sentence is an attribution after a quotation: short and opening with no
 * quotation ("Trump said."), or, where the language's words are given, opening with a
 * subject of a few capitalised words and a verb of saying whose object is none: a phrase a
 * preposition opens, up to a comma or the sentence's end, that holds no clause and no
 * "that" ("Trump said of Apple in February, when …", "O'Malley said at a press conference,
 * according to …"), or a gerund after a comma that is no verb of saying itself ("Trump
 * asked, looking far from displeased"). Not "Trump said that …", "She noted a planned rally
 * …", "He said, twice, that …", "Analysts said on Monday the market would …", "Ms. Ortiz
 * asked, saying …", which say something of their own.
 */
function attributionAfter(text: string, from: number, to: number, attribution: AttributionWords | undefined): boolean {
  const words = tokenize(text, from, to);
  if (words.length < 2 || words[0]!.quote) return false;
  if (words.length <= MAX_ATTRIBUTION_WORDS + 1) return true;
  if (!attribution || !isCap(words[0]!)) return false;
  // (The subject is a name or a pronoun: capitalised words, a title's full stop between
  // them, "Mr. Trump", "U.S. Senator Jeff Sessions"; "Biden was arranging calls with …" is a
  // clause, whose "calls" is a noun.)
  let subjectWords = 1;
  for (let k = 1; k + 2 < words.length && subjectWords <= MAX_SUBJECT_WORDS; k++) {
    const w = words[k]!;
    if (w.quote) return false;
    if (attribution.cue(w.norm)) {
      const after = words[k + 1]!;
      if (after.text === ',') return attribution.gerund(words[k + 2]!.norm) && !attribution.cue(words[k + 2]!.norm);
      if (!attribution.preposition(after.norm)) return false;
      let end = k + 1;
      while (end < words.length && !/^[,.!?;]$/u.test(words[end]!.text)) end++;
      // (A determiner opens a noun phrase after a preposition, "at a press conference"; after
      // anything else, "on Monday the market", the subject of a clause. A capitalised word is
      // a name, "in May", not a modal.)
      // (A clause a subordinator opens says when it was said, "said as he launched the vote":
      // its own subject and verb are no content of the cue's.)
      const subordinate = attribution.subordinator(after.norm);
      const clause = (t: DocToken, at: number) =>
        t.quote ||
        t.text === ':' ||
        attribution.opensContent(t.norm) ||
        (!subordinate && attribution.clauseWord(t.norm) && !isCap(t)) ||
        (!subordinate && attribution.determiner(t.norm) && !attribution.preposition(words[at - 1]!.norm));
      return end - (k + 1) <= NO_CONTENT_WORDS && !words.slice(k + 1, end).some((t, i) => clause(t, k + 1 + i));
    }
    // ("Will Estrada, the chairman for the exurb, said …": an apposition set off by commas.)
    if (w.text === ',') {
      let j = k + 1;
      while (
        j < words.length &&
        j - k <= MAX_APPOSITION_WORDS &&
        words[j]!.text !== ',' &&
        !words[j]!.quote &&
        !attribution.cue(words[j]!.norm) &&
        !attribution.clauseWord(words[j]!.norm)
      )
        j++;
      if (words[j]?.text !== ',' || j === k + 1) return false;
      k = j;
      continue;
    }
    if (w.text === '.' ? !isCap(words[k - 1]!) : !isCap(w)) return false;
    if (w.text !== '.') subjectWords++;
  }
  return false;
}

// The phrase after such a verb, up to a comma or the sentence's end, holds this many words
// at most: where and when it was said ("to a crowd of about 500 in Iowa on Sunday night").
const NO_CONTENT_WORDS = 12;

// An apposition after that subject holds this many words at most ("the chairman for the Northern Virginia exurb").
const MAX_APPOSITION_WORDS = 12;

// The subject of an attribution that opens a sentence after a quotation: this many words at
// most ("Trump", "Mr. Biden", "US Senator Jeff Sessions").
const MAX_SUBJECT_WORDS = 4;

function pushTokens(into: DocToken[], text: string, from: number, to: number): number {
  return tokenizeInto(into, text, from, to);
}
