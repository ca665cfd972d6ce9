import type { EntityRef } from '@claim-ledger/contracts';
import { gazetteer, type EntityMention } from './gazetteer';
import { fold } from './normalize-text';
import { tokenize, type Token } from './phrase-index';

/**
 * The canonical slots of what a claim says: a kind of action, who does it and to or
 * with whom. Claims in different languages and words ("Phenianul a trimis Rusiei",
 * "North Korea shipped to Russia") meet on the same frame.
 */
export interface Frame {
  action: string;
  agent?: string;
  patient?: string;
}

interface ActionClass {
  action: string;
  /** Verb forms that carry the action in an assertion (finite, participle, subjunctive). */
  verbs: readonly string[];
  /** Verb forms whose subject receives rather than gives ("received from"). */
  reverse?: readonly string[];
  /** Nouns that name the action; enough for a denial ("denied the transfers"). */
  nominals?: readonly string[];
}

// Bilingual lexicon of the actions claims report. English gerunds are left out on
// purpose: "condemned X for providing Y" does not assert the providing.
const ACTIONS: readonly ActionClass[] = [
  {
    action: 'transfer',
    verbs: [
      'send',
      'sends',
      'sent',
      'ship',
      'ships',
      'shipped',
      'deliver',
      'delivers',
      'delivered',
      'supply',
      'supplies',
      'supplied',
      'provide',
      'provides',
      'provided',
      'transfer',
      'transfers',
      'transferred',
      'export',
      'exports',
      'exported',
      'sell',
      'sells',
      'sold',
      // Verbs of transport move goods from one party to another as much as "shipped" does.
      'carried',
      'carries',
      'transported',
      'transports',
      'trimis',
      'trimite',
      'trimită',
      'trimis-o',
      'expediat',
      'expediază',
      'expedieze',
      'livrat',
      'livrează',
      'livreze',
      'livra',
      'furnizat',
      'furnizează',
      'furnizeze',
      'furniza',
      'transferat',
      'transferă',
      'exportat',
      'exportă',
      'vândut',
      'vinde',
    ],
    reverse: [
      'received',
      'receives',
      'receive',
      'obtained',
      'bought',
      'imported',
      'primit',
      'primește',
      'primească',
      'obținut',
      'cumpărat',
      'importat',
    ],
    nominals: [
      'transfer',
      'transfers',
      'shipment',
      'shipments',
      'delivery',
      'deliveries',
      'supplies',
      'deal',
      'exports',
      'sales',
      'transferul',
      'transferurile',
      'transferuri',
      'livrare',
      'livrări',
      'livrările',
      'livrarea',
      'exporturile',
      'acord',
      'acordul',
    ],
  },
  { action: 'visit', verbs: ['visited', 'visits', 'travelled', 'traveled', 'arrived', 'vizitat', 'vizitează', 'călătorit', 'sosit'] },
  {
    action: 'attack',
    verbs: [
      'attacked',
      'attacks',
      'struck',
      'shelled',
      'bombed',
      'invaded',
      'launched',
      'fired',
      'strikes',
      'atacat',
      'atacă',
      'bombardat',
      'lovit',
      'invadat',
      'lansat',
      'lansează',
      'tras',
    ],
    nominals: ['attack', 'attacks', 'atac', 'atacul', 'atacurile'],
  },
  { action: 'meet', verbs: ['met', 'meets', 'întâlnit', 'întâlnește'] },
  {
    action: 'sanction',
    verbs: ['sanctioned', 'sanctions', 'sancționat', 'sancționează'],
    nominals: ['sanctions', 'sancțiuni', 'sancțiunile'],
  },
  { action: 'agree', verbs: ['signed', 'agreed', 'semnat', 'convenit'], nominals: ['agreement', 'treaty', 'acordul', 'tratatul'] },
];

const VERB_INDEX = new Map<string, { action: string; reverse: boolean }>();
const NOMINAL_INDEX = new Map<string, string>();
for (const a of ACTIONS) {
  for (const v of a.verbs) VERB_INDEX.set(fold(v), { action: a.action, reverse: false });
  for (const v of a.reverse ?? []) VERB_INDEX.set(fold(v), { action: a.action, reverse: true });
  for (const n of a.nominals ?? []) NOMINAL_INDEX.set(fold(n), a.action);
}

const SOURCE_PREPOSITIONS = new Set(['from', 'din', 'de la', 'dinspre']);
const TARGET_PREPOSITIONS = new Set(['to', 'catre', 'spre', 'for', 'pentru']);
/** Whether the word or two words right before `at` are one of `prepositions` ("to", "de la"). */
function prepositionBefore(text: string, at: number, prepositions: ReadonlySet<string>): boolean {
  const words = fold(text.slice(Math.max(0, at - 10), at))
    .trim()
    .split(/\s+/);
  return prepositions.has(words[words.length - 1] ?? '') || prepositions.has(words.slice(-2).join(' '));
}

// English -ing forms assert only after a form of "be" ("is supplying", "have been sending");
// elsewhere ("condemned X for providing Y") they do not.
const PROGRESSIVE = new Map<string, { action: string; reverse: boolean }>(
  (
    [
      ['transfer', false, ['sending', 'shipping', 'delivering', 'supplying', 'providing', 'transferring', 'exporting', 'selling']],
      ['transfer', true, ['receiving', 'obtaining', 'buying', 'importing']],
      ['attack', false, ['attacking', 'striking', 'shelling', 'bombing', 'launching', 'firing']],
    ] as [string, boolean, string[]][]
  ).flatMap(([action, reverse, forms]) => forms.map((f) => [f, { action, reverse }] as [string, { action: string; reverse: boolean }])),
);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be', "'s", "'re"]);

