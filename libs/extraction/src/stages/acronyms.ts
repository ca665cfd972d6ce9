import type { EntityRef } from '@claim-ledger/contracts';
import { fold } from '../normalize-text';

// "Inspectoratul General pentru Situații de Urgență (IGSU)", "the Alliance for Local
// Development (ADL)": an acronym in brackets after the name it stands for.
const DEFINED = /\((\p{Lu}[\p{Lu}\p{N}]{1,7})\)/gu;
// The name is looked for this far before the bracket.
const NAME_WINDOW = 120;

/** The acronyms an article defines, each with the text before its bracket (folded), where its name ends. */
export function acronymsIn(text: string): { acronym: string; before: string }[] {
  const out: { acronym: string; before: string }[] = [];
  for (const m of text.matchAll(DEFINED))
    out.push({ acronym: m[1]!, before: fold(text.slice(Math.max(0, m.index - NAME_WINDOW), m.index)).trimEnd() });
  return out;
}

/**
 * One institution under one id in any language, by the acronym the article defines for
 * it: a source named by its acronym ("IGSU"), or by the words that stand right before the
 * acronym's bracket ("Inspectoratul General pentru Situații de Urgență", "the emergency
 * services inspectorate"), is `org:<acronym>`, or the gazetteer's entity when it knows the
 * acronym. People keep their own ids.
 */
export function byAcronym(
  source: EntityRef,
  defined: readonly { acronym: string; before: string }[],
  known: (acronym: string) => Omit<EntityRef, 'surface'> | undefined = () => undefined,
): EntityRef {
  if (source.id.startsWith('country:') || source.id === 'anonymous') return source;
  const written = fold((source.surface || source.name).trim());
  // "Alianța pentru Dezvoltare Locală (ADL)": the surface gives its acronym itself.
  const own = /\(([\p{L}\p{N}]{2,8})\)?$/u.exec(written);
  const surface = written.replace(/\s*\([^)]*\)?$/u, '').replace(/^(?:the|a|an)\s+/, '');
  if (!own && source.kind === 'person' && !source.id.startsWith('person:unnamed') && /\s/.test(source.name)) {
    // "IGSU spokeswoman Ionela Pârvu", "coordonatoarea OEC, Raluca Neagu": a person who
    // speaks for the institution keeps her id and has it as an alias.
    const words = new Set((source.surface ?? '').split(/[^\p{L}\p{N}]+/u));
    const office = defined.find((d) => words.has(d.acronym));
    if (!office) return source;
    const id = known(office.acronym)?.id ?? `org:${office.acronym.toLowerCase()}`;
    return source.aliases?.includes(id) ? source : { ...source, aliases: [...(source.aliases ?? []), id] };
  }
  if (surface.length < 2) return source;
  for (const d of defined) {
    const named = own?.[1] === fold(d.acronym) || surface === fold(d.acronym) || (surface.length >= 8 && d.before.endsWith(surface));
    if (!named) continue;
    // One the gazetteer knows keeps its canonical id ("INS" is org:ins-ro).
    const entity = known(d.acronym);
    if (entity) return { ...entity, surface: source.surface };
    return { ...source, id: `org:${d.acronym.toLowerCase()}`, kind: 'organization', aliases: [...(source.aliases ?? []), d.acronym] };
  }
  return source;
}
