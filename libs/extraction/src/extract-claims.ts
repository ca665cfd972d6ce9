import type { Claim, EntityRef } from '@claim-ledger/contracts';
import { cueCandidates, findAttributions, type Attribution } from './attribution';
import { completeFrames, frameOf, REFERS_BACK, type Frame } from './frames';
import { isLetterAt, isSpace, isUpperAt } from './char-classes';
import { memoize } from './bounded-cache';
import { claimId } from './claim-id';
import { cuesFor } from './cue-lexicon';
import { detectLanguage } from './detect-language';
import { gazetteer } from './gazetteer';
import { fold } from './normalize-text';
import { tokenize, type Token } from './phrase-index';
import { isQuoteMark, type DocToken } from './doc/doc';
import { makeDoc } from './doc/make-doc';
import { tokenize as tokenizeDoc } from './doc/tokenize';
import { languagePack, supportedLanguages } from './lang/language-packs';
import { isPerfect, type LanguagePack } from './lang/language-pack';
import { attributeUnit, phraseNamesRule } from './stages/attributions';
import { findCues, gerundWord, isCueWord, type DocCue } from './stages/cues';
import { acronymsIn, byAcronym } from './stages/acronyms';
import { readSourcePhrase } from './stages/source-phrase';
import { storyNames } from './stages/story-names';
import { unnamedSource } from './stages/unnamed-source';
import { prepareText } from './prepare-text';
import { foldTitleCase } from './title-case';
import { findQuantities } from './quantities';
import { SourceResolver } from './source-resolver';
import { splitSentences, type Sentence } from './split-sentences';
import { eventTimeFrom, mentionsWithin, scanTimes, statedAtFrom, type ResolvedTime, type TimeMention } from './time-expressions';

/** What the engine needs of an article (article.v1 satisfies it). */
export interface ArticleInput {
  id: string;
  publisher: string;
  body: string;
  language?: string | undefined;
  publishedAt: string;
  revision?: number | undefined;
}

export interface ExtractionResult {
  language: string;
  claims: Claim[];
  /** Set when the article's language has no pack: nothing was read, and this says why. */
  unsupported?: { code: 'unsupported_language'; reason: string };
}

/** Bumped whenever a change may change the claims extracted from the same article. */
export const EXTRACTOR_VERSION = '0.3.18';

const UTC_TIMESTAMP = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?Z$/;

/**
 * When an article was published, and its UTC day. A timestamp in UTC (the contract's
 * form) is read field by field, when its fields name a real time; any other is parsed
 * by Date, and one that names no time counts as the epoch.
 */
function publication(timestamp: string): { date: Date; day: string } {
  const m = UTC_TIMESTAMP.exec(timestamp);
  if (m) {
    const [y, mo, d, h, mi] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!];
    const sec = m[6] ? +m[6] : 0;
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, sec, m[7] ? +m[7].padEnd(3, '0').slice(0, 3) : 0));
    if (
      date.getUTCFullYear() === y &&
      date.getUTCMonth() + 1 === mo &&
      date.getUTCDate() === d &&
      date.getUTCHours() === h &&
      date.getUTCMinutes() === mi &&
      date.getUTCSeconds() === sec
    )
      return { date, day: timestamp.slice(0, 10) };
  }
  const parsed = new Date(timestamp);
  const date = Number.isNaN(parsed.getTime()) ? new Date(0) : parsed;
  return { date, day: date.toISOString().slice(0, 10) };
}

// Photo credits, bylines and agency footers: "Sursa foto: …", "Photo: …", "By Jane Doe", "Reporting by …".
const CREDIT_LINE =
  /^\s*(?:\(?(?:sursa|sursă|source)?\s*(?:foto|photo|image|imagine|video)\s*:|sursă\s*:|sursa\s*:|credit\s*:|autor\s*:|reporting by|editing by|writing by|additional reporting|\(?traducerea)/iu;
// A byline is names alone after "By"/"De" ("By Jane Doe and John Roe, Reuters"). (Matched
// with the case of its letters: under a case-blind match a capital is any letter, and "By
// far, supporters of … say" was taken for one.)
// (Each name after the first takes its separator, so a line of capitals that is no
// byline fails at once instead of being split every way: "By ALEXANDRA STEVENSON 2 hours ago".)
const BYLINE = /^\s*(?:[Bb]y|[Dd]e)\s+\p{Lu}[\p{L}.'’-]*(?:(?:\s+|\s*[,&|/–—]\s*)(?:\p{Lu}[\p{L}.'’-]*|and|și))*[\s.;:,]*$/u;
const DATELINE = /^\p{Lu}[\p{Lu} .'-]{2,40}(?:,\s*\p{Lu}[\p{L}\p{N} .'-]{1,30})?(?:\s*\([^)]{1,40}\))?\s*[-—–]\s+/u;
const CREDIT_INLINE = /(?:sursa foto|sursă foto|photo credit|foto\s*:|photo\s*:)/iu;

/**
 * Whether a dateline may open the text at `at`: a capital, then a capital, space, stop,
 * apostrophe or hyphen (DATELINE decides; this spares it most contents).
 */
function mayOpenDateline(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  if ((c >= 0xd800 && c <= 0xdfff) || (d >= 0xd800 && d <= 0xdfff)) return true;
  return isUpperAt(text, at) && (isUpperAt(text, at + 1) || d === 0x20 || d === 0x2e || d === 0x27 || d === 0x2d);
}

/** Whether two letters follow each other in text[from, to) (as /\p{L}{2}/u, scanned). */
function hasTwoLetters(text: string, from: number, to: number): boolean {
  let run = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return /\p{L}{2}/u.test(text.slice(from, to));
    run = isLetterAt(text, i) ? run + 1 : 0;
    if (run === 2) return true;
  }
  return false;
}

/** Sentences joined while a quotation is open, so '"A. B," he said.' is one unit. */
/** The number of straight double quotes in a text. */
function quotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  return n;
}

function units(sentences: Sentence[], text: string): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < sentences.length; i++) {
    let u = sentences[i]!;
    let j = i;
    while (quotes(u.text) % 2 === 1 && j + 1 < sentences.length && j - i < 6 && sentences[j + 1]!.paragraph === u.paragraph) {
      j++;
      u = { start: u.start, end: sentences[j]!.end, text: text.slice(u.start, sentences[j]!.end), paragraph: u.paragraph };
    }
    out.push(u);
    i = j;
  }
  return out;
}

// What a claim's span never starts or ends with: spaces, punctuation, dashes, quotes.
const LEADING = new Set([...',;:"\'(—–-'].map((c) => c.charCodeAt(0)));
const TRAILING = new Set([...",;:'(—–-"].map((c) => c.charCodeAt(0)));

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && (isSpace(text.charCodeAt(start)) || LEADING.has(text.charCodeAt(start)))) start++;
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || TRAILING.has(text.charCodeAt(end - 1)))) end--;
  // Keep a closing quote only when its opening one is inside; what stood before it is trimmed too ('ready,"').
  if (end > start && text[end - 1] === '"' && quotes(text.slice(start, end)) % 2 === 1) {
    end--;
    while (end > start && (isSpace(text.charCodeAt(end - 1)) || TRAILING.has(text.charCodeAt(end - 1)))) end--;
  }
  return [start, end];
}

