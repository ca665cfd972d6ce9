import type { Claim } from '@claim-ledger/contracts';
import { PEOPLE_UNITS } from '@claim-ledger/extraction';
import { mainFigure, oneMeasure } from './figures';
import { ownPeriod } from './own-period';
import { sourceKey } from './source-key';
import { sameStory, storyKeys, storyOf, type StoryOf } from './story';
import { termsOf } from './terms';
import { TermWeights, type TermWeightModel } from './term-weights';
import termWeightModel from './term-weights.json';

// What a claim is about, as weighted keys: the words of its content (weighed by how rare
// they are), the entities it names, the unit of its figure and the frame of its action.
// Who says it is no part of it: a police count and an organisers' count of one rally
// are about the same thing.
const ENTITY_WEIGHT = 2;
const UNIT_WEIGHT = 2;
// Claims that report the same action between the same parties are about one thing,
// whoever says it and in whatever language.
const FRAME_WEIGHT = 12;
// How alike a claim reporting an action with one party named is to one naming both.
const PARTIAL_FRAME = 0.6;
// The weight of shared words when only one of two claims reports an action.
const ONE_FRAME = 0.4;
// How alike two figures in one unit are: the same source's, or naming a shared entity.
const SAME_SOURCE_FIGURE = 0.9;
const SHARED_ENTITY_FIGURE = 0.5;
// A claim is indexed under this many of the entities it names, at most.
const ENTITY_KEYS = 3;
// Keys two claims must share for their words to count: one shared word alone
// ("civilians") is no shared subject, even within one story.
const MIN_SHARED_KEYS = 2;
// Two counts in one unit, in one story, of one period, are of the same thing ("12,000 took
// part", "more than 40,000 marched"), whoever counts; a percentage needs more to share.
const FIGURE_IN_STORY = 0.45;
// How much more alike one source's two claims in one article (or one story) are than their words say.
// (Measured on the PolNeAR link gold, where 288 of 515 links are within one article:
// link F1 0.161 → 0.175; 2 gives 0.171, 3 gives 0.165.)
const RESTATED = 1.5;
// How alike two claims of one story giving the very same figure are (PolNeAR link gold:
// link F1 0.173 → 0.178; the held-out stories unchanged).
const SAME_FIGURE = 0.5;
// Counts this small recur in unrelated claims ("three people", "10 percent" less so).
const SMALL_COUNT = 10;
// How much less the words two claims share say when their articles tell different stories
// in one language (no heavy name in common, or more than a week apart): "deal", "Israel" and
// "broker" in December and in March are two questions. Across languages story names are
// translated ("Curtea de Conturi", "Court of Accounts"), so their absence says nothing there.
// (PolNeAR link gold: pairs across articles alike enough to join were linked in the gold 5
// times in 113 across stories, 38 in 77 within one; link F1 0.210 → 0.227, 0.221 at 0.7
// and 0.222 at 0; held-out stories and dev unchanged.)
const OTHER_STORY = 0.5;
// A claim is also looked up by this many names of its story.
const STORY_KEYS = 3;

export interface About {
  /** key → weight: `t:` word stems, `e:` entities, `u:` the figure's unit, `f:` the frame. */
  keys: Map<string, number>;
  /**
   * The same keys and weights as two arrays, in one order: similarity walks the smaller
   * claim's by index (iterating the Map's entries made an array a key, and similarity, run
   * for each candidate of each claim, was the linking engine's largest allocator, issue 15).
   */
  keyList: string[];
  weightList: number[];
  /** The vector's squared length. */
  norm2: number;
  unit?: string;
  frame?: string;
  /** The action with one party known ("sent arms to Moscow"): `a:` action|agent or `p:` action|patient. */
  partial?: string;
  /** The action's one-party forms, for a full frame: what partial frames it answers. */
  halves?: [string, string];
  /** The article it was read from. */
  article: string;
  /** The language it was written in: story names are compared within one language only. */
  language: string;
  /** Who says it: not part of what it is about, but the same source's figure in the same unit is the same measure. */
  source: string;
  /** The story its article tells, by the names it uses, and when it was said. */
  story: StoryOf;
  /** The year (or month) its figure is about, when it says. */
  period?: string;
  /** Its figure's value (a range's middle), for telling one measure from another. */
  magnitude?: number;
}

let weights: TermWeights | undefined;
const termWeights = () => (weights ??= new TermWeights(termWeightModel as TermWeightModel));

// What a claim is about depends on its record alone, and a claim is compared with many:
// worked out once per record object, kept as long as the object lives (the linker keeps
// the ledger's parsed records; a story's claims come back as candidates batch after batch,
// and working them out again was a fifth of the linking engine's CPU, issue 15). A claim
// record is never changed in place once read.
const abouts = new WeakMap<Claim, About>();