/**
 * The frame of a claim's content: the first action verb, the last named party before
 * it (or the subject given outside the content: "a acuzat Nordul că…", or the source
 * itself when the content starts with "it" or drops its subject) and the first other
 * party after it.
 * Returns null when the content reports no known action.
 */
export function frameOf(
  content: string,
  implicitAgent: string | undefined,
  denial: boolean,
  mentions: readonly EntityMention[] = gazetteer().findMentions(content),
  tokens: readonly Token[] = tokenize(content),
): Frame | null {
  let verbAt = -1;
  let hit: { action: string; reverse: boolean } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    hit = VERB_INDEX.get(tokens[i]!.key) ?? (i > 0 && BE_FORMS.has(tokens[i - 1]!.key) ? PROGRESSIVE.get(tokens[i]!.key) : undefined);
    if (hit) {
      verbAt = tokens[i]!.start;
      break;
    }
  }
  let action = hit?.action;
  if (!action && denial) {
    for (const t of tokens) {
      const n = NOMINAL_INDEX.get(t.key);
      if (n) {
        action = n;
        break;
      }
    }
    if (!action) return null;
    // A nominal frame names its parties only by a maker's adjective ("arme nord-coreene",
    // "North Korean weapons": the giver) or a preposition ("to Russia", "către Rusia": the
    // receiver); the rest comes from the context.
    const nominal: Frame = { action };
    for (const t of tokens) {
      const d = gazetteer().demonym(content.slice(t.start, t.end));
      if (d) {
        nominal.agent = d.id;
        break;
      }
    }
    const to = mentions.find((m) => prepositionBefore(content, m.start, TARGET_PREPOSITIONS) && m.entity.id !== nominal.agent);
    if (to) nominal.patient = to.entity.id;
    return nominal;
  }
  if (!action) return null;
  const before = mentions.filter((m) => m.end <= verbAt);
  const after = mentions.filter((m) => m.start >= verbAt);
  let agent: string | undefined = before[before.length - 1]?.entity.id;
  if (!agent) {
    // "Russian forces launched…", "forțele ruse au lansat…": a demonym names the party.
    for (const t of tokens) {
      if (t.start >= verbAt) break;
      const d = gazetteer().demonym(content.slice(t.start, t.end));
      if (d) agent = d.id;
    }
  }
  if (!agent && implicitAgent) agent = implicitAgent;
  let patient: string | undefined;
  if (hit!.reverse) {
    // "X received Y from Z": Z gives, X receives.
    // "from Pyongyang", "din Coreea", "de la Phenian".
    const from = after.find((m) => prepositionBefore(content, m.start, SOURCE_PREPOSITIONS));
    patient = agent;
    agent = from?.entity.id;
  } else {
    patient = after.find((m) => m.entity.id !== agent)?.entity.id;
  }
  const frame: Frame = { action };
  if (agent) frame.agent = agent;
  if (patient) frame.patient = patient;
  return frame;
}

/** The country or organisation a source speaks for: itself, or the country in its aliases. */
export function sourceParties(source: EntityRef): string[] {
  const out = [source.id];
  for (const a of source.aliases ?? []) if (/^country:/.test(a)) out.push(a);
  return out;
}

/**
 * Fills what a frame leaves open from the other claims of the same article: an agent
 * or patient missing from "the cargo was loaded…", and the whole frame of a denial
 * that names only "the allegations" (it denies the article's claim about its source).
 */
export function completeFrames(
  frames: (Frame | null)[],
  sources: readonly EntityRef[],
  denials: readonly boolean[],
  refersBack: readonly boolean[],
): (Frame | null)[] {
  const out = frames.map((f) => (f ? { ...f } : null));
  out.forEach((f, i) => {
    if (f && f.agent && f.patient) return;
    const parties = sourceParties(sources[i]!);
    if (denials[i]) {
      // A denial of "the allegations" answers the article's claim that concerns the denying
      // source, made by someone else (a source does not deny its own claim). A denial with
      // an object of its own ("denies targeting civilians") is about that object instead.
      if (!f && !refersBack[i]) return;
      const target = out.find(
        (g, k): g is Frame =>
          Boolean(g && g.agent && g.patient && !denials[k]) &&
          (!f || g!.action === f.action) &&
          (parties.includes(g!.agent!) || parties.includes(g!.patient!)) &&
          !sourceParties(sources[k]!).some((p) => parties.includes(p)),
      );
      if (target) out[i] = { ...target };
      else if (f && (f.agent === undefined) !== (f.patient === undefined)) {
        // "Moscova a negat informațiile despre armele nord-coreene": the denier is the other party.
        const own = parties.find((p) => p.startsWith('country:')) ?? parties[0]!;
        if (f.agent === undefined && own !== f.patient) out[i] = { ...f, agent: own };
        if (f.patient === undefined && own !== f.agent) out[i] = { ...f, patient: own };
      }
      return;
    }
    if (!f) return;
    const earlier = out
      .slice(0, i)
      .reverse()
      .find((g): g is Frame => Boolean(g && g.action === f.action && g.agent && g.patient));
    if (!earlier) return;
    if (!f.agent && (!f.patient || f.patient === earlier.patient)) out[i] = { ...earlier };
    else if (!f.patient && f.agent === earlier.agent) out[i] = { ...earlier };
  });
  return out;
}

/** Words by which a denial points back at what others said: "the allegations", "acuzațiile". */
export const REFERS_BACK =
  /(?<![\p{L}])(?:allegation|accusation|claim|report|charge|suggestion|assertion|acuza|afirma|informa|relat|zvon|speculat|transfer|deal|shipment|deliver|livr|acord)/iu;
