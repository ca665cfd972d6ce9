import type { Claim, Quantity } from '@claim-ledger/contracts';
import { extractClaims } from '@claim-ledger/extraction';
import { compatible, intervalOf } from './figures';
import { aboutOf, similarity } from './about';
import {
  ALIKE_ELSEWHERE,
  fileClaims,
  InMemoryPropositions,
  JOIN_THRESHOLD,
  linkClaims,
  MAX_CONFLICTS,
  MAX_CORROBORATIONS,
  propositionsOf,
  relateFiled,
  type LinkResult,
} from './link-claims';
import { relateClaims } from './relate-claims';

// The project's own mini-stories, in both languages: who sends what to whom, who
// denies it, who changes their figure.
let n = 0;
const extract = (body: string, language: string, publishedAt: string, publisher = 'test') =>
  extractClaims({ id: `a${n++}`, publisher, body, language, publishedAt }).claims;

describe('propositions: what a claim is about', () => {
  const proposition = (claims: Claim[][]) => {
    // Each inner list is one article, linked at once, as the linker links an article's claims.
    const ledger = new InMemoryPropositions();
    return claims.map((cs) => {
      const result = ledger.link(cs);
      return cs.map((c) => result.propositions.get(c.id));
    });
  };

  it('files a Romanian and an English claim about the same transfer together, and not a claim about something else', () => {
    const [ro] = extract('Guvernul Poloniei a anunțat că Germania a livrat Ucrainei 20 de tancuri.', 'ro', '2025-03-03T10:00:00Z');
    const [en] = extract('Berlin has sent 20 tanks to Kyiv, the Polish government said.', 'en', '2025-03-04T10:00:00Z');
    const [other] = extract('Berlin has sent 20 tanks to Warsaw, officials said.', 'en', '2025-03-04T10:00:00Z');
    const [[p1], [p2], [p3]] = proposition([[ro!], [en!], [other!]]);
    expect(p2).toBe(p1);
    expect(p3).not.toBe(p1);
  });

  it('reads "received from" as the same transfer, the other way round', () => {
    const [given] = extract('Moscova a livrat Phenianului alimente, a precizat ministrul.', 'ro', '2025-03-03T10:00:00Z');
    const [received] = extract('North Korea received food from Russia, officials said.', 'en', '2025-03-04T10:00:00Z');
    const [[p1], [p2]] = proposition([[given!], [received!]]);
    expect(p2).toBe(p1);
  });

  it('gives a denial that names only "the allegations" the proposition of the claim it answers', () => {
    const claims = extract(
      'Turkey has delivered drones to Azerbaijan, the Armenian defence ministry said on Monday.\n\nAnkara dismissed the allegations as baseless.',
      'en',
      '2025-03-03T10:00:00Z',
    );
    expect(claims.map((c) => c.stance)).toEqual(['asserts', 'denies']);
    const [[p1, p2]] = proposition([claims]);
    expect(p2).toBe(p1);
  });

  it('reads what a denial answers in its cue too, when its content names nothing ("dismissed the claims as a smear")', () => {
    const en = extract(
      'Opposition leader Ion Marin said the Vaslui town hall had rigged the tender for the new road.\n\nThe town hall dismissed the claims as a smear by a rival that cannot accept defeat.',
      'en',
      '2025-03-03T10:00:00Z',
    );
    const ro = extract(
      'Deputatul Ion Marin a declarat că primăria din Vaslui a trucat licitația pentru drumul nou.\n\nPrimăria a respins acuzațiile ca fiind nefondate.',
      'ro',
      '2025-03-03T10:00:00Z',
    );
    for (const claims of [en, ro]) {
      expect(claims.map((c) => c.stance)).toEqual(['asserts', 'denies']);
      const [[p1, p2]] = proposition([claims]);
      expect(p2).toBe(p1);
    }
  });

  it('gives a denial the claim its object names by the cue’s stem, past a claim reported between', () => {
    const claims = extract(
      'Partidul Reformei Civice acuză primăria din Vaslui că a trucat licitația pentru drumul nou.\n\nCandidatul primăriei a câștigat alegerile cu 52% din voturi, potrivit Biroului Electoral.\n\nPrimăria a respins acuzațiile ca fiind nefondate.',
      'ro',
      '2025-03-03T10:00:00Z',
    );
    expect(claims.map((c) => c.stance)).toEqual(['asserts', 'asserts', 'denies']);
    const [[accused, result, denial]] = proposition([claims]);
    expect(denial).toBe(accused);
    expect(denial).not.toBe(result);
  });

  it('reads a denial’s object by a noun of saying only ("transferul" names no "transmis")', () => {
    const claims = extract(
      'Ministerul Finanțelor a transmis că bugetul va crește anul viitor.\n\nPresa locală a scris că primarul a primit bani de la constructor.\n\nPrimarul a negat transferul de bani.',
      'ro',
      '2025-03-03T10:00:00Z',
    );
    expect(claims.map((c) => c.stance)).toEqual(['asserts', 'asserts', 'denies']);
    const [[budget, press, denial]] = proposition([claims]);
    expect(denial).toBe(press);
    expect(denial).not.toBe(budget);
  });

  it('reads a denial’s cue only for what it is said of, not its source or asides ("denied to reporters")', () => {
    const claims = extract(
      'Opposition leader Ion Marin said the new stadium in Vaslui would cost twice as much as planned.\n\nThe army denied to reporters that its soldiers had fired on protesters in the capital.',
      'en',
      '2025-03-03T10:00:00Z',
    );
    expect(claims.map((c) => c.stance)).toEqual(['asserts', 'denies']);
    const [[p1, p2]] = proposition([claims]);
    expect(p2).not.toBe(p1);
  });

  it('files a denial from another article, in other words, with the accusation it answers', () => {
    const [accusation] = extract(
      'Armenia said that Turkish drones had been delivered to Azerbaijan by Turkey in March.',
      'en',
      '2025-03-03T10:00:00Z',
      'am',
    );
    const [denial] = extract('Ankara rejected the allegations as baseless.', 'en', '2025-03-04T10:00:00Z', 'tr');
    const ledger = new InMemoryPropositions();
    const first = ledger.link([accusation!]);
    const second = ledger.link([denial!]);
    expect(second.propositions.get(denial!.id)).toBe(first.propositions.get(accusation!.id));
    expect(second.links).toEqual([
      expect.objectContaining({ relation: 'conflicts', reason: expect.stringMatching(/denies what Armenia asserts/) }),
    ]);
  });

  it("files a denial with no object of its own with the accusation of another publisher's article of the same id", () => {
    const accusation = extractClaims({
      id: '1',
      publisher: 'first-paper',
      language: 'en',
      body: 'The Civic Reform Party accused the Alliance for Local Development of buying votes in Negresti-Vale with food vouchers, party leader Victor Anghel said.',
      publishedAt: '2025-06-09T10:00:00Z',
    }).claims[0]!;
    const denial = extractClaims({
      id: '1',
      publisher: 'second-paper',
      language: 'en',
      body: 'The Alliance for Local Development denied any involvement, spokeswoman Carmen Lupu told reporters in Negresti-Vale on Tuesday.',
      publishedAt: '2025-06-10T10:00:00Z',
    }).claims[0]!;
    expect(denial.stance).toBe('denies');
    const ledger = new InMemoryPropositions();
    const first = ledger.link([accusation]);
    const second = ledger.link([denial]);
    expect(second.propositions.get(denial.id)).toBe(first.propositions.get(accusation.id));
    expect(second.links.map((l) => l.relation)).toEqual(['conflicts']);
  });

  it('files a denial with no object of its own with the accusation of its story in another article, and not one of another story', () => {
    const [accusation] = extract(
      'The Civic Reform Party accused the Alliance for Local Development of buying votes in Negresti-Vale with food vouchers, party leader Victor Anghel said.',
      'en',
      '2025-06-09T10:00:00Z',
      'x',
    );
    const body =
      'The Alliance for Local Development denied any involvement, spokeswoman Carmen Lupu told reporters in Negresti-Vale on Tuesday.';
    const [denial] = extract(body, 'en', '2025-06-10T10:00:00Z', 'y');
    expect(denial!.stance).toBe('denies');
    const ledger = new InMemoryPropositions();
    const first = ledger.link([accusation!]);
    const second = ledger.link([denial!]);
    expect(second.propositions.get(denial!.id)).toBe(first.propositions.get(accusation!.id));
    expect(second.links.map((l) => l.relation)).toEqual(['conflicts']);
    // Months later, in another story, the same words answer nothing filed here.
    const [later] = extract(body.replace('Negresti-Vale', 'Brasov'), 'en', '2025-11-10T10:00:00Z', 'z');
    expect(ledger.link([later!]).propositions.get(later!.id)).not.toBe(first.propositions.get(accusation!.id));
  });

  it('files a denial with the accusation that names the denier in words, not as an entity', () => {
    const [accusation] = extract(
      'The opposition accused the health minister of buying ventilators at inflated prices.',
      'en',
      '2025-03-01T10:00:00Z',
      'x',
    );
    const [denial] = extract('The health minister rejected the accusations as baseless.', 'en', '2025-03-02T10:00:00Z', 'y');
    const ledger = new InMemoryPropositions();
    const first = ledger.link([accusation!]);
    const second = ledger.link([denial!]);
    expect(second.propositions.get(denial!.id)).toBe(first.propositions.get(accusation!.id));
    expect(second.links.map((l) => l.relation)).toEqual(['conflicts']);
  });

  it("files two sources counting one thing together, whoever counts: a police count and an organisers' count of one rally", () => {
    const [police] = extract(
      'About 20,000 people joined the rally against the pension reform in Lyon, police said.',
      'en',
      '2025-03-03T10:00:00Z',
    );
    const [organisers] = extract(
      'At least 70,000 people joined the rally against the pension reform in Lyon, the unions said.',
      'en',
      '2025-03-03T18:00:00Z',
    );
    const ledger = new InMemoryPropositions();
    const first = ledger.link([police!]);
    const second = ledger.link([organisers!]);
    expect(second.propositions.get(organisers!.id)).toBe(first.propositions.get(police!.id));
    expect(second.links).toEqual([expect.objectContaining({ relation: 'conflicts', independent: true })]);
    expect(second.links[0]!.reason).toMatch(/about 20,000 people \(police\)/);
    expect(second.links[0]!.reason).toMatch(/more than 70,000 people \(the unions\)/);
  });

  it('relates a claim that joins a proposition to its members the keys did not find: a count they missed still conflicts', () => {
    const [police] = extract(
      'About 20,000 people joined the rally against the pension reform in Lyon, police said.',
      'en',
      '2025-03-03T10:00:00Z',
    );
    const [organisers] = extract(
      'At least 70,000 people joined the rally against the pension reform in Lyon, the unions said.',
      'en',
      '2025-03-03T18:00:00Z',
    );
    const [mayor] = extract(
      'About 20,000 people joined the rally against the pension reform in Lyon, the mayor said.',
      'en',
      '2025-03-04T10:00:00Z',
    );
    const propositionId = 'prop_rally';
    const filed = [
      { claim: police!, propositionId },
      { claim: organisers!, propositionId },
    ];
    // The keys find the police count only; the proposition's members are both counts.
    const keysFindOne = () => [filed[0]!];
    const without = linkClaims([mayor!], keysFindOne);
    const withMembers = linkClaims([mayor!], keysFindOne, (p) => (p === propositionId ? filed : []));
    const withUnions = (r: LinkResult) => r.links.find((l) => l.from === organisers!.id || l.to === organisers!.id);
    expect(without.propositions.get(mayor!.id)).toBe(propositionId);
    expect(withUnions(without)).toBeUndefined();
    expect(withUnions(withMembers)).toMatchObject({ relation: 'conflicts', independent: true });
  });

  it('files once and relates after: the members read for a joined proposition change the links, not the filing', () => {
    const [police] = extract('About 20,000 people joined the march for the climate in Nantes, police said.', 'en', '2025-04-01T10:00:00Z');
    const [organisers] = extract(
      'At least 60,000 people joined the march for the climate in Nantes, the organisers said.',
      'en',
      '2025-04-01T18:00:00Z',
    );
    const [prefect, mayor] = extract(
      'About 20,000 people joined the march for the climate in Nantes, the prefect said. ' +
        'The mayor said that about 25,000 people joined the march for the climate in Nantes.',
      'en',
      '2025-04-02T10:00:00Z',
    );
    const propositionId = 'prop_march';
    const filed = [
      { claim: police!, propositionId },
      { claim: organisers!, propositionId },
    ];
    const keysFindOne = () => [filed[0]!];
    const membersOf = (p: string) => (p === propositionId ? filed : []);
    const filings = fileClaims([prefect!, mayor!], keysFindOne);
    // The mayor's claim sees the prefect's, filed before it in the same call.
    expect(filings.map((f) => f.member.propositionId)).toEqual([propositionId, propositionId]);
    expect(filings.every((f) => f.joined)).toBe(true);
    const once = linkClaims([prefect!, mayor!], keysFindOne, membersOf);
    expect(propositionsOf(filings)).toEqual(once.propositions);
    expect(relateFiled(filings, membersOf)).toEqual(once.links);
    // Without the members, the organisers' count the keys missed is related to neither.
    const touchesOrganisers = (links: LinkResult['links']) => links.some((l) => l.from === organisers!.id || l.to === organisers!.id);
    expect(touchesOrganisers(relateFiled(filings))).toBe(false);
    expect(touchesOrganisers(relateFiled(filings, membersOf))).toBe(true);
  });

  it('keeps claims about different things apart, even from one source on one day', () => {
    const claims = extract(
      'The minister said the talks with the unions were constructive. The minister also said the new hospital in Cluj would open in May.',
      'en',
      '2025-03-03T10:00:00Z',
    );
    expect(claims).toHaveLength(2);
    const [[p1, p2]] = proposition([claims]);
    expect(p2).not.toBe(p1);
  });

  it('files one source saying a thing twice in one article together, with fewer words in common than two sources need', () => {
    const body = (second: string) =>
      `The governor said the state would close the Harlow coal plant by 2030 under the new climate plan, ending decades of mining in the valley, retraining workers and building solar farms on the old pits. ${second} said the state would end coal by 2030.`;
    const same = extract(body('The governor also'), 'en', '2025-03-03T10:00:00Z');
    const other = extract(body('The mayor also'), 'en', '2025-03-03T10:00:00Z');
    expect(same).toHaveLength(2);
    expect(other).toHaveLength(2);
    const [[s1, s2]] = proposition([same]);
    const [[o1, o2]] = proposition([other]);
    expect(s2).toBe(s1);
    expect(o2).not.toBe(o1);
  });
});