// A source that negates its own deed ("Moscow said it had not received any weapons",
// "Moscova a declarat că nu a primit arme": Romanian drops the subject) denies what was said
// of it before (accusedBefore). A negated statement about something else ("taxes would not
// rise") is an assertion.
const CONTENT_NEGATION: Record<string, RegExp> = {
  ro: /^(?:(?:el|ea|ei|ele|acesta|aceasta|aceștia)\s+)?(?:nu\s+(?:a|au|ar|am|ați)|n-(?:a|au|ar|am))(?:\s+(?:mai|fi|fost))?\s+\p{L}/iu,
  en: /^(?:it|they|he|she|we|i)\s+(?:(?:has|have|had|did|does|do|is|are|was|were|would|will)\s+(?:not|never)|(?:hasn't|haven't|hadn't|didn't|doesn't|don't|isn't|aren't|wasn't|weren't|never))\s/iu,
};

// Negations that deny nothing: a passive with its own subject after it ("Nu au fost
// raportate victime": no victims were reported) and a state ("We are not complacent").
// "It is not true", "they were not involved", "nu a fost implicat în atac" still deny.
const NOT_A_DENIAL: Record<string, RegExp> = {
  ro: /^(?:nu\s+(?:a|au)\s+fost\s+\p{L}+\s+(?!(?:în|in|la|de|cu|pe|din|pentru|niciodată|nicio|niciun)(?![\p{L}]))\p{L}{3,}|(?:(?:el|ea|ei|ele)\s+)?nu\s+(?:se\s+așteaptă|se\s+asteapta|cred|crede|consideră|considera|exclud|exclude|văd|vad|vede|anticipează|anticipeaza)(?![\p{L}]))/iu,
  // A belief held back is no denial either: "they did not expect a cut", "nu se așteaptă";
  // nor is a refusal to come: "we will not accept any deal".
  en: /^(?:(?:it|they|he|she|we|i)\s+(?:did not|do not|does not|didn't|don't|doesn't)\s+(?:expect|think|believe|see|anticipate|foresee|rule out)(?![\p{L}])|(?:it|they|he|she|we|i)\s+(?:will not|won't|would not|wouldn't)\s+(?:accept|allow|tolerate|agree|give|back|negotiate|let|stand|surrender|recogni[sz]e|hesitate)(?![\p{L}])|(?:it|they|he|she|we|i)\s+(?:is|are|was|were|am)\s+not\s+(?:(?:worried|concerned|surprised|satisfied|convinced|interested|prepared|pleased|alarmed|afraid|impressed|deterred)(?![\p{L}])|(?!(?:true|correct|accurate|the case|\p{L}+(?:ing|ed|en))(?![\p{L}]))\p{L}+))/iu,
};

/**
 * Where a claim whose content comes before its cue ends: where its attribution ends, or
 * after its source where a gerund opens a clause of its own there ('"…," Anderson said,
 * adding that …': the source's next claim, or the narrator's).
 */
function claimEnd(text: string, d: Attribution, contentEnd: number, pack: LanguagePack | undefined): number {
  const end = Math.max(d.end, d.cue.end, contentEnd);
  if (!d.sourcePhrase || !pack?.gerundEndings) return end;
  const at = text.indexOf(d.sourcePhrase, contentEnd);
  if (at < 0) return end;
  // (The source may come before its cue, '"…," Anderson said', or after it, '"…," said Anderson'.)
  const sourceEnd = Math.max(at + d.sourcePhrase.length, d.cue.end);
  const next = GERUND_AFTER.exec(text.slice(sourceEnd, end));
  const word = next?.[1]!.toLowerCase();
  const gerund =
    word !== undefined && !pack.prepositions.has(word) && pack.gerundEndings.some((e) => word.endsWith(e) && word.length > e.length + 2);
  return gerund ? Math.max(d.cue.end, contentEnd, sourceEnd) : end;
}

// The word after a source, past a comma: '…," Anderson said, adding that'.
const GERUND_AFTER = /^\s*,\s*(\p{L}+)/u;

/** Whether content negates a deed of its own source: "Moscow said it had not received any weapons". */
function selfNegation(content: string, lex: 'ro' | 'en'): boolean {
  return CONTENT_NEGATION[lex]!.test(content) && !NOT_A_DENIAL[lex]!.test(content);
}

/**
 * Whether another source's claim earlier in the text names this source in what it says:
 * the accusation a source's negation of its own deed answers ("Seoul said North Korea had
 * shipped weapons to Russia. Moscow said it had not received any weapons"). With none, a
 * negative statement with an ordinary cue is asserted ("said he did not know"). (Read as a
 * denial wherever it stood, it made 321 of PolNeAR train's 11,003 claims denials, most of
 * them plain statements; now held-out stories' stance accuracy 0.962 -> 0.972, Romanian
 * gold 0.990 -> 0.993, link gold link F1 0.249 -> 0.253.) The claims before it are
 * claims[0, before).
 */
function accusedBefore(sourceId: string, claims: readonly Claim[], before: number): boolean {
  for (let i = 0; i < before; i++) {
    const c = claims[i]!;
    if (c.source.id !== sourceId && c.entities.some((e) => e.id === sourceId)) return true;
  }
  return false;
}

// Reports called lies are denied: "a calificat informațiile drept „minciuni”", "the reports as
// fabrications" (after "dismissed", already a denial).
const CALLED_FALSE =
  /^(?:informațiile|informatiile|acuzațiile|acuzatiile|afirmațiile|afirmatiile|relatările|relatarile|zvonurile|știrile|stirile|rapoartele|raportul)(?:\s+[^\s,.;]+){0,8}?\s+(?:drept|ca fiind)\s+["„]?(?:\S+\s+){0,2}(?:minciun|fals|fake|nefondat|neadevăr|absurd|propagand|inventat|fabricat|dezinformar)/iu;

// Content that calls what it answers false denies it: "That never happened", "This is a
// lie", "Este o minciună ordinară", "Așa ceva nu s-a întâmplat" (words of falsehood, as
// a dictionary gives them).
const SAYS_FALSE: Record<string, RegExp> = {
  en: /^(?:(?:that|this|it|these|those|the (?:claims?|allegations?|accusations?|reports?|story))(?:'s)?\s+(?:(?:is|was|are|were)\s+(?:(?:simply|just|completely|totally|absolutely|all|a|an)\s+){0,2}(?:\p{L}+\s+)?(?:lies?|false|untrue|fake|baseless|unfounded|nonsense|fabricat\p{L}*|invent\p{L}*|smears?|absurd|slander\p{L}*)(?![\p{L}])|never happened|did not happen|didn't happen|is not true|isn't true))/iu,
  ro: /^(?:(?:(?:acest lucru|aceasta|asta|acestea|totul)\s+)?(?:este|e|sunt|a fost|au fost)\s+(?:(?:o|doar|pur|și|simplu)\s+){0,3}(?:minciun|fals|neadevăr|nefondat|inventat|fabricat|absurd|calomni|dezinformar)|(?:asta|acest lucru|așa ceva|nimic din toate acestea)\s+nu\s+(?:s-a\s+întâmplat|este\s+adevărat))/iu,
};

const hedgeRes = new Map<string, RegExp>();
const hedgeScreens = new Map<string, RegExp>();
/** Whether content carries a hedge: a modal word, in lower case (or opening the content, unless it is the month May). */
function hedged(content: string, lex: 'ro' | 'en'): boolean {
  const re = hedgeRe(lex);
  if (hedgeScreen(lex).test(content) && re.test(content)) return true;
  if (!isUpperAt(content, 0)) return false;
  const first = content.slice(0, content.indexOf(' ') >>> 0);
  return first !== 'May' && re.test(first.toLowerCase());
}

/**
 * The hedges alone, with no look at the letters around them and no Unicode mode: every
 * content hedgeRe matches holds one, and most contents hold none (an expression with a
 * Unicode look-behind costs more to run at every character than this one).
 */
function hedgeScreen(lang: string): RegExp {
  const key = lang === 'ro' ? 'ro' : 'en';
  let re = hedgeScreens.get(key);
  if (!re) {
    re = new RegExp(
      cuesFor(key)
        .hedges.map((h) => h.replace(/ /g, '\\s+'))
        .join('|'),
    );
    hedgeScreens.set(key, re);
  }
  return re;
}

function hedgeRe(lang: string): RegExp {
  const key = lang === 'ro' ? 'ro' : 'en';
  let re = hedgeRes.get(key);
  if (!re) {
    re = new RegExp(
      `(?<![\\p{L}])(?:${cuesFor(key)
        .hedges.map((h) => h.replace(/ /g, '\\s+'))
        .join('|')})(?![\\p{L}])`,
      // Case matters: "May 7" and "in May" are dates, "may" a hedge.
      'u',
    );
    hedgeRes.set(key, re);
  }
  return re;
}

/**
 * Finds every attributed claim in an article. Pure: no I/O, no clock, no randomness;
 * the same article always gives the same claims, with the same ids. Never throws on
 * any string: empty, very long, HTML, mixed scripts or ill-formed UTF-16.
 */
export function extractClaims(article: ArticleInput): ExtractionResult {
  const body = article.body ?? '';
  const prepared = prepareText(body);
  const language = article.language ?? detectLanguage(prepared.text);
  const pack = languagePack(language);
  // (Headlines in title case are read with their common words in lower case: same length.)
  const text = pack ? foldTitleCase(prepared.text, pack) : prepared.text;
  const lex = language === 'ro' ? 'ro' : 'en';
  const resolver = new SourceResolver(pack?.honorifics);
  const { date: published, day: publishedDay } = publication(article.publishedAt);
  const revision = article.revision ?? 1;
  const claims: Claim[] = [];
  const seen = new Set<number>();
  // Each claim's content, its words, its source as first resolved and its attribution, for
  // the work done once every claim is made.
  const contents: ClaimContent[] = [];
  const folded = fold(text);
  const aligned = folded.length === text.length;
  const sliceBody = (a: number, b: number) => body.slice(prepared.toBody(a), prepared.toBody(b));
  // A language the engine has no pack for is said so, never read with another's grammar.
  // ("und", too little text to tell, is read as English, the engine's default.)
  if (!pack && language !== 'und')
    return {
      language,
      claims: [],
      unsupported: {
        code: 'unsupported_language',
        reason: `no language pack for "${language}" (supported: ${supportedLanguages().join(', ')})`,
      },
    };

  // Where each claim's content stands in its unit and the times of the unit, for the reading
  // of its times once every claim is made.
  const timings: ClaimTiming[] = [];
  /** Makes the claim of attribution k of a unit (null when it is none); what it says and when are read later. */
  const emit = (
    u: TextUnit,
    attributions: readonly Attribution[],
    k: number,
    tokens: Token[],
    times: ReturnType<typeof scanTimes>,
    mayCredit: boolean,
  ): { claim: Claim; quotation: boolean } | null => {
    const d: Attribution = attributions[k]!;
    const source: EntityRef | null = resolver.resolve(d.sourcePhrase) ?? (d.learned ? unnamedSource(d.sourcePhrase) : null);
    if (!source) return null;
    // A credit inside a sentence ("… Sursa foto: kremlin.ru") ends what can be claimed there.
    const credit = mayCredit ? CREDIT_INLINE.exec(u.text.slice(d.contentStart, d.contentEnd)) : null;
    let [cs, ce] = trimSpan(u.text, d.contentStart, credit ? d.contentStart + credit.index : d.contentEnd);
    // A dateline opens the first paragraph, not the claim: "BUCHAREST (Reuters) - ".
    const dateline = mayOpenDateline(u.text, cs) ? DATELINE.exec(u.text.slice(cs, ce)) : null;
    if (dateline) cs += dateline[0].length;
    if (ce - cs < 8 || !hasTwoLetters(u.text, cs, ce)) return null;
    // A claim ends with its content where the content follows its cue: what follows it in
    // the sentence ("…, but argues that …") is another claim's or the narrator's. (Before
    // its cue, see claimEnd.)
    const [ss, se] = trimSpan(
      u.text,
      Math.min(d.start, d.cue.start, cs),
      cs > d.cue.start ? Math.max(d.cue.end, ce) : claimEnd(u.text, d, ce, pack),
    );
    const span = { start: prepared.toBody(u.start + ss), end: prepared.toBody(u.start + se) };
    const key = span.start * 2 ** 26 + span.end;
    if (seen.has(key)) return null;
    seen.add(key);
    const contentText = u.text.slice(cs, ce);
    const contentTokens = tokensWithin(tokens, cs, ce);
    // Time words around the cue say when the source spoke; in the content, what period it is about.
    const prior = k > 0 ? attributions[k - 1]! : null;
    // A content around its cue ('"…," X told reporters on Monday. "…"', "The business, she
    // said, has fared better since 2009"): the words from the cue to the next quotation mark or
    // comma. (Up to the end of the content, without a comma: "since 2009" had been taken for
    // when she spoke.)
    const around = cs < d.cue.start && ce > d.cue.end;
    const [aroundFrom, aroundTo] = around
      ? [d.cue.start, aroundEnd(u.text, d.cue.end, ce, times)]
      : cs > d.cue.start
        ? [prior && prior.end <= d.cue.start ? prior.end : 0, cs]
        : [ce, u.text.length];
    const claim: Claim = {
      kind: 'claim',
      // (Given once every claim is made: see nameClaims.)
      id: '',
      articleId: article.id,
      publisher: article.publisher,
      revision,
      language,
      span,
      text: body.slice(span.start, span.end),
      source,
      cue: { surface: sliceBody(u.start + d.cue.start, u.start + d.cue.end) },
      // (What the content says, and of whom, is read once every claim is made: see readContents.)
      stance: 'asserts',
      hedged: false,
      content: sliceBody(u.start + cs, u.start + ce),
      quantities: [],
      // (When it was said and what period it is about are read once every claim is made: see readTimes.)
      statedAt: { start: publishedDay },
      entities: [],
      confidence: confidenceOf(source, d),
    };
    // (The three lists go in step, index for index: the readings after the loop pair them so.
    // A claim dropped once made leaves all three: see dropNested.)
    claims.push(claim);
    contents.push({ text: contentText, tokens: contentTokens, source, attribution: d });
    timings.push({ unit: u, times, start: cs, end: ce, around, aroundFrom, aroundTo });
    // Whether the claim is a direct quotation, which a quotation after it may continue: its
    // own content is quoted, not only the unit's first words ('"…," the minister said, while
    // the mayor said …' quotes the minister).
    // (Or two apostrophes, as some newspapers write a quotation mark: "''We will win,'' he said.")
    const quotation =
      u.text.charCodeAt(cs - 1) === 0x22 || (u.text.charCodeAt(0) === 0x22 && cs <= 1) || u.text.startsWith("''", Math.max(0, cs - 2));
    return { claim, quotation };
  };

  // Cue words of the whole text, found at once: [start, end] pairs in text order.
  const cueWords = aligned ? cueCandidates(folded, lex) : undefined;
  let nextCue = 0;
  // The last direct quotation claimed, and the unit it was in: a quotation that follows
  // it with no cue of its own goes on in the same voice.
  let quoted: { claim: Claim; unit: number } | null = null;
  let unitIndex = -1;
  // Where a learned attribution's quotation ran into the units after it.
  let absorbed = -1;
  // With a language pack, units come from the document, with the attributions its cue
  // model and grammar find; the grammar of cues below adds what it knows besides.
  const read = pack ? packAttributions(text, language, pack) : null;
  const unitsToRead: TextUnit[] = read ? read.units : units(splitSentences(text, language), text);
  for (let index = 0; index < unitsToRead.length; index++) {
    let u = unitsToRead[index]!;
    if (CREDIT_LINE.test(u.text) || BYLINE.test(u.text)) continue;
    unitIndex++;
    resolver.notePeople(u.text);
    if (u.start < absorbed) {
      // A unit a quotation ran into ('"…," he said. "…"'): a quotation after it may still go on
      // in the same voice.
      if (quoted !== null && quoted.unit === unitIndex - 1 && quoted.claim.span.end > prepared.toBody(u.start)) quoted.unit = unitIndex;
      continue;
    }
    // Narrative sentences (most of an article) hold no cue word: they are not tokenised.
    let candidates: number[] | undefined;
    if (cueWords) {
      candidates = [];
      while (nextCue < cueWords.length && cueWords[nextCue]! < u.start) nextCue += 2;
      for (let k = nextCue; k < cueWords.length && cueWords[k]! < u.end; k += 2)
        if (cueWords[k + 1]! <= u.end) candidates.push(cueWords[k]! - u.start);
    }
    const follows: Claim | null = quoted !== null && quoted.unit === unitIndex - 1 ? quoted.claim : null;
    const unitFolded = aligned ? folded.slice(u.start, u.end) : undefined;
    let tokens = candidates?.length === 0 ? [] : tokenize(u.text, unitFolded);
    let attributions = candidates?.length === 0 ? [] : findAttributions(u.text, lex, tokens, candidates);
    // The cue model overrules the grammar where it knows the word and finds no attribution there.
    if (read) attributions = attributions.filter((a) => !read.vetoed(u.start + a.cue.start, u.start + a.cue.end));
    const { attributions: learned, reach } = read ? read.attribute(index) : { attributions: [], reach: u.end };
    if (attributions.length === 0 && learned.length === 0 && !(follows && goesOn(u.text))) continue;
    const mayCredit = unitFolded === undefined || unitFolded.includes('foto') || unitFolded.includes('photo');
    if (tokens.length === 0) tokens = tokenize(u.text, unitFolded);
    // '"We will respond," the minister said. "There can be no compromise."': the quotation
    // goes on in the same voice, and the claim with it, as a reader takes it (and PolNeAR's
    // annotators: a claim of its own for the second quotation was a false one 44 times in
    // 63 on PolNeAR train; as one claim, train F1 0.869 -> 0.872, dev 0.866 -> 0.867).
    if (attributions.length === 0 && learned.length === 0 && follows !== null && goesOn(u.text)) {
      const at = claims.indexOf(follows);
      const [qs, qe] = trimSpan(u.text, 0, u.text.length);
      follows.span = { start: follows.span.start, end: prepared.toBody(u.start + qe) };
      follows.text = body.slice(follows.span.start, follows.span.end);
      // (What stands between the two is the attribution, elided as a quotation elides words.)
      follows.content = `${follows.content} … ${sliceBody(u.start + qs, u.start + qe)}`;
      // Its words are read with the rest (figures, names, frame), and its times for the period.
      const joined = `${contents[at]!.text} … `;
      const shift = (t: Token): Token => ({ start: t.start + joined.length, end: t.end + joined.length, key: t.key });
      contents[at]!.tokens = [...contents[at]!.tokens, ...tokensWithin(tokens, qs, qe).map(shift)];
      contents[at]!.text = joined + u.text.slice(qs, qe);
      (timings[at]!.more ??= []).push({ times: scanTimes(u.text, tokens), start: qs, end: qe });
      quoted = { claim: follows, unit: unitIndex };
      continue;
    }
    // Where both find one attribution, the learned cue and content stand, with the
    // grammar's reading of the source when it has one.
    // A phrase that can name no source (a clause, a gerund, an adverb) is no reading of one.
    const sourceOf = (...raw: string[]) => {
      if (!pack) return raw.find(Boolean) ?? '';
      const read = raw.map((p) => readSourcePhrase(p, pack));
      return read.find((r) => r.plausible)?.text ?? read.map((r) => r.beforeVerbGroup).find(Boolean) ?? '';
    };
    const added = learned.map((l) => {
      const g = attributions.find((x) => sameAttribution(x, l));
      if (!g) return { ...l, sourcePhrase: sourceOf(l.sourcePhrase) };
      // The grammar knows what may stand between a cue and its content (a time, a place, a
      // dateline): its content start stands when it falls just inside the learned one.
      const contentStart =
        g.contentStart > l.contentStart && g.contentStart - l.contentStart <= SKIPPED_AFTER_CUE && g.contentStart < l.contentEnd
          ? g.contentStart
          : l.contentStart;
      return {
        ...l,
        ...(g.objectPhrase ? { objectPhrase: g.objectPhrase } : {}),
        contentStart,
        // The stages' reading of the source comes first, the grammar's where the stages read none.
        sourcePhrase: sourceOf(l.sourcePhrase, g.sourcePhrase),
        start: Math.min(l.start, g.start),
        end: Math.max(l.end, g.end),
      };
    });
    // A pack with rules alone reads verbal attributions through its stages, which know a
    // scene-setter or a verb's object from a content: where they read a cue and found no
    // attribution, the older grammar's reading of it is dropped. It still adds what they do
    // not read: prepositional cues, denials of an object ("a respins acuzațiile"), passives
    // and quotations that go on. (With a cue model, the grammar's readings still add recall.)
    const stagesJudged = (g: Attribution) =>
      read !== null && pack !== undefined && !pack.cueModel && read.judged(u.start + g.cue.start, u.start + g.cue.end);
    // A cue whose first object is the person addressed ("told ITV in an interview") is read
    // by the stages past that person: where they found no content, the grammar's reading of
    // what follows the cue as one is dropped, cue model or not.
    const addressedJudged = (g: Attribution) =>
      read !== null &&
      g.contentStart > g.cue.start &&
      (pack?.addresseeCues?.has(fold(u.text.slice(g.cue.start, g.cue.end))) ?? false) &&
      read.judged(u.start + g.cue.start, u.start + g.cue.end);
    // A word the gold seldom uses as a cue against its other uses ("states" in "swing states
    // like Ohio": mostly the noun) is a cue of the grammar's only where "that", a colon or a
    // quotation opens a content after it ("the report states that …"). The word is the cue's
    // first past its verb group, as the learner reads it ("has stated" → "stated"). (Learned
    // with the cue order: PolNeAR train precision 0.914 -> 0.917, recall 0.839 unchanged.)
    const seldomCue = (g: Attribution) =>
      pack?.seldomCues !== undefined &&
      pack.seldomCues.has(
        fold(u.text.slice(g.cue.start, g.cue.end))
          .split(/\s+/)
          .find((w) => !pack.betweenSubjectAndCue.has(w) && !pack.negations.has(w)) ?? '',
      ) &&
      !openedContent(u.text, g, pack);
    // "I do take what Professor Lang said seriously": a free relative pronoun in the grammar's
    // source phrase is the cue's object; a content needs a colon or a quotation then.
    const freeRelative = (g: Attribution) =>
      pack?.freeRelatives !== undefined &&
      fold(g.sourcePhrase)
        .split(/[^\p{L}']+/u)
        .some((w) => pack.freeRelatives!.has(w)) &&
      !quotedOrAfterColon(u.text, g);
    attributions = attributions.filter(
      (g) =>
        !freeRelative(g) &&
        !learned.some((l) => sameAttribution(g, l)) &&
        !(pack && g.cue.prepositional && namesRule(g.sourcePhrase, pack)) &&
        !(!g.cue.prepositional && !g.cue.denies && !g.reading && (stagesJudged(g) || addressedJudged(g) || seldomCue(g))),
    );
    if (added.length) {
      attributions = [...attributions, ...added].sort((x, y) => x.cue.start - y.cue.start);
      if (added.some((l) => u.start + l.contentEnd > u.end)) {
        u = { start: u.start, end: reach, text: text.slice(u.start, reach) };
        tokens = tokenize(u.text, aligned ? folded.slice(u.start, u.end) : undefined);
        absorbed = reach;
      }
    }
    if (attributions.length === 0) continue;
    const times = scanTimes(u.text, tokens);
    for (let k = 0; k < attributions.length; k++) {
      const made = emit(u, attributions, k, tokens, times, mayCredit);
      if (made?.quotation) quoted = { claim: made.claim, unit: unitIndex };
    }
  }
  dropNested(claims, contents, timings, body, prepared.toBody);
  readTimes(claims, contents, timings, { text, published, publishedDay, pack });
  nameClaims(claims, article.publisher, article.id, revision);
  const frames = readContents(claims, contents, language, lex);
  const completed = completeFrames(
    frames,
    claims.map((c) => c.source),
    claims.map((c) => c.stance === 'denies'),
    // Only a denial's words are read for a reference back (completeFrames asks no other).
    claims.map((c) => c.stance === 'denies' && REFERS_BACK.test(c.content)),
  );
  completed.forEach((f, i) => {
    if (f) claims[i]!.frame = f;
  });
  // A source the text showed later to be something else is that in every claim.
  for (const c of claims) {
    const renamed = resolver.renamed.get(c.source.id);
    if (renamed) c.source = { ...renamed, surface: c.source.surface };
  }
  // An institution named in full in one sentence and by its acronym in another is one.
  const defined = acronymsIn(text);
  const knownAcronym = (a: string) =>
    gazetteer()
      .findMentions(a)
      .find((m) => !m.entity.id.startsWith('country:'))?.entity;
  if (defined.length) for (const c of claims) c.source = byAcronym(c.source, defined, knownAcronym);
  if (claims.length) {
    const story = storyNames(read?.tokens ?? tokenizeDoc(text), pack, claims);
    for (const c of claims) c.story = { names: story, publishedOn: publishedDay };
  }
  return { language, claims: prepared.wellFormed ? claims : claims.map(toWellFormed) };
}

/**
 * Drops the claims made inside the quotation of another (see nestedInQuotation), from the
 * three lists at once, before anything is read of them (times, frames, story names).
 */
function dropNested(claims: Claim[], contents: ClaimContent[], timings: ClaimTiming[], body: string, toBody: (at: number) => number): void {
  // Where each claim's cue stands in the body.
  const cues = claims.map((_, i) => toBody(timings[i]!.unit.start + contents[i]!.attribution.cue.start));
  const nested = claims.map((_, i) => nestedInQuotation(i, claims, cues, body));
  for (let i = claims.length - 1; i >= 0; i--) {
    if (!nested[i]) continue;
    claims.splice(i, 1);
    contents.splice(i, 1);
    timings.splice(i, 1);
  }
}

/**
 * Whether a claim's cue stands inside the quotation of another claim whose own cue stands
 * outside it ('"He's said things I didn't like," she said': his words as she reports
 * them). The reported speaker's claim is the quoted one's, not the article's: the
 * conventions leave nested claims optional, and PolNeAR's annotators marked none of them
 * (PolNeAR train: 22 such claims, all false).
 */
function nestedInQuotation(i: number, claims: readonly Claim[], cues: readonly number[], body: string): boolean {
  const cue = cues[i]!;
  return claims.some((o, k) => {
    if (k === i || cue < o.span.start || cue >= o.span.end) return false;
    // (From the mark that may open the outer span, just before it.)
    const from = Math.max(0, o.span.start - 1);
    return quotationOpen(body, from, cue) && (cues[k]! < from || !quotationOpen(body, from, cues[k]!));
  });
}

/** Whether an odd number of quotation marks stands in body[from, to): a quotation is open at `to`. */
function quotationOpen(body: string, from: number, to: number): boolean {
  let marks = 0;
  for (let at = from; at < to; at++) if (isQuoteMark(body.charCodeAt(at))) marks++;
  return marks % 2 === 1;
}

/**
 * Gives each claim its id, all in one pass once the article's claims are made: a digest
 * made between the other work of a claim cost 3-10 µs in the engine (its code and tables
 * gone cold), one made right after another 1-2 µs (measured on the synthetic articles).
 */
function nameClaims(claims: readonly Claim[], publisher: string, articleId: string, revision: number): void {
  for (const c of claims) c.id = claimId(publisher, articleId, revision, c.span.start, c.span.end);
}

/** Where a claim's content stands in its unit, and the times of the unit. */
/** What the reading of times needs of the article: its text, when it was published, its pack. */
interface ArticleTimes {
  text: string;
  published: Date;
  publishedDay: string;
  pack: LanguagePack | undefined;
}

/**
 * When each claim was said and what period it is about, read once every claim is made
 * (as its content is: see readContents), for all the claims one after another: first
 * when each was said (in order: a quotation that goes on was said when the one before it
 * was), then whether each speaks of the future, then the period each is about, and in
 * order the claims with none of their own take the period of the claims before them.
 */
function readTimes(
  claims: readonly Claim[],
  contents: readonly ClaimContent[],
  timings: readonly ClaimTiming[],
  article: ArticleTimes,
): void {
  const { text, published, publishedDay, pack } = article;
  const n = claims.length;
  const statedDates: Date[] = [];
  for (let i = 0; i < n; i++) {
    const { unit: u, times, start: cs, end: ce, aroundFrom, aroundTo } = timings[i]!;
    const d = contents[i]!.attribution;
    // "The United States believes X, Kirby said on Tuesday": with no time at its own cue, a
    // claim is said when the attribution that closes its sentence was.
    const stated =
      statedAtFrom(mentionsWithin(times, aroundFrom, aroundTo), published) ??
      (cs > d.cue.start ? statedAtFrom(mentionsWithin(times, ce, u.text.length), published) : null);
    const statedAt = stated ? timeRef(stated) : { start: publishedDay };
    claims[i]!.statedAt = statedAt;
    // (A time said in the text is the reference for the period; else the publication.)
    statedDates.push(stated ? noonOf(statedAt.start) : published);
  }
  // A time in a clause in the future tense ("will open in October", "vor decide luni") is the
  // next such time; in a content of several clauses, only there ("removed him in November
  // after he suggested it could be …" is last November). A quotation that goes on is judged whole.
  const future = contents.map((c) => pack?.futureMarkers !== undefined && futureTense(c.text, pack));
  // The period the last claim with a time of its own was about.
  let lastEvent: ResolvedTime | null = null;
  // Where (in the prepared text) the unit that said it starts.
  let lastEventAt = 0;
  for (let i = 0; i < n; i++) {
    const { unit: u, times, start: cs, end: ce, around, aroundFrom, aroundTo, more } = timings[i]!;
    const d = contents[i]!.attribution;
    const claim = claims[i]!;
    const own = around ? [...mentionsWithin(times, cs, aroundFrom), ...mentionsWithin(times, aroundTo, ce)] : mentionsWithin(times, cs, ce);
    const event =
      eventTimeFrom(
        more ? [...own, ...more.flatMap((m) => mentionsWithin(m.times, m.start, m.end))] : own,
        statedDates[i]!,
        // (Within the content: the words around the cue are no clause of it.)
        future[i]! && ((t) => !own.includes(t) || futureAround(u.text, t.index, t.end, pack!, cs, ce)),
      ) ??
      // "Conform recensământului din 2001, …", "according to 2010 census data, …": with no time
      // of its own, the content is about the period its source document covers.
      (d.cue.prepositional
        ? eventTimeFrom(cs > d.cue.start ? mentionsWithin(times, d.cue.start, cs) : mentionsWithin(times, ce, d.end), statedDates[i]!)
        : null);
    if (event) {
      lastEvent = event;
      lastEventAt = u.start;
      claim.eventTime = timeRef(event);
    }
    // "Protesters gathered on Thursday … Police said 300 were detained": a claim with no time
    // of its own is about the period the claims before it were (marked, since it was not said).
    // (Within its paragraph: a new paragraph moves on to other times.)
    else if (lastEvent && !text.slice(lastEventAt, u.start).includes('\n')) claim.eventTime = inferredTimeRef(lastEvent);
    // With none before it either, it is about the time it was said ("the death toll has risen
    // to five"): the statement's day or period, marked inferred as well.
    else
      claim.eventTime = {
        start: claim.statedAt.start,
        ...(claim.statedAt.end ? { end: claim.statedAt.end } : {}),
        surface: claim.statedAt.surface ?? '',
        inferred: true,
      };
  }
}

interface ClaimTiming {
  unit: TextUnit;
  times: ReturnType<typeof scanTimes>;
  /** The content's start and end in the unit. */
  start: number;
  end: number;
  /** Whether the content stands around its cue, and where the words that say when it was said are. */
  around: boolean;
  aroundFrom: number;
  aroundTo: number;
  /** Quotations that go on in the same voice, merged into the claim: their times and where they stand in their units. */
  more?: { times: ReturnType<typeof scanTimes>; start: number; end: number }[];
}

/** What the reading of a claim's content needs besides the claim. */
interface ClaimContent {
  text: string;
  tokens: Token[];
  /** The source as resolved when the claim was made (before any renaming). */
  source: EntityRef;
  attribution: Attribution;
}

/**
 * Reads what each claim's content says, once every claim of the article is made: its
 * figures, the entities it names, whether it denies, whether it is hedged, and its frame,
 * each for all the claims one after another. Run between each claim's other work, each
 * reading found its code and tables cold: findQuantities alone, moved here, made the
 * synthetic articles 5-7% faster. Claims are read in order: a denial looks at the
 * entities of the claims before it.
 */
function readContents(claims: readonly Claim[], contents: readonly ClaimContent[], language: string, lex: 'ro' | 'en'): (Frame | null)[] {
  const n = claims.length;
  for (let i = 0; i < n; i++) claims[i]!.quantities = findQuantities(contents[i]!.text, language, contents[i]!.tokens);
  const mentions = contents.map((c) => gazetteer().findMentions(c.text, 0, c.tokens));
  for (let i = 0; i < n; i++) {
    const { text, source } = contents[i]!;
    claims[i]!.entities = mentions[i]!.filter(
      (m, k, all) => m.entity.id !== source.id && all.findIndex((x) => x.entity.id === m.entity.id) === k,
    ).map((m) => ({ ...m.entity, surface: text.slice(m.start, m.end) }));
  }
  // (Every claim's entities are set before any stance is read: accusedBefore reads those of
  // the claims before it.)
  for (let i = 0; i < n; i++) {
    const { text, source, attribution: d } = contents[i]!;
    const denies =
      d.cue.denies ||
      (selfNegation(text.replace(/^(?:că|that)\s+/i, ''), lex) && accusedBefore(source.id, claims, i)) ||
      CALLED_FALSE.test(text) ||
      SAYS_FALSE[lex]!.test(text.replace(/^["„“”]+/, ''));
    claims[i]!.stance = denies ? 'denies' : 'asserts';
  }
  for (let i = 0; i < n; i++) claims[i]!.hedged = hedged(contents[i]!.text, lex);
  return contents.map(({ text, tokens, source, attribution: d }, i) =>
    frameOf(text, implicitAgent(d.objectPhrase, text, source, lex), claims[i]!.stance === 'denies', mentions[i], tokens),
  );
}

// A quotation that goes on has this many words at least.
const MIN_QUOTED_WORDS = 4;

/**
 * Whether a unit goes on with the quotation of the claim before it: one quotation and
 * nothing else, or a quotation it opens and leaves open (a quotation longer than a unit
 * holds, or one that runs on into the next paragraph, whose mark closes only the last).
 * (Open ones too: PolNeAR train 0.873 -> 0.874, link gold 0.264 -> 0.266.)
 */
function goesOn(text: string): boolean {
  const t = withQuoteMarks(text);
  return wholeQuotation(t) || (t.charCodeAt(0) === 0x22 && quotes(t) === 1 && t.split(/\s+/).length >= MIN_QUOTED_WORDS);
}

/** A text with the two apostrophes some newspapers write for a quotation mark as one mark ("''We will win.''"). */
const withQuoteMarks = (text: string) => (text.includes("''") ? text.replace(/''/g, '"') : text);

/**
 * Whether a unit is one quotation and nothing else: '"There can be no compromise."', of
 * four words or more.
 */
function wholeQuotation(text: string): boolean {
  if (text.charCodeAt(0) !== 0x22 || quotes(text) !== 2) return false;
  const close = text.lastIndexOf('"');
  return /^[.!?…]*$/.test(text.slice(close + 1)) && text.slice(1, close).trim().split(/\s+/).length >= MIN_QUOTED_WORDS;
}

/** A time as a claim carries it: start, end when it is a period, and the words that gave it. */
function timeRef(t: ResolvedTime): { start: string; end?: string; surface: string } {
  return t.end ? { start: t.start, end: t.end, surface: t.surface } : { start: t.start, surface: t.surface };
}

/** timeRef marked inferred (its fields in the same order; a spread of it cost more than the rest of the claim). */
function inferredTimeRef(t: ResolvedTime): { start: string; end?: string; surface: string; inferred: true } {
  return t.end
    ? { start: t.start, end: t.end, surface: t.surface, inferred: true }
    : { start: t.start, surface: t.surface, inferred: true };
}

/** The tokens inside [from, to), with offsets from `from`. */
function tokensWithin(tokens: readonly Token[], from: number, to: number): Token[] {
  const out: Token[] = [];
  // The first token at or after `from`, by halving: a sentence may hold thousands.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start >= to) break;
    if (t.end <= to) out.push({ start: t.start - from, end: t.end - from, key: t.key });
  }
  return out;
}

/** Noon (UTC) of an ISO date: the reference for periods a statement made that day is about. Days recur: remembered (never changed by readers). */
const noonOf = memoize((day: string): Date => new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10), 12)));

// Content that starts with a pronoun or (in Romanian) with its verb has the source as its subject.
const SELF_SUBJECT: Record<string, RegExp> = {
  en: /^(?:it|its|they|their|we|our|he|his|she|her)\s/i,
  ro: /^(?:nu\s+|n-)?(?:a|au|ar|am|va|vor|este|sunt|s-a|și-a)\s/i,
};

/** Who the content is about when it names nobody before its verb. */
function implicitAgent(objectPhrase: string | undefined, content: string, source: EntityRef, lex: 'ro' | 'en'): string | undefined {
  if (objectPhrase) return gazetteer().findMentions(objectPhrase)[0]?.entity.id;
  if (!SELF_SUBJECT[lex]!.test(content)) return undefined;
  return source.kind === 'person' ? (source.aliases?.find((a) => a.startsWith('country:')) ?? source.id) : source.id;
}

function confidenceOf(source: EntityRef, d: Attribution): number {
  if (source.id === 'anonymous') return 0.55;
  if (source.kind === 'organization' && source.id.startsWith('org:') && !d.sourcePhrase.match(/\p{Lu}/u)) return 0.7;
  return d.cue.prepositional ? 0.8 : 0.9;
}

/** Lone surrogates cannot be stored or sent as JSON text: they become U+FFFD (same length). */
function toWellFormed(c: Claim): Claim {
  return JSON.parse(JSON.stringify(c), (_k, v: unknown) => (typeof v === 'string' ? v.toWellFormed() : v)) as Claim;
}

// The share of the longer content two attributions must share to be one.
const SAME_CONTENT = 0.8;
// Characters of words between a cue and its content that the grammar may skip ("said on Tuesday that").
const SKIPPED_AFTER_CUE = 40;

/** Whether a source phrase names a rule or legal text: "according to" one attributes nothing ("potrivit legii"). */
function namesRule(phrase: string, pack: LanguagePack): boolean {
  return phraseNamesRule(phrase.trim().toLowerCase().split(/\s+/), pack);
}

/** Whether a content holds a word of the future tense ("will", "va", "vor"). */
function futureTense(content: string, pack: LanguagePack): boolean {
  const text = content.toLowerCase().replace(/’/g, "'");
  const re = futureRe(pack.futureMarkers!);
  // ("could not sleep in November", "would have been drafted weeks ago": a modal of the past.
  // Looked for only where a marker is: most contents have none.)
  return re.test(text) && (!pack.pastModals || re.test(text.replace(phraseRe(pack.pastModals), ' ')));
}

/**
 * Whether a time word at [from, to) of a text (within [first, last), the content) lies in a
 * clause in the future tense. Its clause runs from the stop or subordinator before it ("after", "that", "că") to the one
 * after it; a condition or a time clause ("if", "when", "dacă") is as future as the clause
 * it hangs on ("She will win if the economy is still strong in November"). Within a clause, a
 * part joined by "and", "or", "but" with a tense of its own keeps it ("prices rose in March
 * and will fall next year"); one without shares the clause's ("will rise and peak in November").
 * Asked only of a content with a future marker somewhere: a clause with no tense told by its
 * form is the content's.
 */
function futureAround(text: string, from: number, to: number, pack: LanguagePack, first = 0, last = text.length): boolean {
  const words = clauseWords(pack);
  let start = from;
  while (start > first && !stopAt(text, start - 1)) start--;
  let end = to;
  while (end < last && !stopAt(text, end)) end++;
  const before = [...text.slice(start, from).matchAll(words.subordinator)].pop();
  const clauseStart = before ? start + before.index! + before[0].length : start;
  const after = text.slice(to, end).matchAll(words.subordinator).next().value;
  const clauseEnd = after ? to + after.index! : end;
  if (before && pack.futureSubordinators?.has(before[0].toLowerCase()))
    return futureAround(text, start, start + before.index!, pack, first, last);
  // The part of the clause the time word stands in, between joiners.
  const joinedBefore = [...text.slice(clauseStart, from).matchAll(words.joiner)].pop();
  const partStart = joinedBefore ? clauseStart + joinedBefore.index! + joinedBefore[0].length : clauseStart;
  const joinedAfter = text.slice(to, clauseEnd).matchAll(words.joiner).next().value;
  const part = text.slice(partStart, joinedAfter ? to + joinedAfter.index! : clauseEnd);
  if (futureTense(part, pack)) return true;
  if (pastTense(part, pack)) return false;
  // (A clause with no tense of its own told by its form, "as strong in November", is as
  // future as the content: this is asked only of contents with a future marker.)
  const clause = text.slice(clauseStart, clauseEnd);
  return futureTense(clause, pack) || !pastTense(clause, pack);
}

/**
 * Whether a stop ends a clause at `at`: a semicolon, colon, question or exclamation mark,
 * or a full stop after a lower-case word of three letters or more before a capital ("said.
 * He"; not "U.S. rates", "2.5 percent", "Mr. Smith").
 */
function stopAt(text: string, at: number): boolean {
  const c = text[at]!;
  if (c === ';' || c === ':' || c === '!' || c === '?') return true;
  if (c !== '.') return false;
  return /\p{Ll}{3}$/u.test(text.slice(Math.max(0, at - 3), at)) && /^\s+["“„\p{Lu}]/u.test(text.slice(at + 1, at + 4));
}

/** Whether a text holds a verb in a past tense, by its form: an irregular past, a past ending, a perfect ("a vizitat"). */
function pastTense(text: string, pack: LanguagePack): boolean {
  if (pack.pastModals && phraseRe(pack.pastModals).test(text.toLowerCase().replace(/’/g, "'"))) return true;
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return tokens.some(
    (w, i) =>
      (pack.irregularPasts?.has(w) ?? false) ||
      (pack.pastEndings ?? []).some((e) => w.endsWith(e) && w.length > e.length + 2) ||
      (i + 1 < tokens.length && isPerfect(w, tokens[i + 1]!, pack)),
  );
}

const clauseWordRes = new WeakMap<LanguagePack, { subordinator: RegExp; joiner: RegExp }>();
/**
 * A pack's words that open a clause (its clause openers, complementizers and future
 * subordinators, not the joiners) and those that join parts of one (`clauseJoiners`), each as
 * one expression of whole words.
 */
function clauseWords(pack: LanguagePack): { subordinator: RegExp; joiner: RegExp } {
  let re = clauseWordRes.get(pack);
  if (!re) {
    const joiners = pack.clauseJoiners ?? new Set<string>();
    const subordinators = [...pack.clauseOpeners, ...pack.complementizers, ...(pack.futureSubordinators ?? [])].filter(
      (w) => !joiners.has(w),
    );
    const alternation = (ws: Iterable<string>) =>
      `(?<![\\p{L}])(?:${[...ws]
        .sort((a, b) => b.length - a.length)
        .map((w) => w.replace(/ /g, '\\s+'))
        .join('|')})(?![\\p{L}])`;
    re = {
      subordinator: new RegExp(alternation(subordinators), 'giu'),
      joiner: new RegExp(joiners.size ? alternation(joiners) : '(?!)', 'giu'),
    };
    clauseWordRes.set(pack, re);
  }
  return re;
}

const phraseRes = new WeakMap<ReadonlySet<string>, RegExp>();
/** Phrases of whole words as one expression (global: replace takes every one). */
function phraseRe(phrases: ReadonlySet<string>): RegExp {
  let re = phraseRes.get(phrases);
  if (!re) {
    const alternation = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, '\\s+'));
    re = new RegExp(`(?<![\\p{L}'])(?:${alternation.join('|')})(?![\\p{L}'])`, 'gu');
    phraseRes.set(phrases, re);
  }
  re.lastIndex = 0;
  return re;
}

const futureRes = new WeakMap<ReadonlySet<string>, RegExp>();
/**
 * One expression for a pack's future markers: a marker that is a whole word (a run of
 * letters and apostrophes). Matching the words of each content one by one and looking
 * each up made an array per word.
 */
function futureRe(markers: ReadonlySet<string>): RegExp {
  let re = futureRes.get(markers);
  if (!re) {
    // (A marker with another character in it is never a whole word; one of several words
    // is a phrase: "going to". A contraction follows its word: "he'll".)
    const words = [...markers].filter((m) => /^[\p{L}']+(?: [\p{L}']+)*$/u.test(m)).sort((a, b) => b.length - a.length);
    const whole = words.filter((m) => !m.startsWith("'")).map((m) => m.replace(/ /g, '\\s+'));
    const contracted = words.filter((m) => m.startsWith("'"));
    // (One look-behind for all the whole words: one for each cost 1.8% of analyze's time on
    // PolNeAR train.)
    const alternatives = [
      ...(whole.length ? [`(?<![\\p{L}'])(?:${whole.join('|')})`] : []),
      ...(contracted.length ? [`(?<=\\p{L})(?:${contracted.join('|')})`] : []),
    ];
    re = alternatives.length ? new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}'])`, 'u') : /(?!)/;
    futureRes.set(markers, re);
  }
  return re;
}

/** Where the words around a cue end: at the next quotation mark or comma after `from`, or `to`. */
function aroundEnd(text: string, from: number, to: number, times: readonly TimeMention[]): number {
  const quote = text.indexOf('"', from);
  // (Not the comma of a date or a number: "in a March 19, 2011 email", "on Monday, Oct. 3,",
  // "12,000": one followed by a digit or by a time word.)
  const inDate = (comma: number) => {
    const next = comma + 1 + (/^\s*/.exec(text.slice(comma + 1, comma + 4))?.[0].length ?? 0);
    return /\d/.test(text[next] ?? '') || times.some((t) => t.index === next);
  };
  let comma = text.indexOf(',', from);
  while (comma >= 0 && inDate(comma)) comma = text.indexOf(',', comma + 1);
  let at = to;
  if (quote >= 0 && quote < at) at = quote;
  if (comma >= 0 && comma < at) at = comma;
  return at;
}

/**
 * Whether two attributions are one: their cues overlap, or their contents are nearly the
 * same ("said in a statement" read at two words). A claim nested in another's content
 * ("Lisbon rejects that view, the ministry said") is one of its own.
 */
function sameAttribution(a: Attribution, b: Attribution): boolean {
  if (a.cue.start < b.cue.end && b.cue.start < a.cue.end) return true;
  const overlap = Math.min(a.contentEnd, b.contentEnd) - Math.max(a.contentStart, b.contentStart);
  return overlap >= SAME_CONTENT * Math.max(a.contentEnd - a.contentStart, b.contentEnd - b.contentStart);
}

/**
 * Whether the grammar's content follows its cue opened by "that", a colon or a quotation mark
 * ("warns that …", "states: …"), and "that" is no relative pronoun: a verb group right after it
 * ("states that have suffered") has its subject before "that".
 */
function openedContent(text: string, g: Attribution, pack: LanguagePack): boolean {
  if (g.contentStart < g.cue.end) return false;
  if (quotedOrAfterColon(text, g)) return true;
  const words = fold(text.slice(g.cue.end, g.contentStart)).trim().split(/\s+/);
  if (!pack.complementizers.has(words[words.length - 1]!)) return false;
  const first = fold(/^\s*([\p{L}']+)/u.exec(text.slice(g.contentStart, g.contentStart + 40))?.[1] ?? '');
  return !(pack.auxiliaries?.has(first) ?? false) && !(pack.modals?.has(first) ?? false);
}

/** Whether a colon or a quotation mark opens the grammar's content, before it or as its first character. */
function quotedOrAfterColon(text: string, g: Attribution): boolean {
  return /[:"“”„«]\s*$/.test(text.slice(g.cue.end, Math.max(g.cue.end, g.contentStart))) || /^\s*["“„«]/.test(text.slice(g.contentStart));
}

/** A unit of text as the claim builder reads it. */
interface TextUnit {
  start: number;
  end: number;
  text: string;
}

/** What a language pack reads of a document: its units, and the attributions of each. */
interface PackReading {
  units: TextUnit[];
  /** The document's tokens, made once. */
  tokens: readonly DocToken[];
  /** Whether the cue model is sure there is no attribution at text[start, end). */
  vetoed(start: number, end: number): boolean;
  /** Whether the pack's stages read a cue at text[start, end) (and so judged it, attribution or none). */
  judged(start: number, end: number): boolean;
  /**
   * The attributions of unit `index` (offsets relative to it), and how far they reach: a
   * quotation may run on into the next units.
   */
  attribute(index: number): { attributions: Attribution[]; reach: number };
}

/**
 * Reads a text with a language pack: the document is made once and cues are found over
 * all of it; each unit's cues are given their contents and sources by the pack's stages.
 */
function packAttributions(text: string, language: string, pack: LanguagePack): PackReading {
  const doc = makeDoc(text, language, {
    cue: (w) => isCueWord(pack, w),
    opensContent: (w) => pack.complementizers.has(w),
    preposition: (w) => pack.prepositions.has(w),
    // (The prepositions that open clauses too: "as", "after", "before", "since", "while".)
    subordinator: (w) => pack.prepositions.has(w) && pack.clauseOpeners.has(w),
    gerund: (w) => gerundWord(w, pack),
    clauseWord: (w) =>
      (pack.pronouns.has(w) && !pack.determiners.has(w)) || (pack.auxiliaries?.has(w) ?? false) || (pack.modals?.has(w) ?? false),
    determiner: (w) => pack.determiners.has(w),
  });
  const tk = doc.tokens;
  const { cues, rejected } = findCues(doc, pack);
  const byUnit = new Map<number, DocCue[]>();
  for (const c of cues) {
    const mine = byUnit.get(c.unit);
    if (mine) mine.push(c);
    else byUnit.set(c.unit, [c]);
  }
  const units = doc.units.map((u) => ({ start: u.start, end: u.end, text: text.slice(u.start, u.end) }));
  const attribute = (index: number) => {
    const unit = doc.units[index]!;
    const start = unit.start;
    const mine = byUnit.get(index) ?? [];
    const found = mine.length ? attributeUnit(doc, pack, unit, mine, doc.units[index + 1]) : [];
    let reach = unit.end;
    for (const a of found) reach = Math.max(reach, tk[a.content.last - 1]!.end);
    const attributions = found.map((a): Attribution => {
      // (A source borrowed from another clause is named, not spanned: "X l-a felicitat …, precizând că …".)
      const own = a.source && !a.borrowed ? a.source : null;
      const from = Math.min(tk[a.cue.first]!.start, tk[a.content.first]!.start, own ? tk[own.first]!.start : Infinity);
      const to = Math.max(tk[a.cue.last - 1]!.end, tk[a.content.last - 1]!.end, own ? tk[own.last - 1]!.end : 0);
      return {
        start: from - start,
        end: to - start,
        contentStart: tk[a.content.first]!.start - start,
        contentEnd: tk[a.content.last - 1]!.end - start,
        sourcePhrase: a.source ? text.slice(tk[a.source.first]!.start, tk[a.source.last - 1]!.end) : '',
        ...(a.object ? { objectPhrase: text.slice(tk[a.object.first]!.start, tk[a.object.last - 1]!.end) } : {}),
        cue: {
          start: tk[a.cue.first]!.start - start,
          end: tk[a.cue.last - 1]!.end - start,
          denies: pack.denialCues.has(tk[a.cue.first]!.norm),
          prepositional: a.cue.prepositional,
        },
        learned: true,
      };
    });
    return { attributions, reach };
  };
  const vetoed = (start: number, end: number) => rejected.some((i) => tk[i]!.start < end && tk[i]!.end > start);
  const judged = (start: number, end: number) => cues.some((c) => tk[c.first]!.start < end && tk[c.last - 1]!.end > start);
  return { units, tokens: tk, vetoed, judged, attribute };
}
