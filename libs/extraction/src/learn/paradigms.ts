/**
 * Inflection paradigms learned from a treebank's verbs: for verbs whose lemma ends the
 * same way ("-a", "-ea", "-e", "-i"), the endings their forms take ("declara" →
 * "declară", "declarat", "declarând", "declara", "declarase"). A lexicon of lemmas then
 * knows every form of its words, the way a morphological lexicon would, without a list
 * of forms typed by hand.
 */
export interface ParadigmModel {
  provenance: string;
  /** Per lemma ending: the edits [characters to strip from the lemma, text to add] its forms take. */
  classes: [string, [number, string][]][];
  /**
   * The forms seen of each lemma, [lemma, forms]: irregular verbs and stem alternations
   * ("arăta" → "arată", "crede" → "crezut") that no ending rule gives.
   */
  seen?: [string, string[]][];
  /**
   * Verbs whose reflexive is a verb of its own ("se află", is located; "a afla", to learn):
   * their "se" is no impersonal report (`learnInherentReflexives`).
   */
  inherentReflexives?: string[];
}

// A verb is inherently reflexive when its "se" is marked so (UD's expl:pv) this often at
// least, and in most of its reflexive uses.
const MIN_REFLEXIVE_USES = 3;
const MIN_REFLEXIVE_SHARE = 0.8;

/** The lemmas whose reflexive clitic a treebank marks as part of the verb (expl:pv), not as a passive or impersonal. */
export function learnInherentReflexives(sentences: readonly { lemma: string; head: number; deprel: string }[][]): string[] {
  const uses = new Map<string, { inherent: number; all: number }>();
  for (const s of sentences)
    for (const w of s) {
      if (!w.deprel.startsWith('expl') || w.head < 1) continue;
      const verb = s[w.head - 1];
      if (!verb) continue;
      const u = uses.get(verb.lemma) ?? { inherent: 0, all: 0 };
      u.all++;
      if (w.deprel === 'expl:pv') u.inherent++;
      uses.set(verb.lemma, u);
    }
  return [...uses]
    .filter(([, u]) => u.inherent >= MIN_REFLEXIVE_USES && u.inherent / u.all >= MIN_REFLEXIVE_SHARE)
    .map(([l]) => l.toLowerCase())
    .sort();
}

// Lemma endings of up to this many letters name a class.
const MAX_CLASS_ENDING = 2;
// An edit belongs to a class when this many different lemmas of the class show it.
const MIN_LEMMAS = 3;

function editOf(lemma: string, form: string): [number, string] {
  let k = 0;
  while (k < form.length && k < lemma.length && form[k] === lemma[k]) k++;
  return [lemma.length - k, form.slice(k)];
}

/** Learns the classes from (form, lemma) pairs of verbs. */
export function trainParadigms(verbs: readonly [string, string][], provenance: string): ParadigmModel {
  const byClass = new Map<string, Map<string, Set<string>>>();
  for (const [form, lemma] of verbs) {
    const [strip, add] = editOf(lemma, form);
    for (let n = 1; n <= Math.min(MAX_CLASS_ENDING, lemma.length - 2); n++) {
      // A class changes its ending, never the stem before it: "lua" → "ia" is the verb's own
      // (kept in `seen`), and as an edit of "-a" it made "afla" → "aia", "indica" → "india";
      // nor is suppletion a paradigm ("fi" → "este").
      if (strip > n) continue;
      const end = lemma.slice(-n);
      const edits = byClass.get(end) ?? new Map<string, Set<string>>();
      const key = `${strip}|${add}`;
      const lemmas = edits.get(key) ?? new Set<string>();
      lemmas.add(lemma);
      edits.set(key, lemmas);
      byClass.set(end, edits);
    }
  }
  const classes: [string, [number, string][]][] = [];
  for (const [end, edits] of [...byClass].sort((a, b) => a[0].localeCompare(b[0]))) {
    const kept = [...edits]
      .filter(([, lemmas]) => lemmas.size >= MIN_LEMMAS)
      .map(([k]) => k.split('|'))
      .map(([s, a]) => [Number(s), a!] as [number, string])
      .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
    if (kept.length) classes.push([end, kept]);
  }
  const byLemma = new Map<string, Set<string>>();
  for (const [form, lemma] of verbs) {
    if (form === lemma) continue;
    const forms = byLemma.get(lemma) ?? new Set<string>();
    forms.add(form);
    byLemma.set(lemma, forms);
  }
  // Only what the classes do not already give is kept.
  const partial = { provenance, classes };
  const seen: [string, string[]][] = [];
  for (const [lemma, forms] of [...byLemma].sort((a, b) => a[0].localeCompare(b[0]))) {
    const given = new Set(formsOf(partial, lemma));
    const more = [...forms].filter((f) => !given.has(f)).sort();
    if (more.length) seen.push([lemma, more]);
  }
  return { provenance, classes, seen };
}

// A prefix this long at least makes a verb of another ("de-scrie", "re-cunoaște").
const MIN_PREFIX = 2;

/** The forms seen of `lemma`, and of verbs made from it with a prefix ("descria" gives "scria"). */
function seenForms(model: ParadigmModel, lemma: string): string[] {
  const out: string[] = [];
  for (const [other, forms] of model.seen ?? []) {
    if (other === lemma) out.push(...forms);
    else if (other.length >= lemma.length + MIN_PREFIX && other.endsWith(lemma)) {
      const prefix = other.slice(0, other.length - lemma.length);
      for (const f of forms) if (f.startsWith(prefix) && f.length > prefix.length + 1) out.push(f.slice(prefix.length));
    }
  }
  return out;
}

/**
 * Every form the paradigms of `lemma` give, the lemma included: those of each class its
 * ending belongs to ("-a" and "-ia" for "sublinia"). A form no verb has is never looked
 * up, so a class that gives too much costs nothing.
 */
export function formsOf(model: ParadigmModel, lemma: string): string[] {
  const classes = new Map(model.classes);
  const out = new Set([lemma]);
  for (let n = 1; n <= Math.min(MAX_CLASS_ENDING, lemma.length - 2); n++)
    for (const [strip, add] of classes.get(lemma.slice(-n)) ?? []) out.add(lemma.slice(0, lemma.length - strip) + add);
  for (const f of seenForms(model, lemma)) out.add(f);
  return [...out];
}