describe('one source quoted by two articles of one story', () => {
  it('files its two claims together with fewer words in common than two sources need', () => {
    const first = extract(
      'Governor Aldo Brenner of Wexmoor said the state would close the Harlow coal plant by 2030 under the new climate plan, ending decades of mining in the valley, retraining workers and building solar farms on the old pits.',
      'en',
      '2025-03-03T10:00:00Z',
      'gazette',
    );
    const second = (who: string) =>
      extract(
        `Miners from Harlow protested in Wexmoor on Tuesday against the climate plan of Governor Aldo Brenner. ${who} said the state would end coal by 2030.`,
        'en',
        '2025-03-04T10:00:00Z',
        'herald',
      );
    const same = second('Brenner');
    const other = second('Mayor Ilse Korda');
    expect(first).toHaveLength(1);
    expect(same.at(-1)!.source.id).toBe(first[0]!.source.id);
    expect(other.at(-1)!.source.id).not.toBe(first[0]!.source.id);
    const fileWith = (later: Claim[]) => {
      const ledger = new InMemoryPropositions();
      const a = ledger.link(first);
      const b = ledger.link(later);
      return b.propositions.get(later.at(-1)!.id) === a.propositions.get(first[0]!.id);
    };
    expect(fileWith(same)).toBe(true);
    expect(fileWith(other)).toBe(false);
  });
});

