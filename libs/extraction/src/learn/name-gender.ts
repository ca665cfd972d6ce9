import { fold } from '../normalize-text';

/** First names of people that a corpus showed to be women's or men's. */
export interface NameGenderModel {
  provenance: string;
  /** First names (folded, lower case). */
  female: string[];
  male: string[];
}

/** The honorifics of a language, by the gender they give the name after them ("Mrs.", "doamna"). */
export interface Honorifics {
  female: ReadonlySet<string>;
  male: ReadonlySet<string>;
}

// A first name counts when the corpus gave it a gender this many times …
const MIN_SEEN = 2;
// … and the same one this share of the time.
const MIN_SHARE = 0.9;
// A name runs this many capitalised words at most.
const MAX_NAME_WORDS = 3;

const WORD = /\p{L}[\p{L}'’.-]*/gu;
const isCapitalised = (w: string) => w[0] !== w[0]!.toLowerCase();

/**
 * Learns the gender of first names from running text: an honorific gives its name a
 * gender ("Mrs. Clinton", "Ms. Hillary Clinton", "doamna Maria Popescu"), and in the same
 * text the full name with that surname gives its first name the same one ("Hillary
 * Clinton"). No name is typed by hand: what a pronoun ("she", "ea") may stand for is then
 * known for names the corpus has seen.
 */
export function learnNameGender(
  texts: Iterable<string>,
  honorifics: Honorifics,
  provenance: string,
  /** Common words of the languages read ("Secretary", "In"): no first names. */
  isCommon: (word: string) => boolean = () => false,
): NameGenderModel {
  const counts = new Map<string, { f: number; m: number }>();
  const count = (name: string, g: 'f' | 'm') => {
    const c = counts.get(name) ?? { f: 0, m: 0 };
    c[g]++;
    counts.set(name, c);
  };
  for (const text of texts) {
    const words = [...text.matchAll(WORD)].map((m) => m[0]);
    const surnames = new Map<string, 'f' | 'm' | null>();
    // Names after an honorific.
    for (let i = 0; i + 1 < words.length; i++) {
      const h = fold(words[i]!.toLowerCase());
      const g = honorifics.female.has(h) ? 'f' : honorifics.male.has(h) ? 'm' : null;
      if (!g) continue;
      const run: string[] = [];
      for (let k = i + 1; k < words.length && run.length < MAX_NAME_WORDS && isCapitalised(words[k]!); k++) {
        const w = words[k]!;
        run.push(w.replace(/(?:['’]s|[.’'])+$/u, ''));
        // A stop or a possessive ends the name ("Mr. Trump. Trump …", "Mr. Cruz's campaign").
        if (/[.’']/u.test(w.slice(-2))) break;
      }
      if (run.length === 0) continue;
      const surname = fold(run[run.length - 1]!.toLowerCase());
      surnames.set(surname, surnames.has(surname) && surnames.get(surname) !== g ? null : g);
      if (run.length > 1 && !isCommon(fold(run[0]!.toLowerCase()))) count(fold(run[0]!.toLowerCase()), g);
    }
    // Full names with a surname the text gave a gender, where the text names one person so
    // ("Hillary Clinton" after "Mrs. Clinton"; not "Ivanka Trump" beside "Donald Trump").
    const firstNames = new Map<string, Set<string>>();
    for (let i = 0; i + 1 < words.length; i++) {
      const first = words[i]!;
      const last = words[i + 1]!;
      if (!isCapitalised(first) || !isCapitalised(last) || /[.’']/u.test(first) || /['’]s$/u.test(last)) continue;
      const h = fold(first.toLowerCase());
      if (honorifics.female.has(h) || honorifics.male.has(h) || isCommon(h)) continue;
      const surname = fold(last.replace(/[.’']+$/u, '').toLowerCase());
      if (!surnames.get(surname)) continue;
      firstNames.set(surname, (firstNames.get(surname) ?? new Set()).add(h));
    }
    for (const [surname, names] of firstNames) if (names.size === 1) count([...names][0]!, surnames.get(surname)!);
  }
  const female: string[] = [];
  const male: string[] = [];
  for (const [name, c] of counts) {
    const n = c.f + c.m;
    if (n < MIN_SEEN || name.length < 2) continue;
    if (c.f / n >= MIN_SHARE) female.push(name);
    else if (c.m / n >= MIN_SHARE) male.push(name);
  }
  return { provenance, female: female.sort(), male: male.sort() };
}
