import type { ArticleV1 } from '@claim-ledger/contracts';
import { seededRandom } from './bench-report';

/**
 * A deterministic synthetic news feed for the pipeline benchmark, in Romanian and
 * English: distinct stories (each about its own subject, place and figures, so that the
 * linker sees many small propositions rather than a handful of huge ones), a share of
 * wire copy republished word for word by many publishers (the linker's worst case, as in
 * real news), and later revisions of some articles with a figure changed.
 */
export interface FeedOptions {
  /** Article revisions in all (revisions included). */
  total: number;
  seed?: number;
  /** Share of the first revisions that are wire copy republished by other publishers. */
  wireShare?: number;
  /** Publishers republishing one wire story: from 5 up to this many. */
  maxRepublishers?: number;
  /** Share of the articles that get a second revision later in the feed. */
  revisionShare?: number;
}

const EN = {
  sources: [
    'Finance Minister Lena Ortiz',
    'The White House',
    'the Kremlin',
    'a senior official',
    "South Korea's defence ministry",
    'The port operator',
    'The central bank',
    'Police',
    'The mayor',
    'The health ministry',
    'Union leaders',
    'The company',
  ],
  cues: ['said', 'announced', 'told reporters', 'stated', 'confirmed'],
  days: ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday'],
  nouns: [
    'containers',
    'tonnes of grain',
    'shells',
    'vaccines',
    'jobs',
    'homes',
    'schools',
    'trucks',
    'barrels of oil',
    'tickets',
    'flights',
    'patients',
    'wind turbines',
    'buses',
    'laptops',
    'cattle',
    'tractors',
    'bridges',
    'hospital beds',
    'solar panels',
    'railway cars',
    'apartments',
    'textbooks',
    'drones',
    'ambulances',
  ],
  verbs: ['shipped', 'delivered', 'built', 'sold', 'seized', 'exported', 'imported', 'repaired', 'ordered', 'lost'],
  places: [
    'Poland',
    'Hungary',
    'Ukraine',
    'Moldova',
    'Bulgaria',
    'Serbia',
    'Greece',
    'Turkey',
    'Germany',
    'France',
    'Italy',
    'Spain',
    'Japan',
    'Brazil',
    'Kenya',
    'Egypt',
    'Norway',
    'Canada',
    'Mexico',
    'India',
  ],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'],
  narrative: [
    'The bridge reopened after three months of repairs, and traffic is flowing normally.',
    'Several meetings took place in the region between local authorities and hauliers.',
    'The project was launched two years ago with European funding.',
    'Talks went on late into the evening in what was described as a tense atmosphere.',
    'The issue has dominated debates in parliament over the past weeks.',
    'Markets reacted calmly, and the currency held steady against the dollar.',
    'First results are expected at the end of next month.',
  ],
};

const RO = {
  sources: [
    'Ministrul Finanțelor, Marcel Ionescu,',
    'Guvernul de la București',
    'Kremlinul',
    'Purtătorul de cuvânt al companiei, Ana Vlad,',
    'Un oficial de rang înalt',
    'Comisia Europeană',
    'Sindicatul feroviarilor',
    'Primarul',
    'Poliția',
    'Ministerul Sănătății',
  ],
  cues: ['a declarat', 'a anunțat', 'a precizat', 'a susținut', 'a transmis'],
  days: ['luni', 'marți', 'miercuri', 'joi', 'vineri'],
  nouns: [
    'containere',
    'tone de cereale',
    'obuze',
    'vaccinuri',
    'locuri de muncă',
    'locuințe',
    'școli',
    'camioane',
    'barili de petrol',
    'bilete',
    'zboruri',
    'pacienți',
    'turbine eoliene',
    'autobuze',
    'laptopuri',
    'tractoare',
    'poduri',
    'paturi de spital',
    'panouri solare',
    'vagoane',
    'apartamente',
    'manuale',
    'drone',
    'ambulanțe',
  ],
  verbs: ['livrate', 'construite', 'vândute', 'confiscate', 'exportate', 'importate', 'reparate', 'comandate', 'pierdute'],
  places: [
    'Polonia',
    'Ungaria',
    'Ucraina',
    'Republica Moldova',
    'Bulgaria',
    'Serbia',
    'Grecia',
    'Turcia',
    'Germania',
    'Franța',
    'Italia',
    'Spania',
    'Japonia',
    'Brazilia',
    'Kenya',
    'Egipt',
    'Norvegia',
    'Canada',
    'Mexic',
    'India',
  ],
  months: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie'],
  narrative: [
    'Podul peste Dunăre a fost redeschis după trei luni de lucrări, iar traficul se desfășoară normal.',
    'În regiune au avut loc mai multe întâlniri între reprezentanții autorităților locale și ai transportatorilor.',
    'Proiectul a fost lansat în urmă cu doi ani și a beneficiat de finanțare europeană.',
    'Discuțiile au continuat până seara târziu, într-o atmosferă descrisă drept tensionată.',
    'Tema a dominat dezbaterile din Parlament în ultimele săptămâni.',
    'Piețele au reacționat moderat, iar cursul leului a rămas stabil.',
    'Primele rezultate sunt așteptate la sfârșitul lunii viitoare.',
  ],
};

