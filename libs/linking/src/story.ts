import type { Claim } from '@claim-ledger/contracts';
import { storyNameKey } from '@claim-ledger/extraction';
import { TermWeights, type TermWeightModel } from './term-weights';
import termWeightModel from './term-weights.json';

// Two claims are of one story when their articles share names this heavy in all (a
// name's weight is how rare its first letters are in news: "Dobrescu" weighs about 10,
// "Romania" or "Ministry" under 6, so two common names alone make no story) …
export const STORY_MIN_WEIGHT = 12;
// … and were published within this many days of each other.
export const STORY_DAYS = 7;
const DAY = 86_400_000;

let weights: TermWeights | undefined;
const nameWeights = () => (weights ??= new TermWeights(termWeightModel as TermWeightModel));

/** What places a claim in its story: its article's names, weighed, and the day it was stated. */
export interface StoryOf {
  names: Map<string, number>;
  /**
   * The same names and weights as two arrays, in one order: sameStory, run for each
   * candidate of each claim, walks them by index (iterating the Map's entries made an
   * array an entry, most of the linking engine's similarity allocation, issue 15).
   */
  nameList: readonly string[];
  weightList: readonly number[];
  day: number;
}

/** A story of these weighed names on this day (days since 1970). */
export function storyOfNames(names: Map<string, number>, day: number): StoryOf {
  return { names, nameList: [...names.keys()], weightList: [...names.values()], day };
}

export function storyOf(claim: Claim): StoryOf {
  const names = new Map<string, number>();
  for (const n of claim.story?.names ?? []) names.set(n, n.startsWith('n:') ? nameWeights().weight(n.slice(2)) : STORY_MIN_WEIGHT / 2);
  // Articles days apart tell one story, whatever day each claim says it was made.
  return storyOfNames(names, Math.floor(Date.parse(claim.story?.publishedOn ?? claim.statedAt.start) / DAY));
}

/** Whether two claims are of one story: their articles share heavy names, days apart at most. */
export function sameStory(a: StoryOf, b: StoryOf): boolean {
  if (Math.abs(a.day - b.day) > STORY_DAYS || a.names.size === 0 || b.names.size === 0) return false;
  let weight = 0;
  const { nameList, weightList } = a;
  for (let i = 0; i < nameList.length; i++) if (b.names.has(nameList[i]!)) weight += weightList[i]!;
  return weight >= STORY_MIN_WEIGHT;
}

/** A story's heaviest names, to look claims of the same story up by. */
export function storyKeys(s: StoryOf, count: number): string[] {
  return [...s.names]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, count)
    .map(([n]) => n);
}

/** The names written in a text (capitalised words and acronyms), as story names are kept ("n:dobre"). */
export function namesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]{2,}/gu)) out.add(`n:${storyNameKey(m[0].toLowerCase())}`);
  return out;
}