describe('a very alike claim filed under another proposition', () => {
  it('is linked, though the claim does not join its proposition, whose other members are about other things', () => {
    const [a] = extract(
      'The mayor of Tarrow said the old tram depot would become a public library by 2027.',
      'en',
      '2025-03-03T10:00:00Z',
      'p1',
    );
    const [b1] = extract('The mayor of Tarrow said parking fees in the centre would double in April.', 'en', '2025-03-03T10:00:00Z', 'p1');
    const [b2] = extract('The mayor of Tarrow said the river festival would move to September.', 'en', '2025-03-03T10:00:00Z', 'p1');
    const [c] = extract(
      'The city council said the tram depot of Tarrow would be turned into a library.',
      'en',
      '2025-03-04T10:00:00Z',
      'p2',
    );
    // (Both articles of one story, the depot's, as their other sentences would tell by its names.)
    a!.story = c!.story = { names: ['n:tarro', 'n:varga'], publishedOn: '2025-03-03' };
    const s = similarity(aboutOf(a!), aboutOf(c!));
    // Alike enough to link, not to join a proposition two of whose three members are about other things.
    expect(s).toBeGreaterThanOrEqual(ALIKE_ELSEWHERE);
    expect(s / 3).toBeLessThan(JOIN_THRESHOLD);
    const filed = [a!, b1!, b2!].map((claim) => ({ claim, propositionId: 'prop_town' }));
    const result = linkClaims([c!], () => filed);
    expect(result.propositions.get(c!.id)).not.toBe('prop_town');
    expect(result.links).toEqual([
      expect.objectContaining({
        from: a!.id,
        to: c!.id,
        relation: 'corroborates',
        reason: expect.stringMatching(/filed under another proposition/),
      }),
    ]);
  });
});

