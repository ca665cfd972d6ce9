import { isLowerAt, isUpperAt } from './char-classes';
import { isFunctionWord, type LanguagePack } from './lang/language-pack';
import { isCueWord } from './stages/cues';

// A headline has at least this many words, and this share of them capitalised.
const MIN_WORDS = 4;
const MIN_CAPITALISED = 0.75;
// Function words written with a capital past the first word: what sets title case apart
// from a sentence full of names ("Trump Says He's Unlikely To Have A Good Relationship").
const MIN_CAPITALISED_FUNCTION_WORDS = 2;
// A headline is a short line: longer ones are paragraphs, passed over unread.
const MAX_HEADLINE_CHARS = 250;

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/**
 * Headlines in title case, where every word has a capital, so cues, function words and
 * names look alike ("Clinton Says Russians Hacked DNC"): in a line whose function words are
 * capitalised too, the words the language's corpora write in lower case (the pack's common
 * words) are put in lower case past the first word; names keep their capitals. Lengths are
 * kept, so offsets still map to the body (a word whose lower case has another length stays).
 */
export function foldTitleCase(text: string, pack: LanguagePack): string {
  const common = pack.commonWords;
  if (!common) return text;
  let out: string | null = null;
  let at = 0;
  // (Read once, and only for a text with a headline in title case.)
  let named: ReadonlySet<string> | null = null;
  const namedInText = () => (named ??= capitalisedOutsideTitles(text));
  while (at <= text.length) {
    const end = text.indexOf('\n', at);
    const stop = end < 0 ? text.length : end;
    // (Most lines are paragraphs, longer than a headline: passed over unread.)
    const folded =
      stop - at <= MAX_HEADLINE_CHARS && mostlyCapitalised(text, at, stop)
        ? titleLine(text.slice(at, stop), pack, common, namedInText)
        : null;
    if (folded !== null && folded !== text.slice(at, stop)) out = (out ?? text.slice(0, at)) + folded;
    else if (out !== null) out += text.slice(at, stop);
    if (end < 0) break;
    if (out !== null) out += '\n';
    at = end + 1;
  }
  return out ?? text;
}

/**
 * Whether most words of text[from, to) start with a capital, and its first MIN_WORDS all do,
 * by their first characters (a screen: titleLine counts again with the words' letters). A
 * sentence shows a word in lower case within its first few, so most are read no further.
 */
function mostlyCapitalised(text: string, from: number, to: number): boolean {
  let words = 0;
  let capitals = 0;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 0x20 || (i > from && text.charCodeAt(i - 1) !== 0x20)) continue;
    const letter = caseOf(text, i);
    // (A word opened by a digit, a quote or "#" counts neither way: "52PM", "‘No", "#NeverTrump".)
    if (letter === 0) continue;
    words++;
    if (letter > 0) capitals++;
    else if (words <= MIN_WORDS) return false;
  }
  return words >= MIN_WORDS && capitals >= MIN_CAPITALISED * words;
}

/** 1 for a capital at text[i], -1 for a lower-case letter, 0 for any other character. */
function caseOf(text: string, i: number): number {
  return isUpperAt(text, i) ? 1 : isLowerAt(text, i) ? -1 : 0;
}

/**
 * The words a text writes with a capital outside its title-case lines ("Woods said …",
 * "Mr. Gates said …"), a possessive's ending taken off: names, by the text's own use.
 */
function capitalisedOutsideTitles(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  let at = 0;
  while (at < text.length) {
    let stop = text.indexOf('\n', at);
    if (stop < 0) stop = text.length;
    if (!mostlyCapitalised(text, at, stop))
      for (const m of text.slice(at, stop).matchAll(CAPITALISED)) out.add(m[0].replace(/['’]s?$/u, ''));
    at = stop + 1;
  }
  return out;
}
const CAPITALISED = /\p{Lu}[\p{L}'’-]*/gu;

/**
 * Whether a word the corpora do not know is an inflected form of one they write in lower
 * case, by the pack's endings of verbs in titles ("Defends", "Explains", "Responds": "Ben
 * Carson Defends Himself"), and the text never writes it with a capital outside its titles,
 * as it would a name ("Woods said …").
 */
function plainInflected(
  word: string,
  lower: string,
  pack: LanguagePack,
  common: ReadonlySet<string>,
  named: () => ReadonlySet<string>,
): boolean {
  const ending = pack.titleVerbEndings?.find(
    (e) => lower.length > e.length + 3 && lower.endsWith(e) && common.has(lower.slice(0, -e.length)),
  );
  return ending !== undefined && !(pack.commonNameWords?.has(lower.slice(0, -ending.length)) ?? false) && !named().has(word);
}

function titleLine(line: string, pack: LanguagePack, common: ReadonlySet<string>, named: () => ReadonlySet<string>): string {
  if (line.length > MAX_HEADLINE_CHARS) return line;
  const words = [...line.matchAll(WORD)];
  if (words.length < MIN_WORDS) return line;
  let capitalised = 0;
  let functionWords = 0;
  words.forEach((m, i) => {
    if (!isUpperAt(m[0], 0)) return;
    capitalised++;
    if (i > 0 && isFunctionWord(m[0].toLowerCase(), pack)) functionWords++;
  });
  if (capitalised < MIN_CAPITALISED * words.length || functionWords < MIN_CAPITALISED_FUNCTION_WORDS) return line;
  // A name: a capitalised word the corpora do not write in lower case ("Trump", "Cameron", "DNC"),
  // nor its stem ("Defends").
  const name = (k: number) => {
    const w = words[k]?.[0];
    return w !== undefined && isUpperAt(w, 0) && !common.has(w.toLowerCase()) && !plainInflected(w, w.toLowerCase(), pack, common, named);
  };
  let out = '';
  let at = 0;
  for (let k = 1; k < words.length; k++) {
    const m = words[k]!;
    const word = m[0];
    const lower = word.toLowerCase();
    // (A word in capitals throughout is an acronym: "DNC", "ISIS".)
    if (!isUpperAt(word, 0) || lower.length !== word.length || (word.length > 1 && word === word.toUpperCase())) continue;
    if (!common.has(lower)) {
      if (plainInflected(word, lower, pack, common, named)) {
        out += line.slice(at, m.index) + lower;
        at = m.index! + word.length;
      }
      continue;
    }
    // A common word beside a name is part of it ("Neil Young", "Hope Hicks", "Ban Ki-moon"),
    // where the corpora capitalise it in names at all ("Donald Trump Just …", "Things Donald
    // Trump Has Said": never), and unless it is a function word or a cue ("Trump Says", "With
    // David Cameron").
    if (
      (name(k - 1) || name(k + 1)) &&
      (pack.commonNameWords?.has(lower) ?? true) &&
      !isFunctionWord(lower, pack) &&
      !isCueWord(pack, lower)
    )
      continue;
    out += line.slice(at, m.index) + lower;
    at = m.index! + word.length;
  }
  return out + line.slice(at);
}
