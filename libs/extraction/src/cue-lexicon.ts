/**
 * Attribution cues per language. Verb cues are listed as participles or finite forms
 * and matched as whole words; `denies` marks cues whose content the source rejects.
 */
export interface VerbCue {
  form: string;
  denies: boolean;
}

const ro = (forms: string, denies = false): VerbCue[] => forms.split(' ').map((form) => ({ form, denies }));

export const VERB_CUES: Record<string, readonly VerbCue[]> = {
  ro: [
    ...ro(
      'declarat afirmat anunțat precizat susținut spus informat acuzat adăugat transmis subliniat arătat explicat estimat raportat confirmat dezvăluit avertizat menționat relatat comunicat insistat admis recunoscut declarată',
    ),
    ...ro('negat respins dezmințit infirmat contestat', true),
    // Present tense.
    ...ro('declară afirmă spune susține anunță precizează acuză estimează arată avertizează consideră apreciază scrie relatează'),
    ...ro('neagă respinge dezminte infirmă contestă', true),
  ],
  en: [
    ...ro(
      'said says told stated announced added claimed alleged reported accused estimated noted confirmed warned explained insisted argued wrote revealed disclosed acknowledged admitted believes believed maintained asserted',
    ),
    ...ro('denied denies deny dismissed dismisses rejected rejects refuted disputed', true),
  ],
};

/** Auxiliaries that may stand before a Romanian participle cue. */
export const RO_AUXILIARIES = ['a', 'au', 'ar', 'am', 'ai', 'ați', 'a mai', 'au mai', 'ar fi', 'au fost'];

/** Prepositional cues: "potrivit X", "according to X". */
export const PREPOSITIONAL_CUES: Record<string, readonly string[]> = {
  ro: ['potrivit', 'conform', 'după cum a declarat', 'citat de', 'în opinia'],
  en: ['according to', 'as quoted by', 'in the words of'],
};

/** Words that introduce reported content after a cue. */
export const COMPLEMENTIZERS: Record<string, readonly string[]> = {
  ro: ['că', 'ca'],
  en: ['that'],
};

/** Words in the content that show the source qualifies it. */
export const HEDGES: Record<string, readonly string[]> = {
  ro: ['ar fi', 'ar putea', 'ar avea', 'ar urma', 'posibil', 'probabil', 'se pare', 'aparent'],
  en: ['may', 'might', 'could', 'possibly', 'probably', 'reportedly', 'allegedly', 'apparently', 'believed to'],
};