describe('bounded fan-out', () => {
  it('keeps every conflict, and corroborations from a few independent sources only', () => {
    const ledger = new InMemoryPropositions();
    // Six governments say it in their own words (not one wire copy republished).
    const words = [
      'artillery shells',
      'shells for its guns',
      'ammunition and shells',
      'shells by rail',
      'millions of shells',
      'shells and rockets',
    ];
    const say = (who: string, day: number) =>
      extract(
        `North Korea has sent ${words[day - 1]} to Russia, ${who} said.`,
        'en',
        `2025-03-${String(day).padStart(2, '0')}T10:00:00Z`,
        who,
      );
    const all = ['Japan', 'Poland', 'Germany', 'Canada', 'Australia', 'Sweden'].map((who, i) => ledger.link(say(who, i + 1)));
    const last = all[all.length - 1]!;
    expect(last.links.filter((l) => l.relation === 'corroborates')).toHaveLength(MAX_CORROBORATIONS);
    expect(new Set(all.map((r) => [...r.propositions.values()][0])).size).toBe(1);
    const denial = ledger.link(
      extract('Russia denied that North Korea had sent it artillery shells.', 'en', '2025-03-09T10:00:00Z', 'tass'),
    );
    expect(denial.links.filter((l) => l.relation === 'conflicts').length).toBeGreaterThanOrEqual(MAX_CORROBORATIONS);
  });
});

