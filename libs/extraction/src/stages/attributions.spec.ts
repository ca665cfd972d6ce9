import { makeDoc } from '../doc/make-doc';
import { rangeText } from '../doc/doc';
import { english } from '../lang/en/english.pack';
import { romanian } from '../lang/ro/romanian.pack';
import type { LanguagePack } from '../lang/language-pack';
import { attributeUnit } from './attributions';
import { findCues } from './cues';

/** [source, cue, content] of every attribution of a text's units, as written. */
function read(text: string, pack: LanguagePack): [string, string, string][] {
  const doc = makeDoc(text, pack.code);
  const { cues } = findCues(doc, pack);
  return doc.units.flatMap((unit, u) =>
    attributeUnit(
      doc,
      pack,
      unit,
      cues.filter((c) => c.unit === u),
      doc.units[u + 1],
    ).map((a): [string, string, string] => [a.source ? rangeText(doc, a.source) : '', rangeText(doc, a.cue), rangeText(doc, a.content)]),
  );
}

describe('attributions: where the content and the source are', () => {
  it('reads no source phrase that ends in "to" or "a": the subject of the verb before it, or the name before an infinitive', () => {
    expect(
      read('Miller joked that Denver was to blame, but went on to say there are deeper problems in the league.', english)[0]!.slice(0, 2),
    ).toEqual(['Miller', 'say']);
    expect(
      read('The narrow result led State Election Board Chairman Mark Evans to declare the count final.', english)[0]!.slice(0, 2),
    ).toEqual(['State Election Board Chairman Mark Evans', 'declare']);
  });

  it('a title keeps the name set in apposition after it; a list of appositions leads back to the name', () => {
    expect(read('Ministrul Transporturilor, Cătălin Vlăsceanu, a anunțat marți că lotul 2 este gata.', romanian)).toEqual([
      ['Ministrul Transporturilor, Cătălin Vlăsceanu', 'anunțat', 'lotul 2 este gata.'],
    ]);
    expect(read('Lotul 2 este gata, a anunțat marți ministrul transporturilor, Cătălin Vlăsceanu.', romanian)).toEqual([
      ['ministrul transporturilor, Cătălin Vlăsceanu', 'anunțat', 'Lotul 2 este gata'],
    ]);
    expect(
      read('Sonia Gandhi, președintele partidului, câștigătorul alegerilor, a anunțat că se retrage din funcție.', romanian)[0]!.slice(
        0,
        2,
      ),
    ).toEqual(['Sonia Gandhi', 'anunțat']);
  });

  it('a phrase with no verb before a comma is a subject, not a content (Romanian verbs told by a trained model)', () => {
    expect(read('Ion Popescu și fratele său mai mic, Andrei, au scris o carte despre război.', romanian)).toEqual([]);
    expect(read('Prețurile la energie vor crește din nou în martie, a declarat ministrul.', romanian)).toEqual([
      ['ministrul', 'declarat', 'Prețurile la energie vor crește din nou în martie'],
    ]);
  });

  it('a gerund opening its sentence has the subject of the clause its content is set in; a colon after the subject opens the content', () => {
    expect(read('Subliniind că economia va crește anul viitor, ministrul a adăugat că inflația va scădea.', romanian)).toEqual([
      ['ministrul', 'Subliniind', 'economia va crește anul viitor'],
      ['ministrul', 'adăugat', 'inflația va scădea.'],
    ]);
    // (Before a colon, a phrase a preposition opens is where it was said, not who said it.)
    expect(read('Ulterior, a scris pe Facebook: „Nu voi demisiona niciodată din funcție.”', romanian)[0]![0]).toBe('');
    expect(read('Ce s-a întâmplat atunci, ne povestește chiar primarul: „Apa a intrat în case peste noapte.”', romanian)).toEqual([
      // (A focus particle before the subject is no part of it.)
      ['primarul', 'povestește', '„Apa a intrat în case peste noapte.”'],
    ]);
  });

  it('a source after its cue ends where a preposition opens an adjunct, not a part of the name', () => {
    expect(read('Prețurile vor crește, relatează AFP în pagina sa electronică.', romanian)[0]![0]).toBe('AFP');
    expect(read('Prices will rise next year, said Smith in a statement on Monday.', english)[0]![0]).toBe('Smith');
    expect(read('Prețurile vor crește, a declarat ambasadorul României în SUA, Andrei Muraru.', romanian)[0]![0]).toBe(
      'ambasadorul României în SUA, Andrei Muraru',
    );
  });

  it('an impersonal report names the document it is read in, which is the source, as "potrivit" would', () => {
    expect(read('Salariații vor primi acțiuni gratuite, se arată într-un raport al băncii.', romanian)).toEqual([
      ['raport al băncii', 'se arată într-un', 'Salariații vor primi acțiuni gratuite'],
    ]);
    expect(read('Se arată în comunicatul ministerului că salariile vor crește.', romanian)[0]!.slice(0, 2)).toEqual([
      'comunicatul ministerului',
      'Se arată în',
    ]);
    // An adverbial phrase is no document; an inherently reflexive verb is no report; with no frame, no claim.
    expect(read('Se arată în continuare că salariile vor crește.', romanian)).toEqual([]);
    expect(read('Turiștii, obosiți după drum, se află în hotelul central că să se odihnească.', romanian)).toEqual([]);
    expect(read('Echipa se arată în formă bună înaintea meciului.', romanian)).toEqual([]);
  });

  it('a first-person verb with no subject named is the writer speaking; an infinitive with no content opened is no cue', () => {
    expect(read('Am observat că prețurile au crescut mult.', romanian)).toEqual([]);
    expect(read('Ne-am amintit că drumul era închis iarna.', romanian)).toEqual([]);
    expect(read('Maria a observat că prețurile au crescut mult.', romanian)).toEqual([['Maria', 'observat', 'prețurile au crescut mult.']]);
    expect(read('Este greu a susține două idei opuse în același timp.', romanian)).toEqual([]);
  });

  it('asides of any kind before ", că"; a gerund with a pronoun joined; a cue between commas inside its content; a demonstrative subject', () => {
    expect(
      read(
        'Antrenorul a declarat, sâmbătă seară, după înfrângerea din meciul cu Rapid, scor 0-3, că echipa a jucat fără curaj.',
        romanian,
      )[0]![2],
    ).toBe('echipa a jucat fără curaj.');
    expect(read('Jandarmii au verificat zona, comunicându-ne că drumul a fost redeschis.', romanian)[0]!.slice(1)).toEqual([
      'comunicându-ne',
      'drumul a fost redeschis.',
    ]);
    expect(read('Florile de câmp, povestește Mihai, pot fi uscate prin presare.', romanian)).toEqual([
      ['Mihai', 'povestește', 'Florile de câmp, povestește Mihai, pot fi uscate prin presare.'],
    ]);
    expect(read('Aceasta afirmă că tribul este în război.', romanian)).toEqual([['Aceasta', 'afirmă', 'tribul este în război.']]);
  });

  it('a gerund after a comma takes the name that opens its clause; a pronoun after "said" opens the content; a poll share is a source', () => {
    expect(
      read('Jensen apologized for the emails after they leaked, saying they were written years ago.', english)[0]!.slice(0, 2),
    ).toEqual(['Jensen', 'saying']);
    expect(read('About four in 10 said they want a candidate that has more experience.', english)).toEqual([
      ['About four in 10', 'said', 'they want a candidate that has more experience.'],
    ]);
  });

  it('a subject followed by a restrictive relative clause is the noun phrase before the relative pronoun', () => {
    expect(
      read('But many angry farmers who came to Brussels to protest the new rules said they would block the roads.', english)[0]![0],
    ).toBe('many angry farmers');
    expect(read('It is one which economist Ana Reed calls a pillar of the region.', english)[0]?.[0] ?? '').not.toBe('one');
  });

  it('an acronym in brackets closes a subject; asides between the cue and "că" name nobody', () => {
    expect(
      read('Agenția Națională de Administrare Fiscală (ANAF) a anunțat, luni dimineața, că a publicat noul formular.', romanian)[0]![0],
    ).toBe('Agenția Națională de Administrare Fiscală (ANAF)');
  });

  it('a second verb of a clause takes its subject; a party and state in brackets close a name', () => {
    expect(
      read('Asked about the budget, Lopez-Hart pointed to his record and praised the council for changing its plan.', english)[0]![0],
    ).toBe('Lopez-Hart');
    expect(read('The pilot checked his watch, and then said something quite unusual.', english)[0]![0]).toBe('The pilot');
    expect(read('House Minority Whip Dana Hill (D-Ore.) said that the House would wait.', english)[0]![0]).toBe(
      'House Minority Whip Dana Hill (D-Ore.)',
    );
  });

  it('a verb English never inverts has its object after it, not its source', () => {
    expect(read('Several candidates, including Ann Ford and Paul Hale, criticized the trade.', english)[0]?.[0] ?? '').not.toBe(
      'the trade',
    );
    expect(read('Prices will rise next year, said the minister.', english)[0]![0]).toBe('the minister');
  });

  it('reviewed: appositions, relatives, lists of "că" clauses, a phrase set apart, "mai"', () => {
    // A gerund or a second verb after a name in apposition has the clause's subject.
    expect(read('The company fired its chief executive, John Smith, saying he had misled investors.', english)[0]![0]).toBe('The company');
    expect(read('Police arrested the brother, Tom Hale, and said he would be charged.', english)[0]![0]).toBe('Police');
    // A relative pronoun stands for the phrase right before it, or the agent before its comma.
    expect(read('Trump attacked the reporters who wrote that the rally was small.', english)[0]![0]).toBe('the reporters');
    expect(read('The plan was opposed by Republicans in Congress, who argued that it cost too much.', english)[0]?.[0]).not.toBe(
      'Congress',
    );
    // The first "că" opens the content.
    expect(read('Ministrul a declarat că economia crește, că inflația scade și că salariile vor crește.', romanian)[0]![2]).toBe(
      'economia crește, că inflația scade și că salariile vor crește.',
    );
    // "but not" sets a phrase apart.
    expect(read('The governor, but not his deputies, said the budget would be balanced.', english)[0]![0]).toBe('The governor');
    // "mai" before an inverted subject is "more", not May: no time to pass over, leaving "devreme" behind.
    expect(read('Bugetul va fi echilibrat, a spus mai devreme ministrul Finanțelor.', romanian)[0]![0]).not.toMatch(/^devreme/);
  });

  it('a name set in apposition after a prepositional source is part of it, and the content follows the name', () => {
    expect(read('Potrivit purtătoarei de cuvânt a companiei, Elena Marin, traficul s-a dublat de la începutul anului.', romanian)).toEqual([
      ['purtătoarei de cuvânt a companiei, Elena Marin', 'Potrivit', 'traficul s-a dublat de la începutul anului.'],
    ]);
  });

  it('a content opened by "că" may be two words long', () => {
    expect(read('Sindicatul a anunțat că greva continuă.', romanian)).toEqual([['Sindicatul', 'anunțat', 'greva continuă.']]);
  });

  it('a relative pronoun before the verb group stands for the name before its comma', () => {
    expect(read('Metoda a fost propusă de Lazăr, care a susținut că ea este cea mai simplă cale.', romanian)[0]![0]).toBe('Lazăr');
  });

  it('a participle with its agent sets the scene, and a time between an inverted cue and its subject is no part of the subject', () => {
    expect(read('Contactat de ziarul local, purtătorul de cuvânt, Ion Vlad, a declarat că suma este corectă.', romanian)[0]![0]).toBe(
      'Ion Vlad',
    );
    expect(read('Numărul morților a crescut la șapte, a transmis miercuri IGSU.', romanian)[0]!.slice(0, 2)).toEqual(['IGSU', 'transmis']);
  });

  it('content after the cue, after "that", a colon or a quotation', () => {
    expect(read('The minister said that the talks had failed.', english)).toEqual([['The minister', 'said', 'the talks had failed.']]);
    expect(read('The minister told reporters on Monday that the talks had failed.', english)).toEqual([
      ['The minister', 'told', 'the talks had failed.'],
    ]);
  });

  it("a colon after the cue's adjunct or object opens the content; a scene-setter is neither content nor source", () => {
    expect(read('Ion Radu, arhitectul clădirii, spunea la inaugurare: „Nu veți găsi o sală asemănătoare.”', romanian)).toEqual([
      ['Ion Radu', 'spunea', '„Nu veți găsi o sală asemănătoare.”'],
    ]);
    expect(read('În vara lui 2004, povestește mama sa, Irina a câștigat primul ei concurs.', romanian)).toEqual([
      ['mama sa', 'povestește', 'Irina a câștigat primul ei concurs.'],
    ]);
    expect(
      read('La ședința de joi, 12 martie, domnul Vasile Ionescu, directorul spitalului, ne-a spus că secția e gata.', romanian),
    ).toEqual([['domnul Vasile Ionescu', 'spus', 'secția e gata.']]);
  });

  it('reads what one is accused of after the object, and the author of a document as its source', () => {
    expect(read('Sindicatul l-a acuzat pe ministrul Andrei Pavel de a fi ascuns raportul.', romanian)).toEqual([
      ['Sindicatul', 'acuzat', 'pe ministrul Andrei Pavel de a fi ascuns raportul.'],
    ]);
    expect(
      read('Muzeul a avut 4.500 de vizitatori, după cum atestă o evidență întocmită de Direcția Județeană pentru Cultură.', romanian),
    ).toEqual([['Direcția Județeană pentru Cultură', 'atestă', 'Muzeul a avut 4.500 de vizitatori']]);
  });

  it("takes the whole opening name for a participle's source, common words inside it included", () => {
    expect(
      read(
        'Agenția de presă americană AP a publicat imagini, fiind anunțat și faptul că doi pompieri au fost răniți în incendiu.',
        romanian,
      ),
    ).toEqual([['Agenția de presă americană AP', 'anunțat', 'doi pompieri au fost răniți în incendiu.']]);
  });

  it('gives a gerund after a comma the subject of the clause it hangs on', () => {
    expect(read('Warren endorsed Clinton on Thursday, saying she was the fighter the country needs.', english)).toEqual([
      ['Warren', 'saying', 'she was the fighter the country needs.'],
    ]);
    expect(
      read('The gendarmerie, which first put the crowd at 12,000, raised its estimate, saying its count had been early.', english),
    ).toEqual([['The gendarmerie', 'saying', 'its count had been early.']]);
  });

  it('finds the subject of an inverted cue past asides between commas', () => {
    expect(read('„Nu știu”, a declarat, ieri, ministrul Ion Popescu.', romanian)).toEqual([
      ['ministrul Ion Popescu', 'declarat', '„Nu știu”'],
    ]);
    expect(read('„Nu știu ce urmează”, a mărturisit, pentru Gazeta Sporturilor, Mihai Stan, antrenorul echipei.', romanian)).toEqual([
      ['Mihai Stan', 'mărturisit', '„Nu știu ce urmează”'],
    ]);
  });

  it('takes no scene-setting phrase before a cue for its content', () => {
    expect(read('Din cauza lipsei de curent, Radio Iași a transmis.', romanian)).toEqual([]);
  });

  it('content before the cue: "CONTENT, X said" and inverted "…," said X', () => {
    expect(read('Turnout reached 52 percent, the electoral commission said.', english)).toEqual([
      ['the electoral commission', 'said', 'Turnout reached 52 percent'],
    ]);
    expect(read('"We are ready," said Mayor Tom Ellis, a former judge.', english)).toEqual([
      ['Mayor Tom Ellis', 'said', '"We are ready,"'],
    ]);
  });

  it('a subject behind appositions and a time between it and the cue', () => {
    expect(read('Tom Becker, the party chairman, this past week announced that the rules would change.', english)[0]![0]).toBe(
      'Tom Becker',
    );
    expect(read('"It will pass," Mr. Hale, now 74 and living in Dayton, Ohio, said by telephone.', english)[0]![0]).toBe('Mr. Hale');
  });

  it('a cue inside its content, and a quotation that goes on after the cue’s sentence', () => {
    expect(read('Most of the layoffs, she said, have hit older workers.', english)).toEqual([
      ['she', 'said', 'Most of the layoffs, she said, have hit older workers.'],
    ]);
    const [[, , content]] = read('"Why me?" Trump said. "He has to beat eight others first."', english);
    expect(content).toBe('"Why me?" Trump said. "He has to beat eight others first."');
    // (Not one whose quotation has an attribution of its own, nor a quotation inside a sentence.)
    expect(read('Smith said:\n\n"We will win," Jones said.', english)).toEqual([['Jones', 'said', '"We will win,"']]);
    expect(read('"It is hard" for her, said Kunin. "She lost," she said: "I doubt it."', english)).toEqual([
      ['Kunin', 'said', '"It is hard" for her'],
      ['she', 'said', '"I doubt it."'],
    ]);
    expect(read('The mayor called the plan "a disaster." Jones said it would pass.', english).map(([source]) => source)).toEqual([
      'The mayor',
      'Jones',
    ]);
    // (A paragraph that ends with a colon opens the quotation of the next.)
    expect(
      read('The meeting ended.\n\nThe committee said about its program:\n\n"The program is bolder than ever."\n\nOthers left.', english),
    ).toEqual([['The committee', 'said', '"The program is bolder than ever."']]);
    // (A quotation closed by its own full stop, its attribution after it as a sentence.)
    expect(read('The rally went on. "I hope the missing files turn up soon." Lee said.', english)).toEqual([
      ['Lee', 'said', '"I hope the missing files turn up soon."'],
    ]);
  });

  it('a cue that addresses someone has its content after that person, and none where only adjuncts follow', () => {
    expect(read('Lee told ABC the polls were wrong.', english)).toEqual([['Lee', 'told', 'the polls were wrong.']]);
    expect(read('The rally ended. Lee told ABC in an interview aired on Sunday.', english)).toEqual([]);
    expect(read('Warner told reporters in Dover last week, "I can sense the mood changing here."', english)).toEqual([
      ['Warner', 'told', '"I can sense the mood changing here."'],
    ]);
    expect(read('Harris was telling reporters on Friday he considered the mayor responsible.', english)).toEqual([
      ['Harris', 'telling', 'he considered the mayor responsible.'],
    ]);
    // (Another cue after a comma is no content of this one: what came before the source is.)
    expect(
      read('The total has grown by 300 containers since February, Shin told reporters, noting that it now travels by rail.', english),
    ).toEqual([['Shin', 'told', 'The total has grown by 300 containers since February']]);
    expect(read('Jim told reporters, noting that it now travels by rail.', english)).toEqual([]);
    // (A subject after a time opens the content.)
    expect(read('Trump told reporters on Monday the economy grew.', english)).toEqual([['Trump', 'told', 'the economy grew.']]);
  });

  it('a gerund phrase that opens the sentence sets its scene; it is no content unless it holds a clause', () => {
    expect(
      read('Speaking on a local radio station on Tuesday, Ms. Ford called the plan reckless.', english).map(([, , c]) => c),
    ).not.toContain('Speaking on a local radio station on Tuesday');
    expect(read('Raising taxes is a bad idea, Trump said.', english)).toEqual([['Trump', 'said', 'Raising taxes is a bad idea']]);
  });

  it('a participle takes the subject of its clause', () => {
    const got = read('The National Farmers Union of Iowa has sued the state over the permits, saying they break federal law.', english);
    expect(got.find(([, cue]) => cue === 'saying')?.[0]).toBe('The National Farmers Union of Iowa');
  });

  it('a gerund after a clause opened by its verb group takes the subject before it, with its apposition', () => {
    const got = read(
      'Directorul școlii, Ion Marin, i-a lăudat pe elevi pentru rezultate, spunând că anul viitor vor fi și mai buni.',
      romanian,
    );
    expect(got.find(([, cue]) => cue === 'spunând')?.[0]).toBe('Directorul școlii, Ion Marin');
  });

  it('a passive cue with no agent reports with no source: no attribution, unless a preposition brings the source before it', () => {
    expect(read('Poezia a fost scrisă în anul următor și a fost publicată în volum.', romanian)).toEqual([]);
    expect(read('Primarul a fost acuzat că a ascuns datele bugetului.', romanian)).toEqual([]);
    expect(read('Aceste premii sunt considerate „cele mai importante din regiune”.', romanian)).toEqual([]);
    expect(read('Poezia se numește „Hora satului” și a fost scrisă.', romanian)).toEqual([]);
    expect(read('De la Primăria Cluj am fost informați că apa va fi oprită mâine.', romanian)[0]!.slice(0, 2)).toEqual([
      'De la Primăria Cluj',
      'informați',
    ]);
  });

  it('the agent of a passive cue is its source, not the subject', () => {
    expect(read('Ministrul a fost acuzat de către opoziție că a ascuns datele bugetului.', romanian)).toEqual([
      ['opoziție', 'acuzat', 'a ascuns datele bugetului.'],
    ]);
    expect(read('The senator was told by his aides that the vote would fail.', english)[0]!.slice(0, 2)).toEqual(['his aides', 'told']);
    // (Without a passive auxiliary "de" is no agent: the subject speaks.)
    expect(read('Ministrul a declarat de două ori că legea trece.', romanian)[0]![0]).toBe('Ministrul');
    // (Nor is one preposition before a manner or a time: "told by phone", "informat de dimineață".)
    expect(read('He was told by phone that the vote would fail.', english)[0]![0]).toBe('He');
    expect(read('Ministrul a fost informat de dimineață că legea trece.', romanian)).toEqual([]);
    // ("ar fi declarat" is the active conditional perfect, no passive.)
    expect(read('Ministrul ar fi declarat că guvernul va demisiona în curând.', romanian)[0]!.slice(0, 2)).toEqual([
      'Ministrul',
      'declarat',
    ]);
  });

  it('a document too long to read whole as a source is named for its author', () => {
    const [[source, cue]] = read(
      'Prețurile au crescut cu 5%, după cum arată un raport al evoluției prețurilor de consum din ultimele douăsprezece luni ale anului trecut întocmit de Institutul Național de Statistică.',
      romanian,
    );
    expect([source, cue]).toEqual(['Institutul Național de Statistică', 'arată']);
  });

  it('a quotation split by its cue and source is one content, whichever order they come in', () => {
    expect(read('„Uneori”, spunea el, „ambiția noastră poate fi atât de mare încât ne orbește.”', romanian)).toEqual([
      ['el', 'spunea', '„Uneori”, spunea el, „ambiția noastră poate fi atât de mare încât ne orbește.”'],
    ]);
    const [[source, , content]] = read('"Sometimes," he said, "our zeal for the party hurts us."', english);
    expect([source, content]).toEqual(['he', '"Sometimes," he said, "our zeal for the party hurts us."']);
  });

  it('a focus particle before an inverted subject is no part of it', () => {
    expect(read('„Am adunat aici documente inedite”, ne spune chiar autorul.', romanian)[0]![0]).toBe('autorul');
    expect(read('"This plan will not work," said even the mayor.', english)[0]![0]).toBe('the mayor');
  });

  it('a dash after a closing quotation mark sets off an inverted cue as a comma would', () => {
    expect(read('„Ministerul va plăti toate datoriile până la sfârșitul anului” - scrie ziarul local.', romanian)).toEqual([
      ['ziarul local', 'scrie', '„Ministerul va plăti toate datoriile până la sfârșitul anului”'],
    ]);
  });

  it('a verb group a conjunction opens after a comma goes on with the clause before: no inverted cue', () => {
    expect(read('A fost profesor la Berna, a realizat prima operație, și a demonstrat rolul iodului în boală.', romanian)).toEqual([]);
    expect(read('El acționează în numele altei persoane, și comunică agentului identitatea beneficiarului.', romanian)).toEqual([]);
    // (With no conjunction, the cue after the comma is inverted.)
    expect(read('Prețurile vor crește mult anul viitor, a declarat ministrul.', romanian)).toEqual([
      ['ministrul', 'declarat', 'Prețurile vor crește mult anul viitor'],
    ]);
  });

  it('a title quoted in an aside before "that" is passed over; a quotation with a verb after an aside is the content', () => {
    expect(read('Ministrul a declarat în emisiunea „Ora de știri” că bugetul va crește anul viitor.', romanian)).toEqual([
      ['Ministrul', 'declarat', 'bugetul va crește anul viitor.'],
    ]);
    expect(read('Keller told KXL\'s "Morning Hour" that no one would question his motives.', english)[0]![2]).toBe(
      'no one would question his motives.',
    );
    expect(
      read('Directorul le spunea în fiecare an elevilor „voi sunteți viitorul acestui oraș”, iar ei îl credeau.', romanian)[0],
    ).toEqual(['Directorul', 'spunea', '„voi sunteți viitorul acestui oraș”, iar ei îl credeau.']);
    // (A quoted word of the content stays in it: no capital opens it.)
    expect(read('Parker said the tests were "incomplete" and that the data did not prove it.', english)[0]![2]).toBe(
      'the tests were "incomplete" and that the data did not prove it.',
    );
  });

  it("after a phrase too short to be a content that sets the scene, an inverted cue's content follows its source", () => {
    expect(read('De aceea, relatează cronicarul, „darea aceasta repede s-a luat”.', romanian)).toEqual([
      ['cronicarul', 'relatează', '„darea aceasta repede s-a luat”.'],
    ]);
    // (Only a preposition or a time opens a scene: a name before the comma is none.)
    expect(read('Ion, relatează cronicarul, „darea aceasta repede s-a luat”.', romanian)).toEqual([]);
  });

  it('a relative pronoun before asides before the verb is its subject: with no content opened, no claim', () => {
    expect(read('Podul a fost construit de o firmă austriacă, care, din 1910, asigură întreținerea întregii rețele.', romanian)).toEqual(
      [],
    );
    // (With "că", the claim stands.)
    expect(read('Ministrul, care, ieri seară, a declarat că prețurile vor crește, a plecat.', romanian)[0]![1]).toBe('declarat');
  });

  it("a phrase a verb opens is a clause, no source: the cue borrows its clause's subject", () => {
    expect(read('Mihai Pop a amenințat ieri că părăsește Partidul Verde și acuză că i-au fost ignorate propunerile.', romanian)).toEqual([
      ['Mihai Pop', 'acuză', 'i-au fost ignorate propunerile.'],
    ]);
  });

  it('with no cue model, a subjunctive reports only what "că" opens', () => {
    expect(read('Ministra se va strădui să asigure „o tranziție calmă și ordonată”.', romanian)).toEqual([]);
    expect(read('Oficialii par să confirme că economia a crescut mult.', romanian)[0]![1]).toBe('confirme');
  });

  it('a cue in a condition reports nothing', () => {
    expect(read('Dacă farmacistul v-a atenționat că aveți o alergie, consultați-l din nou.', romanian)).toEqual([]);
    expect(read('If the records show that he lied, the inquiry will go on.', english)).toEqual([]);
    // (A condition before the comma leaves the cue after it standing.)
    expect(read('Dacă va ploua, ministrul a declarat că podul se va închide.', romanian)[0]![1]).toBe('declarat');
  });

  it('a noun of saying with its verb is a cue, its subject the source', () => {
    expect(read('Camera de Comerț și Industrie Brașov a făcut precizarea că târgul a avut loc normal.', romanian)).toEqual([
      ['Camera de Comerț și Industrie Brașov', 'făcut precizarea', 'târgul a avut loc normal.'],
    ]);
    // (A joiner between two names joins them in any subject: "Mr. Burns and Mr. Lowe say".)
    expect(read('Mr. Burns and Mr. Lowe say further cuts are needed.', english)[0]![0]).toBe('Mr. Burns and Mr. Lowe');
  });

  it('a cue and its source set between dashes inside the content', () => {
    expect(read('Noua regulă - subliniază directorul companiei - va intra în vigoare din iunie.', romanian)).toEqual([
      ['directorul companiei', 'subliniază', 'Noua regulă - subliniază directorul companiei - va intra în vigoare din iunie.'],
    ]);
    // (A source abbreviated with its initial: "dl M. Ionescu" holds no sentence's end.)
    expect(read('O variantă mai ieftină - propune dl M. Ionescu - ar fi repararea acoperișului.', romanian)[0]![0]).toBe('dl M. Ionescu');
    // An impersonal report and its document between dashes, likewise.
    expect(read('Până la această oră - se mai adaugă în comunicatul primăriei - traficul rutier se desfășoară normal.', romanian)).toEqual([
      [
        'comunicatul primăriei',
        'se mai adaugă în',
        'Până la această oră - se mai adaugă în comunicatul primăriei - traficul rutier se desfășoară normal.',
      ],
    ]);
  });

  it('an infinitive after a preposition that opens its own content reports ("pentru a anunța că")', () => {
    expect(read('Ion Vasile a mers la poliție pentru a anunța că i-au fost furați banii din casă.', romanian)).toEqual([
      ['Ion Vasile', 'anunța', 'i-au fost furați banii din casă.'],
    ]);
    // (With no content of its own, it is a purpose: no claim.)
    expect(read('Ion Vasile a mers la poliție pentru a anunța furtul.', romanian)).toEqual([]);
  });

  it('a cue closing a whole attribution relays it: one claim, whose content ends before the relay', () => {
    expect(read('Ministerul a anunțat joi că prețurile vor scădea cu 5% din iulie, relatează agenția Reuters.', romanian)).toEqual([
      ['Ministerul', 'anunțat', 'prețurile vor scădea cu 5% din iulie'],
    ]);
    // A clause of its own joined before the attribution ("…, iar …") makes the closing cue's
    // content more than it: both are claims.
    expect(
      read('Mulți tineri cred în noroc, iar o treime dintre elevi au răspuns că cred în horoscop, remarcă autorii sondajului.', romanian),
    ).toEqual([
      ['o treime dintre elevi', 'răspuns', 'cred în horoscop'],
      ['autorii sondajului', 'remarcă', 'Mulți tineri cred în noroc, iar o treime dintre elevi au răspuns că cred în horoscop'],
    ]);
  });

  it("a quotation that holds another's attribution and closes before the cue is the speaker's own words: one claim, theirs", () => {
    expect(
      read('„Nu pot decât să susțin ceea ce spune și șeful poliției, Radu Ene, că vor urma noi controale”, a spus Vlad.', romanian),
    ).toEqual([['Vlad', 'spus', '„Nu pot decât să susțin ceea ce spune și șeful poliției, Radu Ene, că vor urma noi controale”']]);
    // A quotation opened inside the other attribution's content is still relayed.
    expect(
      read('Expertiza a relevat că incendiul s-a datorat "unui scurtcircuit electric", a informat Biroul de Presă.', romanian),
    ).toEqual([['Expertiza', 'relevat', 'incendiul s-a datorat "unui scurtcircuit electric"']]);
  });

  it('a paragraph whose first quotation mark closes a quotation is quoted from its start', () => {
    expect(read('Aceasta creează un risc serios.Din păcate, nu am altă veste”, a spus Vlad.', romanian)).toEqual([
      ['Vlad', 'spus', 'Aceasta creează un risc serios.Din păcate, nu am altă veste”'],
    ]);
    // An inch mark after a number closes no quotation.
    const inches = makeDoc(
      'The minister said prices will fall next year. The new models measure 55" and cost less, the retailer added.',
      'en',
    );
    expect(inches.units).toHaveLength(2);
    // One unit from the paragraph's start to the closing mark, in either language.
    const doc = makeDoc('This creates a serious risk. Sadly, I have no other news," Vlad said. Then he left.', 'en');
    expect(doc.units.map((u) => doc.text.slice(u.start, u.end))).toEqual([
      'This creates a serious risk. Sadly, I have no other news," Vlad said.',
      'Then he left.',
    ]);
  });

  it('a pledge or a call: an infinitive, or a gerund after "for", is the content of a cue the model judges', () => {
    expect(read('The governor has vowed to keep the clinic open.', english)).toEqual([['The governor', 'vowed', 'keep the clinic open.']]);
    expect(read('The senator called for closing the border to trucks.', english)).toEqual([
      ['The senator', 'called', 'closing the border to trucks.'],
    ]);
    // A passive passes on an instruction; "for" a noun phrase is no content.
    expect(read('Drivers were told to avoid the boulevard.', english)).toEqual([]);
    expect(read('In 2017, estimates for the rallies varied by a factor of three.', english)).toEqual([]);
    // "to" governing a noun phrase is no infinitive; "something" is no gerund.
    expect(read('The minister complained to the European Commission about the new tariffs.', english)).toEqual([]);
    expect(read('She testified to the committee for three hours on Monday.', english)).toEqual([]);
    // ("called for" a noun phrase is a demand, its object the content: PolNeAR annotates 105 of them in train.)
    expect(read('He called for something to be done about it.', english)).toEqual([['He', 'called', 'something to be done about it.']]);
    expect(read('When asked to confirm it, a source said the talks had failed.', english)).toEqual([
      ['a source', 'said', 'the talks had failed.'],
    ]);
  });

  it('after a phrase that sets the scene, a subject and cue between commas open the content after them', () => {
    expect(read('In many respects, the critics noted, the mayor might welcome their attention.', english)).toEqual([
      ['the critics', 'noted', 'the mayor might welcome their attention.'],
    ]);
  });

  it('a content ends before a gerund cue set off by a comma, whose subject it borrows; not before one a preposition governs', () => {
    expect(read('The mayor said the plan had failed, saying that the city had no other choice.', english)).toEqual([
      ['The mayor', 'said', 'the plan had failed'],
      ['The mayor', 'saying', 'the city had no other choice.'],
    ]);
    expect(read('He said the campaign would win over the delegates by arguing the case for change in every state.', english)[0]).toEqual([
      'He',
      'said',
      'the campaign would win over the delegates by arguing the case for change in every state.',
    ]);
  });

  it('a quotation that goes on in lower case after its source, its cue and a time or an apposition is one content', () => {
    expect(read('"The market is strong," Mr. Lane said in March, "but the risks are growing every month."', english)).toEqual([
      ['Mr. Lane', 'said', '"The market is strong," Mr. Lane said in March, "but the risks are growing every month."'],
    ]);
    expect(read('"The market is strong," said Jo Lane, an economist at the university, "but the risks are growing."', english)[0]![2]).toBe(
      '"The market is strong," said Jo Lane, an economist at the university, "but the risks are growing."',
    );
    // (A quotation that opens a sentence of its own after them is another's, or goes on as the unit after.)
    expect(read('"The market is strong," Mr. Lane said in March, "But the risks are growing every month."', english)[0]![2]).toBe(
      '"The market is strong,"',
    );
  });

  it('a subject and cue between commas after a phrase too short to be a content, or with a time of their own', () => {
    // (An adverb alone before them: the whole sentence around them is what was said.)
    expect(read('Still, she said, the board has to decide who gets the funds.', english)).toEqual([
      ['she', 'said', 'Still, she said, the board has to decide who gets the funds.'],
    ]);
    expect(read('The bridge, Mr. Grant said, would cut travel times in half.', english)).toEqual([
      ['Mr. Grant', 'said', 'The bridge, Mr. Grant said, would cut travel times in half.'],
    ]);
    expect(read('But the real problem, Mr. Grant said on Tuesday, is the lack of jobs in the region.', english)).toEqual([
      ['Mr. Grant', 'said', 'But the real problem, Mr. Grant said on Tuesday, is the lack of jobs in the region.'],
    ]);
  });

  it('a verb after a quotation closed before its comma is an inverted cue, and a participle is told by the form it declines from', () => {
    expect(read('„Nu au existat nereguli la licitație”, arată un comunicat al ministerului.', romanian)).toEqual([
      ['un comunicat al ministerului', 'arată', '„Nu au existat nereguli la licitație”'],
    ]);
    // A title quoted inside an apposition is no content before the verb.
    expect(read('The report, titled "Lost Years", criticized the ministry for ignoring the warnings.', english)[0]![2]).toBe(
      'the ministry for ignoring the warnings.',
    );
    // "descoperite" declines "descoperit", a participle: an adjective after the comma.
    expect(read('Sunt importante cele 40 de vase cu decorul "în spirală", descoperite la situl de lângă sat.', romanian)).toEqual([]);
    // A gerund before an enclitic ("asigurându-și") hangs on the clause before it.
    expect(
      read('Compania intenționează să construiască o fabrică în Polonia, asigurându-și astfel accesul la piața regională.', romanian),
    ).toEqual([]);
  });

  it('with no cue model, a content after its cue needs "că", a colon or a quotation to open it', () => {
    expect(read('Ca elevă, arăta liniștită în clasă și părea să aibă vreo doisprezece ani.', romanian)).toEqual([]);
    expect(read('Ca ministru, a declarat că bugetul va crește.', romanian)[0]![2]).toBe('bugetul va crește.');
  });

  it('a title in quotation marks after a common noun is part of a prepositional source', () => {
    expect(read('Potrivit cotidianului local "Vestea de azi", prețul unei case a ajuns la 25000 de euro.', romanian)).toEqual([
      ['cotidianului local "Vestea de azi"', 'Potrivit', 'prețul unei case a ajuns la 25000 de euro.'],
    ]);
  });

  it('a joiner between two names inside an apposition joins them: the subject is the name before it', () => {
    expect(read('Ana Pop, consilier al ministrului pentru Europa și Asia, a declarat că acordul va fi semnat.', romanian)[0]![0]).toBe(
      'Ana Pop',
    );
  });

  it('Romanian: the subject after the verb, asides before "că", and inversion after a comma', () => {
    expect(read('A declarat ministrul Justiției că legea va fi modificată.', romanian)).toEqual([
      ['ministrul Justiției', 'declarat', 'legea va fi modificată.'],
    ]);
    expect(read('Președintele a susținut, ieri, la Cotroceni, că legea va fi modificată.', romanian)[0]![2]).toBe(
      'legea va fi modificată.',
    );
    expect(read('Exporturile au crescut cu 5%, a anunțat ministerul.', romanian)).toEqual([
      ['ministerul', 'anunțat', 'Exporturile au crescut cu 5%'],
    ]);
  });

  it('Romanian: a subject with a relative clause before a cue with an object is its source, not its content', () => {
    expect(read('Ministrul, care a vizitat zona, anunță noi măsuri pentru sinistrați.', romanian)).toEqual([
      ['Ministrul', 'anunță', 'noi măsuri pentru sinistrați.'],
    ]);
    // (A clause of its own before the comma is the content.)
    expect(read('Prețurile, care au crescut anul trecut, vor scădea, spune ministrul Finanțelor, Adrian Câciu.', romanian)[0]![2]).toBe(
      'Prețurile, care au crescut anul trecut, vor scădea',
    );
    expect(
      read('Prețurile, care au crescut anul trecut, vor scădea, a declarat ministrul Finanțelor, Adrian Câciu.', romanian)[0]![2],
    ).toBe('Prețurile, care au crescut anul trecut, vor scădea');
  });

  it('Romanian: "după cum" clauses, and "potrivit legii" is no attribution', () => {
    expect(read('După cum a precizat directorul, 96 de persoane au primit locuri de muncă.', romanian)).toEqual([
      ['directorul', 'precizat', '96 de persoane au primit locuri de muncă.'],
    ]);
    expect(read('Potrivit legii, contractul încetează.', romanian)).toEqual([]);
  });

  it('words of the verb group before an English cue leave what follows it its object, never an inverted subject', () => {
    const [[source, , content]] = read(
      'Laura Finch, executive director of a group that has backed Mr. Young and that has been sending volunteers across the state, also said her group planned to join the protests.',
      english,
    );
    expect(content).toBe('her group planned to join the protests.');
    expect(source).not.toBe('her group planned');
  });

  it('an as-clause that opens its sentence is set in the clause after its comma, which is what was said', () => {
    expect(read('But as the magazine noted in an op-ed Friday, the senator has won some admirers in Brazil.', english)).toEqual([
      ['the magazine', 'noted', 'the senator has won some admirers in Brazil.'],
    ]);
    // (Not a topic, nor an as-clause of an act with an object of its own.)
    expect(
      read('As for the pundits who claim to like her, Bolton said they had not studied her.', english).map(([source]) => source),
    ).toEqual(['Bolton']);
    expect(
      read('As Trump demands a wall, smugglers build tunnels under the border.', english).map(([, , content]) => content),
    ).not.toContain('smugglers build tunnels under the border.');
  });

  it('"according to" a rule is no attribution; a source whose word only begins like one is', () => {
    expect(read('According to state law, drivers may not park near a fire hydrant.', english)).toEqual([]);
    expect(read('Twelve families have received stays, according to lawyers.', english)).toEqual([
      ['lawyers', 'according to', 'Twelve families have received stays'],
    ]);
  });

  it('"according to" set inside its clause, whose verb goes on after the source and its apposition, leaves the content whole', () => {
    expect(read('At the root of the delay, according to Paul R. Mills, a former engineer, was a decision by the board.', english)).toEqual([
      [
        'Paul R. Mills',
        'according to',
        'At the root of the delay, according to Paul R. Mills, a former engineer, was a decision by the board.',
      ],
    ]);
    // (Not where the clause before it is whole.)
    expect(read('The plan failed, according to Mr. Mills, and the talks ended.', english)[0]).toEqual([
      'Mr. Mills',
      'according to',
      'The plan failed',
    ]);
  });

  it('a subject behind an apposition of two noun phrases joined by "and", past a conjunction or a focus particle opening the sentence', () => {
    const first = (text: string) => read(text, english)[0]!.slice(0, 2);
    expect(
      first(
        "Mark Doyle, a Democratic strategist and Ann Lee's chief adviser in her 2018 campaign, said the way the group treated volunteers would be disqualifying.",
      ),
    ).toEqual(['Mark Doyle', 'said']);
    expect(
      first('But Tara Nolan, an organizer with the River Alliance, said the marchers wanted to send a signal to the council.'),
    ).toEqual(['Tara Nolan', 'said']);
    expect(first("Even Serbia, Moscow's closest partner, said it was firmly opposed to the move.")).toEqual(['Serbia', 'said']);
    // A clause between commas is no apposition: its "and" still opens a new subject.
    expect(first('Police arrived at noon and the mayor, John Smith, said that the square was closed.')).toEqual([
      'the mayor, John Smith',
      'said',
    ]);
  });

  it('a gerund after a comma takes the subject its clause opens with, up to a verb told by its form, and never inverts', () => {
    const gerund = (text: string) =>
      read(text, english)
        .find(([, cue]) => /ing$/.test(cue))!
        .slice(0, 2);
    expect(gerund('Band member Rico posted the news online last week, writing that he backs the governor.')).toEqual([
      'Band member Rico',
      'writing',
    ]);
    expect(gerund('The chairman left little doubt about his intentions, saying that nobody was better placed to lead.')).toEqual([
      'The chairman',
      'saying',
    ]);
    expect(gerund('Attorneys for Novak appeared to resist the request, saying that his client list was confidential.')).toEqual([
      'Attorneys for Novak',
      'saying',
    ]);
    expect(
      gerund("The mayor's chief adviser Paul Reyes on Monday lashed out at the union, advising its leaders to stick to the facts."),
    ).toEqual(["The mayor's chief adviser Paul Reyes", 'advising']);
    // A clause that opens with its verb has its subject further back.
    expect(
      gerund(
        'The gendarmerie, which first put the crowd at 12,000, raised its estimate on Friday to about 18,000, saying its count had been early.',
      ),
    ).toEqual(['The gendarmerie', 'saying']);
  });

  it('a time after a party and state in brackets stands between the subject and its cue', () => {
    expect(read('Rep. Alan Cole (R-Tex.) on Saturday said the deal does not go far enough.', english)[0]!.slice(0, 2)).toEqual([
      'Rep. Alan Cole (R-Tex.)',
      'said',
    ]);
  });

  it('a content that leads with a clause of its own before ", said X" is no subject: the source follows the cue', () => {
    const first = (text: string) => read(text, english)[0]!.slice(0, 2);
    expect(
      first('The course is hardly strict, but it has drawn a steady crowd, said Ms. Ortiz, with weekly games of chess in the park.'),
    ).toEqual(['Ms. Ortiz', 'said']);
    expect(first('Even if the agency no longer existed, other offices would take over its work, said Morrow.')).toEqual(['Morrow', 'said']);
    expect(first('Even Turkey has more influence through its television series, says political scientist Arman Kuanov.')).toEqual([
      'political scientist Arman Kuanov',
      'says',
    ]);
    expect(first("''Sometimes they tell me, 'Well, the mayor is right,''' said Mr. Serrano, who was born in Lima.")).toEqual([
      'Mr. Serrano',
      'said',
    ]);
    // A past after a determiner is an adjective: the noun phrase is still the subject.
    expect(first('The retired general, a former adviser, said the plan would fail.')).toEqual(['The retired general', 'said']);
  });

  it('the subject of a second verb: past an opening conjunction, a name that modifies a noun, a quantifier with its relative clause', () => {
    const source = (text: string, cue: string) => read(text, english).find(([, c]) => c === cue)?.[0];
    expect(
      source('But the U.S. Court of Claims overruled and said Iowa already offered more polling sites than most states.', 'said'),
    ).toBe('the U.S. Court of Claims');
    expect(
      source('Last week, the Lopez campaign also called on the agency to test the wells and said the county should act.', 'said'),
    ).toBe('the Lopez campaign');
    expect(source('Obama administration officials said the plan would fail.', 'said')).toBe('Obama administration officials');
    expect(source('But some who advocate open data argue that relying on firms like these is a mistake.', 'argue')).toBe(
      'some who advocate open data',
    );
  });

  it('a dateline opening the story is no subject; a title keeps its name in apposition', () => {
    const source = (text: string, cue: string) => read(text, english).find(([, c]) => c === cue)?.[0];
    expect(
      source(
        "ROME (AP) — Italy's far-right party leader, Marco Bellini, voiced support for the plan on Wednesday, saying its critics would bring chaos.",
        'saying',
      ),
    ).toBe("Italy's far-right party leader, Marco Bellini");
    expect(
      source('WASHINGTON — Sen. Ray Dalton on Wednesday downplayed the remarks about a federal judge and said it was nothing new.', 'said'),
    ).toBe('Sen. Ray Dalton');
  });

  it('a gerund after an adverb or a preposition hangs on its clause as one after a comma does', () => {
    const source = (text: string, cue: string) => read(text, english).find(([, c]) => c === cue)?.[0];
    expect(
      source('Whitman, herself a union member, drew a chorus of boos upon saying that Mayor Reed had heard the workers.', 'saying'),
    ).toBe('Whitman');
    // (The cue model reads "often saying" on its adverb: the gerund's all the same.)
    expect(read('Mr. Corker met the nominee last week, often saying that he has grown.', english)[0]![0]).toBe('Mr. Corker');
  });

  it('a gerund after the preposition that opens its sentence has the subject after its comma', () => {
    expect(read('Since announcing Ann Ford as his deputy, Miller has gained in the surveys.', english)[0]).toEqual([
      'Miller',
      'announcing',
      'Ann Ford as his deputy',
    ]);
    expect(
      read('After suggesting on Friday that he regretted the remarks, Mr. Hale rarely criticized him again.', english)[0]!.slice(0, 2),
    ).toEqual(['Mr. Hale', 'suggesting']);
  });

  it('a gerund before a plural or a name is its modifier: the phrase is a subject', () => {
    expect(read('But restructuring experts say the plan will fail by next year.', english)[0]!.slice(0, 2)).toEqual([
      'restructuring experts',
      'say',
    ]);
    expect(read('Leading economists say that this downturn is different.', english)[0]!.slice(0, 2)).toEqual(['Leading economists', 'say']);
  });

  it('a relative clause between commas is an aside: its conjunctions open no new subject', () => {
    expect(read('Garner, who worked as a field organizer for Jane Ellis, said tensions were high.', english)[0]!.slice(0, 2)).toEqual([
      'Garner',
      'said',
    ]);
    expect(read('Moreau, who campaigned for Tom Ellis when he ran in 1998, says she could not back him.', english)[0]!.slice(0, 2)).toEqual(
      ['Moreau', 'says'],
    );
  });

  it('a preposition a cue verb governs opens its object, not its subject: the phrase before the comma is no content', () => {
    expect(read('Pisica este gri cu dungi albe, răspunde la numele Tom.', romanian)).toEqual([]);
    expect(read('Pisica a fost găsită ieri în parc, a declarat vecinul.', romanian)).toEqual([
      ['vecinul', 'declarat', 'Pisica a fost găsită ieri în parc'],
    ]);
  });

  it('"parcă" (as if) sets its clause up as hypothetical: a cue in it reports nothing', () => {
    expect(read('Copilul se ținea strâns de mama lui, parcă ar fi știut că ea îl poate apăra de orice.', romanian)).toEqual([]);
    expect(read('Copilul se ținea strâns de mama lui, care a spus că îl poate apăra de orice.', romanian)).toHaveLength(1);
  });

  it('a cue verb with an object and a predicative complement after "drept" says what it calls the object', () => {
    expect(read('Primarul califică noua lege drept o greșeală a guvernului.', romanian)).toEqual([
      ['Primarul', 'califică', 'noua lege drept o greșeală a guvernului.'],
    ]);
    expect(read('Primarul susține un consiliu cu drept de vot pentru elevi.', romanian)).toEqual([]);
  });

  it('a short participial phrase opening the sentence sets the scene: it is no content of the verb after it', () => {
    expect(read('Plecat din port în 1602, a descoperit, cu echipajul său, o insulă nelocuită.', romanian)).toEqual([]);
  });

  it('a verb of the second person with no subject named addresses the reader: it reports nobody', () => {
    expect(read('După ce ați apăsat butonul, veți observa pe ecran că lumina verde se aprinde.', romanian)).toEqual([]);
    expect(read('După ce a apăsat butonul, tehnicianul a observat că lumina verde se aprinde.', romanian)).toHaveLength(1);
  });

  it('a cue opening its sentence in the second person plural is an imperative to the reader: no source, no claim', () => {
    expect(read('Notați aceste cifre alături de cele de anul trecut: cum au crescut prețurile la alimente.', romanian)).toEqual([]);
  });
});

