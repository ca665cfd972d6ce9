import type { Claim, EntityRef } from '@claim-ledger/contracts';
import { claimId } from './claim-id';
import { COMPLEMENTIZERS, HEDGES, PREPOSITIONAL_CUES, VERB_CUES } from './cue-lexicon';
import { detectLanguage } from './detect-language';
import { gazetteer } from './gazetteer';
import { normalizeText } from './normalize-text';
import { findQuantities } from './quantities';
import { SourceResolver } from './source-resolver';
import { splitSentences, type Sentence } from './split-sentences';
import { findEventTime, findStatedAt } from './time-expressions';

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
}

/** Bumped whenever a change may change the claims extracted from the same article. */
export const EXTRACTOR_VERSION = '0.1.0';

const L = '\\p{L}\\p{N}';
const word = (alternatives: readonly string[]) =>
  `(?<![${L}])(?:${alternatives.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})(?![${L}])`;

interface CueMatch {
  start: number;
  end: number;
  surface: string;
  denies: boolean;
  prepositional: boolean;
}

interface Lexicon {
  verbs: RegExp;
  verbDenies: Set<string>;
  preps: RegExp;
  complementizer: RegExp;
  hedge: RegExp;
}

const lexicons = new Map<string, Lexicon>();
function lexicon(lang: string): Lexicon {
  const key = VERB_CUES[lang] ? lang : 'en';
  let lex = lexicons.get(key);
  if (!lex) {
    const cues = VERB_CUES[key]!;
    // Romanian participles need their auxiliary ("a declarat"); finite forms stand alone.
    const aux =
      key === 'ro'
        ? '(?:(?:a|au|ar fi|am|a mai|au mai|ar mai|n-a|nu a|nu au)\\s+(?:(?:și|si|deja|mai|tot|ulterior|repetat|din nou)\\s+)?)'
        : '(?:(?:has|have|had|was|were|is|are)\\s+(?:(?:repeatedly|also|previously|already|again|not)\\s+)?)?';
    const participles = cues.filter((c) => key !== 'ro' || /t$/.test(c.form) || /tă$/.test(c.form)).map((c) => c.form);
    const finite = key === 'ro' ? cues.filter((c) => !participles.includes(c.form)).map((c) => c.form) : [];
    const verbAlternatives = [`${aux}${word(participles)}`, ...(finite.length ? [word(finite)] : [])];
    lex = {
      verbs: new RegExp(verbAlternatives.map((v) => `(?:${v})`).join('|'), 'giu'),
      verbDenies: new Set(cues.filter((c) => c.denies).map((c) => c.form)),
      preps: new RegExp(word(PREPOSITIONAL_CUES[key]!), 'giu'),
      complementizer: new RegExp(`^\\s*${word(COMPLEMENTIZERS[key]!)}`, 'iu'),
      hedge: new RegExp(word(HEDGES[key]!), 'iu'),
    };
    lexicons.set(key, lex);
  }
  return lex;
}

function findCues(s: Sentence, lex: Lexicon): CueMatch[] {
  const cues: CueMatch[] = [];
  for (const m of s.text.matchAll(lex.verbs)) {
    const lastWord = m[0].trim().split(/\s+/).pop()!.toLowerCase();
    cues.push({
      start: m.index,
      end: m.index + m[0].length,
      surface: m[0].trim(),
      denies: lex.verbDenies.has(lastWord),
      prepositional: false,
    });
  }
  for (const m of s.text.matchAll(lex.preps)) {
    cues.push({ start: m.index, end: m.index + m[0].length, surface: m[0], denies: false, prepositional: true });
  }
  return cues.sort((a, b) => a.start - b.start);
}

// Adverbials that may stand between a cue and its source or content: ", joi,", "on Friday".
const ADVERBIAL =
  /^(?:\s*,?\s*(?:joi|luni|marți|miercuri|vineri|sâmbătă|duminică|ieri|astăzi|azi|recent|ulterior|anterior|în repetate rânduri|de asemenea|on \p{Lu}\p{Ll}+day|on \w+|last week|this week|yesterday|today|repeatedly|also|earlier|later|in a statement|într-un comunicat|într-o declarație)\s*,?)+/iu;