describe('bounded conflicts and updates', () => {
  it('keeps one conflict per other source and figure, and a bounded number in all', () => {
    const ledger = new InMemoryPropositions();
    // A crowd counted by many sources, each figure republished by several outlets.
    const counts = [12000, 18000, 22000, 40000, 15000, 30000, 25000, 35000, 45000, 50000];
    counts.forEach((n, i) =>
      [1, 2, 3].forEach((copy) =>
        ledger.link(
          extract(
            `About ${n.toLocaleString('en-US')} people took part in the teachers' march in Bucharest, source ${i} said.`,
            'en',
            `2025-03-13T${String(8 + i).padStart(2, '0')}:0${copy}:00Z`,
            `outlet-${i}-${copy}`,
          ),
        ),
      ),
    );
    const last = ledger.link(
      extract(`About 60,000 people took part in the teachers' march in Bucharest, the union said.`, 'en', '2025-03-14T10:00:00Z', 'union'),
    );
    const conflicts = last.links.filter((l) => l.relation === 'conflicts');
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts.length).toBeLessThanOrEqual(MAX_CONFLICTS);
  });
});

describe('relations', () => {
  const ledger = new InMemoryPropositions();
  const day1 = extract(
    'Serbia has exported about 5,000 shells to Ukraine since January, Croatian officials said on Monday.',
    'en',
    '2025-03-03T10:00:00Z',
  );
  const day2 = extract(
    'Serbia a exportat în Ucraina aproximativ 6.000 de obuze, au declarat luni oficiali croați.',
    'ro',
    '2025-04-07T10:00:00Z',
    'other',
  );
  const day3 = extract('Belgrade denied that it had exported shells to Ukraine.', 'en', '2025-04-08T10:00:00Z');
  const day4 = extract('Serbia has exported 60,000 shells to Ukraine since January, Hungary said.', 'en', '2025-04-09T10:00:00Z');
  const results = [day1, day2, day3, day4].map((claims) => ledger.link(claims));
  const links = results.flatMap((r) => r.links);
  const propositionOf = new Map(results.flatMap((r) => [...r.propositions]));
  const between = (a: Claim, b: Claim) => links.find((l) => (l.from === a.id && l.to === b.id) || (l.from === b.id && l.to === a.id));

  it('the same source with a new figure later updates', () => {
    expect(between(day1[0]!, day2[0]!)).toMatchObject({ relation: 'updates', from: day1[0]!.id, independent: false });
    expect(between(day1[0]!, day2[0]!)!.reason).toMatch(/about 5,000 shells then about 6,000 shells, same source .* 35 days later/);
  });

  it('a later count another source says has risen to a higher figure updates the first; one risen lower, or not said to have risen, conflicts', () => {
    const [first] = extract('Trei persoane au murit în inundații, a anunțat inspectoratul.', 'ro', '2025-09-22T10:00:00Z', 'a');
    const [risen] = extract(
      'The death toll from the floods has risen to five, the emergency services said.',
      'en',
      '2025-09-23T10:00:00Z',
      'b',
    );
    const [lower] = extract(
      'The death toll from the floods has risen to two, the emergency services said.',
      'en',
      '2025-09-23T10:00:00Z',
      'b',
    );
    const [other] = extract('Five people died in the floods, the emergency services said.', 'en', '2025-09-23T10:00:00Z', 'b');
    expect(relateClaims(first!, risen!)).toMatchObject({ relation: 'updates', from: first!.id, independent: true });
    expect(relateClaims(first!, risen!).reason).toMatch(/^3 people \(.*\) then 5 deaths \(.*\), 1 days later: the count has risen$/);
    expect(relateClaims(first!, lower!).relation).toBe('conflicts');
    expect(relateClaims(first!, other!).relation).toBe('conflicts');
  });

  it('a share another source gives a day or more later is the share measured again (updates); on the same day it conflicts', () => {
    const [march] = extract(
      'Clinton led Sanders 48 percent to 41 percent, a poll by the institute found.',
      'en',
      '2025-03-20T10:00:00Z',
      'a',
    );
    const [may] = extract('Clinton leads Sanders 46 percent to 44 percent, the survey showed.', 'en', '2025-05-26T10:00:00Z', 'b');
    const [sameDay] = extract('Clinton leads Sanders 46 percent to 44 percent, the survey showed.', 'en', '2025-03-20T10:00:00Z', 'b');
    expect(relateClaims(march!, may!)).toMatchObject({ relation: 'updates', from: march!.id, independent: true });
    expect(relateClaims(march!, may!).reason).toMatch(/^48% \(.*\) then 46% \(.*\), 67 days later: the share measured again$/);
    expect(relateClaims(march!, sameDay!).relation).toBe('conflicts');
  });

  it('a share measured again is neither one that holds with the first (corroborates) nor one of the same period it names (conflicts)', () => {
    const [march] = extract('Inflation was about 46 percent, the institute said.', 'en', '2025-03-20T10:00:00Z', 'a');
    const [close] = extract('Inflation was 46.2 percent, the statistics office said.', 'en', '2025-03-24T10:00:00Z', 'b');
    expect(relateClaims(march!, close!).relation).toBe('corroborates');
    const [october] = extract('Inflation in October was 4.5 percent, the institute said.', 'en', '2025-11-12T10:00:00Z', 'c');
    const [eurostat] = extract('Inflation in October was 4.8 percent, Eurostat said.', 'en', '2025-11-14T10:00:00Z', 'd');
    expect(relateClaims(october!, eurostat!).relation).toBe('conflicts');
  });

  it('reads a risen count wherever its figure stands in the sentence, not at the first place its digits do', () => {
    const [first] = extract('Three people died in the floods, the inspectorate announced.', 'en', '2025-09-22T10:00:00Z', 'a');
    const [risen] = extract(
      'By 15:00 the death toll from the floods had risen to 15, the emergency services said.',
      'en',
      '2025-09-23T10:00:00Z',
      'b',
    );
    expect(risen!.quantities.map((q) => q.surface)).toEqual(['15']);
    expect(relateClaims(first!, risen!)).toMatchObject({ relation: 'updates', from: first!.id });
  });

  it('a denial conflicts, whatever the language; one conflict per source is stored, membership says the rest', () => {
    expect(between(day1[0]!, day3[0]!)).toMatchObject({ relation: 'conflicts', independent: true });
    // The Croatian officials' later claim is in the same proposition, of the opposite stance; their earliest one holds the stored conflict.
    expect(between(day2[0]!, day3[0]!)).toBeUndefined();
    expect(propositionOf.get(day2[0]!.id)).toBe(propositionOf.get(day3[0]!.id));
  });

  it('figures that cannot both hold for the same period conflict; compatible ones corroborate', () => {
    expect(between(day1[0]!, day4[0]!)).toMatchObject({ relation: 'conflicts', independent: true });
    expect(between(day1[0]!, day4[0]!)!.reason).toMatch(/about 5,000 shells .* vs 60,000 shells/);
  });

  it('a period inferred from the claims around one tells no two periods apart', () => {
    // Hungary's 60,000 since January against a 5,000 said to be about last year: two periods, no conflict…
    const lastYear = { start: '2024-01-01', end: '2024-12-31', surface: 'last year' };
    expect(relateClaims({ ...day1[0]!, eventTime: lastYear }, day4[0]!).relation).toBe('corroborates');
    // …unless that period was only inferred from the claim before it in its article.
    expect(relateClaims({ ...day1[0]!, eventTime: { ...lastYear, inferred: true } }, day4[0]!).relation).toBe('conflicts');
  });

  it('orders every link earlier claim first', () => {
    for (const l of links) {
      const all = [...day1, ...day2, ...day3, ...day4];
      const from = all.find((c) => c.id === l.from)!;
      const to = all.find((c) => c.id === l.to)!;
      expect(from.statedAt.start <= to.statedAt.start).toBe(true);
    }
  });

  it('one source on one day, once in a denial and once in a negative assertion, holds one position; days later it conflicts', () => {
    const [said] = extract('The ministry said the army had not sent troops to the northern border.', 'en', '2025-03-03T10:00:00Z', 'p1');
    expect(said!.stance).toBe('asserts');
    const denial: Claim = {
      ...said!,
      id: 'clm_denial',
      articleId: 'other',
      stance: 'denies',
      content: 'the army sent troops to the northern border',
    };
    expect(relateClaims(said!, denial)).toMatchObject({ relation: 'corroborates', independent: false });
    expect(relateClaims(said!, denial).reason).toMatch(/one position in other words: same source/);
    const later = { ...denial, statedAt: { start: '2025-03-10' } };
    expect(relateClaims(said!, later)).toMatchObject({ relation: 'conflicts' });
    // Membership would read the two stances as a conflict: the corroboration is stored.
    const ledger = new InMemoryPropositions();
    const first = ledger.link([said!]);
    const second = ledger.link([denial]);
    expect(second.propositions.get(denial.id)).toBe(first.propositions.get(said!.id));
    // (Said the same day, the two are ordered by id, which follows the test's article ids.)
    expect(second.links).toHaveLength(1);
    expect(second.links[0]).toMatchObject({ relation: 'corroborates' });
    expect([second.links[0]!.from, second.links[0]!.to].sort()).toEqual([said!.id, denial.id].sort());
  });

  it('the same wire copy republished corroborates but is not independent', () => {
    const body = 'Serbia has exported about 5,000 shells to Ukraine, Croatian officials said on Monday.';
    const [a] = extract(body, 'en', '2025-03-03T10:00:00Z', 'wire');
    const [b] = extract(body, 'en', '2025-03-03T12:00:00Z', 'reprint');
    expect(relateClaims(a!, { ...b!, source: { ...b!.source, id: 'country:HR-other' } })).toMatchObject({
      relation: 'corroborates',
      independent: false,
    });
  });
});