describe('attributions: a preposition the cue governs opens what was said', () => {
  it('"called for a ban", "called for all candidates to …": the object after "for" is the content', () => {
    expect(read('Sanders called for a ban on fracking across the country.', english)).toEqual([
      ['Sanders', 'called', 'a ban on fracking across the country.'],
    ]);
    expect(read('She also called for all parties to publish details of their budgets.', english)).toEqual([
      ['She', 'called', 'all parties to publish details of their budgets.'],
    ]);
  });

  it('"called on X to …" is a demand; not a passive, a time, nor "called on" someone with no infinitive (a visit)', () => {
    expect(read('The senator called on Congress to pass the bill.', english)).toEqual([
      ['The senator', 'called', 'Congress to pass the bill.'],
    ]);
    expect(read('Police were called for a disturbance at the house.', english)).toEqual([]);
    expect(read('The senator called on 5 May for a ban on fracking.', english)).toEqual([]);
    expect(read('He called on the ambassador at his residence in Paris.', english)).toEqual([]);
  });
});

describe('attributions: a topic before the subject', () => {
  it('"Relativ puțini parlamentari" is no topic: "relativ" opens one only with "la"', () => {
    expect(read('Relativ puțini parlamentari, membri ai PSD, au declarat că vor vota legea.', romanian)[0]![0]).toBe(
      'Relativ puțini parlamentari',
    );
  });

  it('"Referitor la proiect, …": a phrase a topic word opens sets the scene; the subject is the name after it', () => {
    expect(
      read(
        'Referitor la lucrările de pe strada principală, directorul tehnic, dl ing. Victor Manea, ne-a informat că au fost găsite fonduri.',
        romanian,
      )[0]![0],
    ).toBe('dl ing. Victor Manea');
  });
});