// Stories are about named things of their own (a plant, a port, a project), as real
// stories are: syllables make 8,000 such names, so distinct stories rarely share one.
const SYLLABLES = [
  'val',
  'dor',
  'mi',
  'ka',
  'ren',
  'tos',
  'lu',
  'bra',
  'nes',
  'cor',
  'vi',
  'sta',
  'mar',
  'en',
  'gol',
  'ri',
  'pha',
  'tu',
  'zel',
  'on',
];
const SITES_EN = ['plant', 'port', 'depot', 'terminal', 'mine', 'farm', 'hospital', 'shipyard', 'refinery', 'airport'];
const SITES_RO = ['uzina', 'portul', 'depozitul', 'terminalul', 'mina', 'ferma', 'spitalul', 'șantierul naval', 'rafinăria', 'aeroportul'];

interface StoryClaim {
  name: string;
  site: number;
  source: string;
  cue: string;
  day: string;
  amount: number;
  noun: string;
  verb: string;
  place: string;
  month: string;
}

interface Story {
  ro: boolean;
  claims: StoryClaim[];
  narrative: string[];
}

function story(r: () => number, ro: boolean): Story {
  const L = ro ? RO : EN;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  // A story is about one subject in one place; its claims give figures about it from several sources.
  const noun = pick(L.nouns);
  const place = pick(L.places);
  const verb = pick(L.verbs);
  const month = pick(L.months);
  const syllable = () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]!;
  const raw = `${syllable()}${syllable()}${syllable()}`;
  const name = raw.charAt(0).toUpperCase() + raw.slice(1);
  const site = Math.floor(r() * SITES_EN.length);
  const n = 3 + Math.floor(r() * 4);
  const claims = Array.from({ length: n }, (_, k) => ({
    name,
    site,
    source: pick(L.sources),
    cue: pick(L.cues),
    day: pick(L.days),
    amount: 100 * (1 + Math.floor(r() * 900)),
    // Most claims of a story are about its subject; some about a second one.
    noun: k % 3 === 2 ? pick(L.nouns) : noun,
    verb: k % 3 === 2 ? pick(L.verbs) : verb,
    place,
    month,
  }));
  return { ro, claims, narrative: Array.from({ length: 6 }, () => pick(L.narrative)) };
}

const fmt = (n: number, ro: boolean) => n.toLocaleString(ro ? 'ro-RO' : 'en-US');

function claimSentence(c: StoryClaim, ro: boolean): string {
  const src = c.source.charAt(0).toUpperCase() + c.source.slice(1);
  return ro
    ? `${src} ${c.cue} ${c.day} că ${fmt(c.amount, true)} de ${c.noun} au fost ${c.verb} la ${SITES_RO[c.site]} ${c.name} din ${c.place} din ${c.month}.`
    : `${src} ${c.cue} ${c.day} that ${fmt(c.amount, false)} ${c.noun} had been ${c.verb} at the ${c.name} ${SITES_EN[c.site]} in ${c.place} since ${c.month}.`;
}

function body(s: Story): string {
  const paragraphs: string[] = [];
  s.claims.forEach((c, k) => paragraphs.push(`${claimSentence(c, s.ro)} ${s.narrative[k % s.narrative.length]}`));
  paragraphs.push(s.narrative.slice(0, 3).join(' '));
  paragraphs.push(s.narrative.slice(3).join(' '));
  return paragraphs.join('\n\n');
}

/** The feed in publication order: first revisions, with wire copies and later revisions interleaved. */
export function pipelineFeed(options: FeedOptions): ArticleV1[] {
  const { total, seed = 7, wireShare = 0.3, maxRepublishers = 40, revisionShare = 0.1 } = options;
  const r = seededRandom(seed);
  const out: ArticleV1[] = [];
  const revisable: { article: ArticleV1; story: Story }[] = [];
  let n = 0;
  const firstRevisions = Math.round(total / (1 + revisionShare));
  while (out.length < firstRevisions) {
    const ro = n % 2 === 0;
    const s = story(r, ro);
    const wire = r() < wireShare / (wireShare + ((5 + maxRepublishers) / 2) * (1 - wireShare));
    const copies = wire ? 5 + Math.floor(r() * (maxRepublishers - 4)) : 1;
    const text = body(s);
    const day = 1 + (n % 28);
    for (let k = 0; k < copies && out.length < firstRevisions; k++) {
      const publisher = wire ? `${ro ? 'ro' : 'en'}-outlet-${k}` : `${ro ? 'ro' : 'en'}-news-${n % 25}`;
      const article: ArticleV1 = {
        id: `s${seed}-${n}-${k}`,
        publisher,
        body: text,
        language: ro ? 'ro' : 'en',
        publishedAt: `2024-03-${String(day).padStart(2, '0')}T${String(k % 24).padStart(2, '0')}:00:00Z`,
        revision: 1,
      };
      out.push(article);
      if (r() < revisionShare * 1.1) revisable.push({ article, story: s });
    }
    n++;
  }
  // Revisions: the same article later in the feed, with its first figure corrected.
  const feed = [...out];
  for (const { article, story: s } of revisable) {
    if (feed.length >= total) break;
    const corrected: Story = { ...s, claims: s.claims.map((c, k) => (k === 0 ? { ...c, amount: c.amount + 100 } : c)) };
    const at = Math.min(feed.length, feed.indexOf(article) + 50 + Math.floor(r() * 200));
    feed.splice(at, 0, { ...article, body: body(corrected), revision: 2 });
  }
  return feed;
}