describe('an attack reported in two languages', () => {
  const ledger = new InMemoryPropositions();
  const en = extract(
    'Russian forces launched 96 drones at Ukraine overnight, the Ukrainian air force said on Wednesday.\n\nThe Russian defence ministry said its forces had struck energy facilities in Ukraine. Moscow denies targeting civilians.\n\nAccording to the United Nations, at least 12,000 civilians have been killed since February 2022.',
    'en',
    '2024-11-20T12:00:00Z',
  );
  const ro = extract(
    'Rusia a lansat aproximativ 90 de drone asupra Ucrainei, au anunțat miercuri Forțele Aeriene ucrainene.\n\nONU estimează că peste 12.000 de civili au fost uciși din februarie 2022.',
    'ro',
    '2024-11-21T09:30:00+02:00',
  );
  const results = [en, ro].map((c) => ledger.link(c));
  const links = results.flatMap((r) => r.links);
  const propositionOf = new Map(results.flatMap((r) => [...r.propositions]));
  const byContent = (claims: Claim[], start: string) => claims.find((c) => c.content.startsWith(start))!;

  it('meets on the frame and the figures across languages; the same day’s 96 and about 90 from one source agree', () => {
    const a = byContent(en, 'Russian forces launched');
    const b = byContent(ro, 'Rusia a lansat');
    expect(a.source.id).toBe('country:UA');
    expect(b.source.id).toBe('country:UA');
    // One proposition says they corroborate; a corroboration by the same source is not stored as a link.
    expect(propositionOf.get(b.id)).toBe(propositionOf.get(a.id));
    expect(links.some((l) => [l.from, l.to].sort().join() === [a.id, b.id].sort().join())).toBe(false);
    const [unEn, unRo] = [byContent(en, 'at least 12,000'), byContent(ro, 'peste 12.000')];
    expect(propositionOf.get(unRo.id)).toBe(propositionOf.get(unEn.id));
    expect(propositionOf.get(unEn.id)).not.toBe(propositionOf.get(a.id));
  });

  it('does not take a denial with an object of its own for a denial of the source’s own claim', () => {
    const denial = byContent(en, 'targeting civilians');
    expect(denial.stance).toBe('denies');
    expect(links.some((l) => l.from === denial.id || l.to === denial.id)).toBe(false);
  });
});

describe('figures within their hedge tolerance', () => {
  const q = (value: number, approx = false, extra: Partial<Quantity> = {}): Quantity => ({
    value,
    approx,
    unit: 'container',
    surface: String(value),
    ...extra,
  });
  it('"about 7,000" and 6,700 are compatible', () => expect(compatible(q(7000, true), q(6700))).toBe(true));
  it('2,000 and 10,000–12,000 are not', () =>
    expect(compatible(q(2000), { min: 10_000, max: 12_000, approx: false, surface: '', unit: 'container' })).toBe(false));
  it('"more than 1,000" allows 5,000', () => expect(compatible(q(1000, true, { bound: 'lower' }), q(5000, true))).toBe(true));
  it('"thousands of" spans an order of magnitude', () =>
    expect(intervalOf(q(1000, true, { vague: true }))).toEqual({ lo: 1000, hi: 10_000 }));
});