/** What a claim is about (see About). */
export function aboutOf(claim: Claim): About {
  let about = abouts.get(claim);
  if (!about) abouts.set(claim, (about = workOutAbout(claim)));
  return about;
}

function workOutAbout(claim: Claim): About {
  const keys = new Map<string, number>();
  const source = sourceKey(claim.source);
  for (const t of termsOf(claim.content)) keys.set(`t:${t}`, termWeights().weight(t));
  for (const e of claim.entities) if (e.id !== source && e.id !== 'anonymous') keys.set(`e:${e.id}`, ENTITY_WEIGHT);
  // A party nobody named ("anonymous": "Sullivan to send her …" with no sender found) is no
  // party: two such frames are not the same action between the same parties.
  const party = (id: string | undefined) => (id && id !== 'anonymous' ? id : undefined);
  const f = claim.frame && { action: claim.frame.action, agent: party(claim.frame.agent), patient: party(claim.frame.patient) };
  let frame: string | undefined;
  let partial: string | undefined;
  let halves: [string, string] | undefined;
  if (f?.agent && f.patient) {
    frame = `f:${f.action}|${f.agent}|${f.patient}`;
    halves = [`a:${f.action}|${f.agent}`, `p:${f.action}|${f.patient}`];
    keys.set(frame, FRAME_WEIGHT);
    keys.set(`e:${f.agent}`, ENTITY_WEIGHT);
    keys.set(`e:${f.patient}`, ENTITY_WEIGHT);
  } else if (f?.agent || f?.patient) partial = f.agent ? `a:${f.action}|${f.agent}` : `p:${f.action}|${f.patient}`;
  const fig = mainFigure(claim.quantities);
  const unit = fig?.unit && fig.unit !== 'mm' && !fig.vague ? fig.unit : undefined;
  if (unit) keys.set(`u:${unit}`, UNIT_WEIGHT);
  // (Walked with forEach: spreading the Map's iterators made an object a key, a third of
  // this function's allocation, issue 15.)
  let norm2 = 0;
  const keyList: string[] = [];
  const weightList: number[] = [];
  keys.forEach((w, k) => {
    keyList.push(k);
    weightList.push(w);
    norm2 += w * w;
  });
  const period = ownPeriod(claim)?.start?.slice(0, 4);
  const magnitude = fig ? (fig.value ?? (fig.min !== undefined && fig.max !== undefined ? (fig.min + fig.max) / 2 : undefined)) : undefined;
  // Every field is set, absent ones undefined, in one order: one shape for every About, so
  // that similarity, run for each candidate of each claim, reads its fields at one place
  // (objects of a dozen shapes made those reads the linking engine's costliest line).
  return {
    keys,
    keyList,
    weightList,
    norm2,
    unit: unit || undefined,
    frame: frame || undefined,
    partial: partial || undefined,
    halves: frame ? halves : undefined,
    article: claim.articleId,
    language: claim.language,
    source,
    story: storyOf(claim),
    period: period || undefined,
    magnitude: magnitude || undefined,
  };
}

// Counts of one thing by different sources differ by this factor at most ("12,000" against
// "more than 40,000"); a sum four times another is a sum of something else (a section's
// contract against the whole motorway).
const SAME_MEASURE_RATIO = 4;
function sameOrder(x: number | undefined, y: number | undefined): boolean {
  if (!x || !y) return true;
  return Math.max(x, y) / Math.min(x, y) <= SAME_MEASURE_RATIO;
}

/**
 * How alike two claims' subjects are, from 0 to 1: the cosine of their weighted keys.
 * Two claims that report the same action between the same parties are one (1); claims
 * that cannot be about one thing score 0: two figures in different units, two actions
 * with different parties.
 */
