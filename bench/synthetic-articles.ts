import type { ArticleV1 } from '@claim-ledger/contracts';
import { seededRandom } from './bench-report';

/**
 * A deterministic generator of realistic news articles (about 3 KB each) in Romanian
 * and English, for benchmarks: attributed claims in every construct the engine knows,
 * figures, dates, names and unattributed narrative, recombined from small pools so
 * that no two articles are the same.
 */
const RO = {
  sources: [
    'Ministrul Finanțelor, Marcel Ionescu,',
    'Guvernul de la București',
    'Kremlinul',
    'Purtătorul de cuvânt al companiei, Ana Vlad,',
    'Un oficial de rang înalt',
    'Seulul',
    'Comisia Europeană',
    'Sindicatul feroviarilor',
  ],
  cues: ['a declarat', 'a anunțat', 'a precizat', 'a susținut', 'a transmis'],
  days: ['luni', 'marți', 'miercuri', 'joi', 'vineri'],
  contents: [
    'deficitul bugetar va scădea la 5,4% din PIB până la sfârșitul anului',
    'au fost livrate aproximativ 7.500 de tone de cereale începând din martie',
    'investițiile vor depăși 2,5 miliarde de euro în următorii doi ani',
    'între 300 și 400 de angajați vor fi reangajați în septembrie',
    'prețul energiei a crescut cu 12% față de luna trecută',
    'nicio victimă nu a fost înregistrată în urma incendiului',
  ],
  narrative: [
    'Podul peste Dunăre a fost redeschis după trei luni de lucrări, iar traficul se desfășoară normal.',
    'În regiune au avut loc mai multe întâlniri între reprezentanții autorităților locale și ai transportatorilor.',
    'Proiectul a fost lansat în urmă cu doi ani și a beneficiat de finanțare europeană.',
    'Discuțiile au continuat până seara târziu, într-o atmosferă descrisă drept tensionată.',
    'Tema a dominat dezbaterile din Parlament în ultimele săptămâni.',
    'Ambele părți sunt supuse unor presiuni tot mai mari din partea opiniei publice.',
    'Decizia vine după o serie de incidente la granița de est a țării.',
    'Piețele au reacționat moderat, iar cursul leului a rămas stabil.',
    'Organizațiile neguvernamentale urmăresc îndeaproape evoluția situației.',
    'Primele rezultate sunt așteptate la sfârșitul lunii viitoare.',
  ],
};
const EN = {
  sources: [
    'Finance Minister Lena Ortiz',
    'The White House',
    'the Kremlin',
    'a senior official',
    "South Korea's defence ministry",
    'The port operator',
    'Analysts',
    'Reuters',
  ],
  cues: ['said', 'told reporters', 'announced', 'added', 'warned'],
  days: ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday'],
  contents: [
    'inflation would ease to 3.2% by the end of the year',
    'about 7,000 containers had been shipped since July',
    'more than two million shells were delivered in recent weeks',
    'between 10,000 and 12,000 troops were moved to the border in September',
    'the $3 billion loan would be signed next month',
    'no one was hurt in the blast',
  ],
  narrative: [
    'The bridge reopened after three months of repairs, and traffic is flowing normally.',
    'Several meetings took place in the region between local authorities and hauliers.',
    'The project was launched two years ago with European funding.',
    'Talks went on late into the evening in what was described as a tense atmosphere.',
    'The issue has dominated debates in parliament over the past weeks.',
    'Both sides face mounting pressure from public opinion at home.',
    'The decision follows a series of incidents on the eastern border.',
    'Markets reacted calmly, and the currency held steady against the dollar.',
    'Non-governmental organisations are following the situation closely.',
    'First results are expected at the end of next month.',
  ],
};

export function* syntheticArticles(count: number, seed = 42, targetBytes = 3000): Generator<ArticleV1> {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  for (let i = 0; i < count; i++) {
    const ro = i % 2 === 0;
    const L = ro ? RO : EN;
    const paragraphs: string[] = [];
    let size = 0;
    while (size < targetBytes) {
      // Paragraphs of two to four sentences, about a third of them attributed claims:
      // the density of the wire and agency copy the engine is built for.
      const sentences: string[] = [];
      const count = 2 + Math.floor(r() * 3);
      for (let k = 0; k < count; k++) {
        const kind = r();
        if (kind < 0.66) sentences.push(pick(L.narrative));
        else if (kind < 0.78)
          sentences.push(`${capitalize(pick(L.sources))} ${pick(L.cues)} ${pick(L.days)} ${ro ? 'că' : 'that'} ${pick(L.contents)}.`);
        else if (kind < 0.9)
          sentences.push(`${capitalize(pick(L.contents))}, ${pick(L.cues)} ${pick(L.days)} ${pick(L.sources).replace(/,$/, '')}.`);
        else
          sentences.push(
            `${ro ? 'Potrivit' : 'According to'} ${pick(L.sources).replace(/,$/, '').replace(/^The /, 'the ')}, ${pick(L.contents)}.`,
          );
      }
      const p = sentences.join(' ');
      paragraphs.push(p);
      size += p.length + 2;
    }
    if (r() < 0.3) paragraphs.splice(1, 0, ro ? 'Sursa foto: Agerpres' : 'Photo: AP');
    const day = 1 + (i % 28);
    const time = `${String(Math.floor(r() * 24)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`;
    yield {
      id: `bench-${seed}-${i}`,
      publisher: ro ? 'bench-ro' : 'bench-en',
      body: paragraphs.join('\n\n'),
      language: ro ? 'ro' : 'en',
      publishedAt: `2024-03-${String(day).padStart(2, '0')}T${time}:00Z`,
      revision: 1,
    };
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