const OBJECT_BEFORE_THAT = /^\s*(?:[\p{L}-]+\s+){0,4}?(?=(?:că|that)(?![\p{L}]))/iu;

/** Where a clause ends: the sentence end, or a later cue's clause. */
function clauseEnd(text: string, from: number): number {
  return text.length > from ? text.length : from;
}

interface Draft {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  sourcePhrase: string;
  sourceFirst: boolean;
  cue: CueMatch;
}

function draftsFor(s: Sentence, lex: Lexicon): Draft[] {
  const t = s.text;
  const cues = findCues(s, lex);
  const drafts: Draft[] = [];
  for (const cue of cues) {
    if (cue.prepositional) {
      // "Potrivit X, CONTENT" or "CONTENT, potrivit X."
      const after = t.slice(cue.end);
      const np = /^\s*([^,.;:]+?)\s*(?:,|\.|$|;|:)/u.exec(after);
      const phrase = np ? np[1]! : after;
      const before = t.slice(0, cue.start).replace(/[\s,]+$/, '');
      if (before.length < 3 || cue.start < 3) {
        const contentStart = cue.end + (np ? np[0].length : after.length);
        const later = cues.find((c) => c.prepositional && c.start > contentStart);
        const contentEnd = later ? later.start : t.length;
        drafts.push({
          start: cue.start,
          end: later ? Math.min(t.length, later.end + (/^\s*[^,.;]+/.exec(t.slice(later.end))?.[0].length ?? 0)) : t.length,
          contentStart,
          contentEnd,
          sourcePhrase: phrase,
          sourceFirst: true,
          cue,
        });
      } else if (!drafts.some((d) => d.cue.prepositional && d.end >= cue.start)) {
        drafts.push({
          start: 0,
          end: cue.end + (np ? np[1]!.length + np[0].indexOf(np[1]!) : after.length),
          contentStart: 0,
          contentEnd: before.length,
          sourcePhrase: phrase,
          sourceFirst: false,
          cue,
        });
      }
      continue;
    }
    const before = t.slice(0, cue.start);
    const afterRaw = t.slice(cue.end);
    const adv = ADVERBIAL.exec(afterRaw);
    const afterAdv = adv ? afterRaw.slice(adv[0].length) : afterRaw;
    const skipped = afterRaw.length - afterAdv.length;
    const objectGap = OBJECT_BEFORE_THAT.exec(afterAdv);
    const comp = lex.complementizer.exec(afterAdv.slice(objectGap ? objectGap[0].length : 0));
    const lastComma = Math.max(before.lastIndexOf(','), before.lastIndexOf('"') > before.length - 3 ? before.lastIndexOf('"') : -1);
    if (comp) {
      // SOURCE cue (object) that CONTENT
      const contentStart = cue.end + skipped + (objectGap ? objectGap[0].length : 0) + comp[0].length;
      const subject = subjectBefore(before);
      drafts.push({
        start: subject.start,
        end: clauseEnd(t, contentStart),
        contentStart,
        contentEnd: clauseEnd(t, contentStart),
        sourcePhrase: subject.text,
        sourceFirst: true,
        cue,
      });
      continue;
    }
    const tail = before.slice(lastComma + 1);
    if (lastComma > 0 && tail.trim().split(/\s+/).filter(Boolean).length <= 9) {
      // CONTENT, SOURCE cue.  /  CONTENT, cue SOURCE.
      const after = tail.trim() ? '' : sourceAfter(afterAdv);
      const sourcePhrase = tail.trim() ? tail : after;
      const end = tail.trim() ? cue.end : cue.end + skipped + after.length;
      drafts.push({ start: 0, end, contentStart: 0, contentEnd: lastComma, sourcePhrase, sourceFirst: false, cue });
      continue;
    }
    if (cue.denies || /^\s*[\p{L}"]/u.test(afterAdv)) {
      // SOURCE denied OBJECT: the object is what is denied or asserted.
      const subject = subjectBefore(before);
      if (!subject.text.trim()) continue;
      const contentStart = cue.end + skipped;
      if (!cue.denies && afterAdv.trim().split(/\s+/).length < 3) continue;
      if (!cue.denies) continue;
      drafts.push({
        start: subject.start,
        end: t.length,
        contentStart,
        contentEnd: t.length,
        sourcePhrase: subject.text,
        sourceFirst: true,
        cue,
      });
    }
  }
  return drafts;
}

/** The subject noun phrase before a cue: back to the previous clause boundary. */
function subjectBefore(before: string): { start: number; text: string } {
  const boundary =
    /(?:^|[,;:—]|\s(?:după ce|dupa ce|în timp ce|iar|și|că|after|while|when|and|but|that)\s|"\s)(?![^,;:—"]*(?:[,;:—"]|\s(?:după ce|în timp ce|iar|că|after|while|when|that)\s))/giu;
  let start = 0;
  for (const m of before.matchAll(boundary)) start = m.index + m[0].length;
  // An apposition before the cue ("ministrul sud-coreean, Shin Won-sik, a declarat") stays whole.
  const text = before.slice(start);
  return { start, text };
}

function sourceAfter(after: string): string {
  const m = /^\s*([^,.;:]+(?:,\s*\p{Lu}[^,.;:]*)?)/u.exec(after);
  return m ? m[1]! : '';
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,;:"'(—-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:"'(—-]/.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Finds every attributed claim in an article. Pure: no I/O, no clock, no randomness;
 * the same article always gives the same claims, with the same ids.
 */
export function extractClaims(article: ArticleInput): ExtractionResult {
  const body = article.body;
  const text = normalizeText(body);
  const language = article.language ?? detectLanguage(text);
  const lex = lexicon(language);
  const resolver = new SourceResolver(language);
  const published = new Date(article.publishedAt);
  const revision = article.revision ?? 1;
  const claims: Claim[] = [];
  const seen = new Set<string>();

  for (const s of splitSentences(text, language)) {
    resolver.notePeople(s.text);
    for (const d of draftsFor(s, lex)) {
      const source: EntityRef | null = resolver.resolve(d.sourcePhrase);
      if (!source) continue;
      const [cs, ce] = trimSpan(s.text, d.contentStart, d.contentEnd);
      if (ce - cs < 8) continue;
      const [ss, se] = trimSpan(s.text, Math.min(d.start, d.cue.start), d.end);
      const span = { start: s.start + ss, end: s.start + se };
      const key = `${span.start}:${span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const content = s.text.slice(cs, ce);
      // Time words outside the content say when the source spoke; inside it, what period it is about.
      const outside = s.text.slice(0, cs) + ' '.repeat(ce - cs) + s.text.slice(ce);
      const stated = findStatedAt(outside, published);
      const statedDate = stated ? new Date(`${stated.start}T00:00:00Z`) : published;
      const event = findEventTime(content, statedDate);
      const entities = gazetteer()
        .findMentions(content)
        .filter((m, i, all) => m.entity.id !== source.id && all.findIndex((x) => x.entity.id === m.entity.id) === i)
        .map((m) => ({ ...m.entity, surface: content.slice(m.start, m.end) }));
      claims.push({
        kind: 'claim',
        id: claimId(article.publisher, article.id, revision, span.start, span.end),
        articleId: article.id,
        publisher: article.publisher,
        revision,
        language,
        span,
        text: body.slice(span.start, span.end),
        source,
        cue: { surface: body.slice(s.start + d.cue.start, s.start + d.cue.end) },
        stance: d.cue.denies ? 'denies' : 'asserts',
        hedged: lex.hedge.test(content),
        content: body.slice(s.start + cs, s.start + ce),
        quantities: findQuantities(content, language),
        statedAt: stated
          ? { start: stated.start, ...(stated.end ? { end: stated.end } : {}), surface: stated.surface }
          : { start: published.toISOString().slice(0, 10) },
        ...(event ? { eventTime: { start: event.start, ...(event.end ? { end: event.end } : {}), surface: event.surface } } : {}),
        entities,
        confidence: source.kind === 'unknown' ? 0.5 : 0.8,
      });
    }
  }
  return { language, claims };
}