describe('attributions: a direct object after the cue', () => {
  it('"Îl acuza pe Popescu, …, că": a phrase "pe" opens is the object, never the subject', () => {
    expect(read('Îl acuza pe Popescu, fostul director, că a mințit.', romanian)).toEqual([['', 'acuza', 'a mințit.']]);
    // ("pe un ton ferm" is a manner, no object: the subject is read past it as before.)
    expect(read('A declarat pe un ton ferm ministrul Justiției că legea va trece.', romanian)[0]![0]).toContain('ministrul Justiției');
  });
});

describe('attributions: a long tail after a quotation and its source', () => {
  it('is where and to whom it was said ("…," Vega, 61, told Reuters in an interview in Madrid on Tuesday)', () => {
    expect(
      read('"We were wrong to ignore the warnings for so long," Vega, 61, told Reuters in an interview in Madrid on Tuesday.', english),
    ).toEqual([['Vega', 'told', '"We were wrong to ignore the warnings for so long,"']]);
    // A tail that holds a clause is still the content.
    expect(read('"We lost the vote badly tonight," he said the party would have to rebuild from the ground up.', english)).toEqual([
      ['he', 'said', 'the party would have to rebuild from the ground up.'],
    ]);
  });
});

describe('attributions: a time between the cue and its content', () => {
  it('leaves a focus particle between the subject and its cue out of the subject ("Rep. Mark Dunn even suggested")', () => {
    expect(
      read('Ohio Rep. Mark Dunn even suggested in a radio interview that he would back a third candidate.', english)[0]!.slice(0, 2),
    ).toEqual(['Ohio Rep. Mark Dunn', 'suggested']);
    expect(read('Digital forensics experts just noted that the metadata had been changed.', english)[0]!.slice(0, 2)).toEqual([
      'Digital forensics experts',
      'noted',
    ]);
  });

  it('leaves a time in lower case between the subject and its cue out of the subject ("A CBS/YouGov poll last month showed")', () => {
    expect(read('A CBS/YouGov poll last month showed Ms. Ford leading Mr. Hale statewide.', english)[0]!.slice(0, 2)).toEqual([
      'A CBS/YouGov poll',
      'showed',
    ]);
    expect(read('Police had last month charged the club treasurer, the report said.', english)[0]!.slice(0, 2)).toEqual([
      'Police',
      'charged',
    ]);
    // The words of the verb group before the time too, and a subject ending in a number.
    expect(read('Trump even last week suggested that he would run.', english)[0]!.slice(0, 2)).toEqual(['Trump', 'suggested']);
    expect(read('Agent 47 last week said the deal was off.', english)[0]!.slice(0, 2)).toEqual(['Agent 47', 'said']);
    // A name that holds a time word is no time.
    expect(read('The Week reported that the deal was off.', english)[0]!.slice(0, 2)).toEqual(['The Week', 'reported']);
  });

  it('"said on Monday he would …": the content is the clause after the time (and a dateline before the subject is none)', () => {
    expect(read('LONDON (Reuters) - Donald Trump said on Monday he would talk to the prime minister.', english)).toEqual([
      ['Donald Trump', 'said', 'he would talk to the prime minister.'],
    ]);
    expect(read('The company said last week it would cut 500 jobs.', english)).toEqual([['The company', 'said', 'it would cut 500 jobs.']]);
  });
});