export function similarity(a: About, b: About): number {
  if (a.unit && b.unit && a.unit !== b.unit && !(PEOPLE_UNITS.has(a.unit) && PEOPLE_UNITS.has(b.unit))) return 0;
  if (a.frame && b.frame) return a.frame === b.frame ? 1 : 0;
  // "A sent arms to Moscow" (the sender not named) answers "X sent arms to Russia".
  if ((a.partial && b.halves?.includes(a.partial)) || (b.partial && a.halves?.includes(b.partial))) return PARTIAL_FRAME;
  if (a.norm2 === 0 || b.norm2 === 0) return 0;
  const small = a.keys.size <= b.keys.size ? a : b;
  const large = small === a ? b : a;
  let dot = 0;
  let entities = 0;
  let shared = 0;
  const keyList = small.keyList;
  for (let i = 0; i < keyList.length; i++) {
    const k = keyList[i]!;
    const v = large.keys.get(k);
    if (v !== undefined) {
      dot += small.weightList[i]! * v;
      shared++;
      if (k.startsWith('e:')) entities++;
    }
  }
  // A claim that reports an action and one that does not share its words less surely;
  // one shared word alone ("civilians") is no shared subject.
  const frames = a.frame || b.frame ? ONE_FRAME : 1;
  const story = sameStory(a.story, b.story);
  // One source saying it twice in one article (the lead, then a later paragraph), or quoted
  // by two articles of one story, needs fewer words in common to say the same thing.
  // (PolNeAR link gold, across articles: 16 of 18 such pairs alike enough to join are linked
  // in the gold, against 24 of 57 for two sources; link F1 0.192 → 0.199.)
  const restated = a.source === b.source && a.source !== 'anonymous' && (a.article === b.article || story);
  const cosine = (frames * dot) / Math.sqrt(a.norm2 * b.norm2);
  const told = story || a.article === b.article || a.language !== b.language ? 1 : OTHER_STORY;
  const words = shared >= MIN_SHARED_KEYS ? told * (restated ? Math.min(1, RESTATED * cosine) : cosine) : 0;
  // Figures in one unit with no action, across languages too: the same source's are one
  // measure (given again or revised) within one story (a candidate's "33,000 people a year"
  // lost to guns in December is not the "people" of her emails in May); different sources'
  // are when they name the same entities.
  if (a.unit && a.unit === b.unit && !a.frame && !b.frame) {
    // (A sum four times another is a sum of something else, whoever gives both.)
    if (a.source === b.source && a.source !== 'anonymous' && sameOrder(a.magnitude, b.magnitude) && told === 1)
      return Math.max(words, SAME_SOURCE_FIGURE);
    if (entities > 0 && sameOrder(a.magnitude, b.magnitude)) return Math.max(words, SHARED_ENTITY_FIGURE);
  }
  // The same figure in the same unit, and not a small count ("48 percent", "$2.4 billion"),
  // given by two claims of one story is one fact reported twice.
  if (
    story &&
    a.unit !== undefined &&
    a.unit === b.unit &&
    a.magnitude !== undefined &&
    b.magnitude !== undefined &&
    a.magnitude > SMALL_COUNT &&
    Math.abs(a.magnitude - b.magnitude) <= a.magnitude * 0.01 &&
    !a.frame &&
    !b.frame
  )
    return Math.max(words, SAME_FIGURE);
  // In one story, counts of one period and order are of one thing, whoever counts; a count
  // whose noun stands elsewhere ("the death toll has risen to five") goes with another's.
  // (With one unit missing, both must give a figure: no figure is no count.)
  const counted = (a.unit !== undefined && b.unit !== undefined) || (a.magnitude !== undefined && b.magnitude !== undefined);
  if (
    story &&
    counted &&
    oneMeasure(a.unit, b.unit) &&
    (a.unit ?? b.unit) !== '%' &&
    !a.frame &&
    !b.frame &&
    (!a.period || !b.period || a.period === b.period) &&
    sameOrder(a.magnitude, b.magnitude)
  )
    return Math.max(words, a.source === b.source && a.source !== 'anonymous' ? SAME_SOURCE_FIGURE : FIGURE_IN_STORY);
  return words;
}

/**
 * The keys a claim is looked up and indexed by: its frame, its figure's unit with its
 * source (where the same measure given again is found), its heaviest words, which few
 * other claims share, and the entities it names.
 */
export function lookupKeys(about: About, count: number): string[] {
  const out: string[] = [];
  if (about.frame) out.push(about.frame, ...about.halves!);
  if (about.partial) out.push(about.partial);
  if (about.unit && !about.frame) out.push(`m:${about.source}|${about.unit}`);
  // (By place in keyList and weightList: entry arrays of the Map, filtered and sorted, were
  // most of this function's allocation.)
  const { keyList: ks, weightList: ws } = about;
  const words: number[] = [];
  const entities: string[] = [];
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i]!;
    if (k.startsWith('e:')) entities.push(k);
    if (k.startsWith('t:') || k.startsWith('e:')) words.push(i);
  }
  words.sort((x, y) => ws[y]! - ws[x]! || (ks[x]! < ks[y]! ? -1 : 1));
  for (const i of words) {
    if (out.length >= count) break;
    out.push(ks[i]!);
  }
  // The entities it names, so that a denial by one of them finds it.
  entities.sort();
  for (let i = 0; i < entities.length && i < ENTITY_KEYS; i++) if (!out.includes(entities[i]!)) out.push(entities[i]!);
  // The names of its story, so that other articles of the story find it in any language.
  for (const k of storyKeys(about.story, STORY_KEYS)) if (!out.includes(k)) out.push(k);
  return out;
}
