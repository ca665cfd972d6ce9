import { wordCharAt } from './char-classes';
import { PhraseSuffix } from './phrase-suffix';
import { tokenize } from './phrase-index';
import { fold, foldGeneral } from './normalize-text';
import { capitalisedRuns } from './source-resolver';
import { cueCandidates, subjectBoundaries } from './attribution';
import { figureMatchesAt, mayStartFigure, parseDigits } from './quantities';
import { spansFromTokens, wordSpans } from './gazetteer';
import { allMatches } from './all-matches';
import { WordScreen } from './word-screen';

// The scanners that replaced regular expressions on the hot path must find exactly
// what those expressions found: each is compared with its expression on seeded random
// texts drawn from letters of both cases (ASCII, Romanian, other scripts), letters,
// digits and symbols outside the BMP, lone surrogates, digits,
// spaces of several kinds, hyphens, apostrophes and punctuation.
const ALPHABET = [...'aAbBmMzZ ăĂșȘțȚéÉßжЖ日 19  \u00a0\n-\'’.,;:"()%$€', '\u{20000}', '\u{1F600}', '\u{1D7D9}', '\ud800', '\udc00'];

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function randomTexts(count: number, seed: number): string[] {
  const r = rng(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(r() * 40) }, () => ALPHABET[Math.floor(r() * ALPHABET.length)]).join(''),
  );
}

const samples = [
  "Senate Majority Leader Mitch McConnell and Rep. Beto O'Rourke met Gov. Ron DeSantis.",
  'Ministrul sud-coreean al Apărării, Shin Won-sik, a declarat că Phenianul a trimis arme.',
  "South Korea's defence minister Shin Won-sik said Pyongyang had sent about 7,000 containers.",
  'Jean-Marie Le Pen, Ana McDonald și al-Assad; Ion Ion-Ion.',
];

describe('scanners agree with the regular expressions they replace', () => {
  const texts = [...samples, ...randomTexts(4000, 7)];

  it("tokenize cuts the words [\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*", () => {
    for (const t of texts) {
      const expected = [...t.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m) => [m.index, m.index + m[0].length]);
      expect([t, tokenize(t).map((k) => [k.start, k.end])]).toEqual([t, expected]);
    }
  });

  it('capitalisedRuns finds the runs of capitalised words of two or more words', () => {
    // A word: a capital (perhaps "O'" before it), lower-case letters, perhaps one capital
    // inside ("McConnell") and a hyphenated part.
    const word = String.raw`\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)?`;
    const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${word}(?:\s+${word})*`, 'gu');
    for (const t of texts) {
      const expected = [...t.matchAll(re)].filter((m) => /\s/.test(m[0])).map((m) => [m.index, m[0]]);
      expect([t, capitalisedRuns(t).map((m) => [m.index, m[0]])]).toEqual([t, expected]);
    }
  });

  it('PhraseSuffix finds (?:^|[^\\p{L}])(phrases)\\.?\\s*$', () => {
    const phrases = ['ab', 'b', 'a b', 'ă', 'nr', '~'];
    const re = /(?:^|[^\p{L}])(a b|ab|nr|b|ă|~)\.?\s*$/u;
    const suffix = new PhraseSuffix(phrases, true);
    for (const t of [...texts.map((x) => x.toLowerCase()), 'x nr.', 'xab ', ' a b', '~', 'ab.', 'ș~ ']) {
      const m = re.exec(t);
      const got = suffix.match(t);
      expect([t, got && [got.index, got.phrase]]).toEqual([t, m && [m.index, m[1]]]);
    }
  });

  it('subjectBoundaries finds the clause ends of (?:^|[,;:—(]|"\\s|\\s(?:conjunctions)\\s)', () => {
    const re =
      /(?:^|[,;:—(]|"\s|\s(?:după ce|dupa ce|în timp ce|in timp ce|iar|însă|insa|dar|deși|desi|că|ca|after|while|when|and|but|although|as|that|because)\s)/giu;
    const words = [
      'and',
      'AND',
      'as',
      'ca',
      'că',
      'Că',
      'iar',
      'după ce',
      'în timp ce',
      'that',
      'x',
      'ași',
      '"',
      ',',
      ';',
      '(',
      '—',
      ' ',
      '  ',
      '\u00a0',
    ];
    const r = rng(11);
    const generated = Array.from({ length: 3000 }, () =>
      Array.from({ length: 1 + Math.floor(r() * 14) }, () => words[Math.floor(r() * words.length)]).join(r() < 0.5 ? ' ' : ''),
    );
    for (const t of [...texts, ...generated, ', and he', '" and x', ' and  and x']) {
      const expected = [...t.matchAll(re)].map((m) => m.index + m[0].length).filter((end) => end > 0);
      expect([t, subjectBoundaries(t).map((b) => b.end)]).toEqual([t, expected]);
    }
  });

  it('fold through the Latin table equals the general fold', () => {
    const latin = [..."aAzZ ăĂâÂîÎșȘțȚşŞţŢéÉèÈüÜöÖßçÇñÑøØåÅłŁđĐ19.,-'İıǅǄ"];
    const r = rng(5);
    // Short words, phrases and whole texts take three different paths.
    const generated = Array.from({ length: 3000 }, (_, i) =>
      Array.from({ length: 1 + Math.floor(r() * (i % 3 === 0 ? 900 : 60)) }, () => latin[Math.floor(r() * latin.length)]).join(''),
    );
    for (const t of [...texts, ...generated]) expect([t, fold(t)]).toEqual([t, foldGeneral(t)]);
  });

  it('wordCharAt classifies letters and digits of every plane', () => {
    for (const t of texts) {
      const got: boolean[] = [];
      const expected: boolean[] = [];
      for (let i = 0; i < t.length; i++) {
        // A look behind at i + 1 sees the whole code point that ends at i.
        const pairEnd = i > 0 && /[\ud800-\udbff]/.test(t[i - 1]!) && /[\udc00-\udfff]/.test(t[i]!);
        got.push(wordCharAt(t, i) > 0);
        expected.push(/[\p{L}\p{N}]/u.test(String.fromCodePoint(t.codePointAt(pairEnd ? i - 1 : i)!)));
      }
      expect([t, got]).toEqual([t, expected]);
    }
  });

  it('parseDigits reads figures as the expressions it replaced did', () => {
    // The expressions, as they were: space groups, the language's groups, several groups
    // of the other convention, a decimal.
    const FORMATS = {
      ro: { grouped: /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/, decimal: /^\d+,\d+$/, thousands: '.', point: ',' },
      en: { grouped: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/, decimal: /^\d+\.\d+$/, thousands: ',', point: '.' },
    } as const;
    const MULTI_GROUP = { ro: /^\d{1,3}(?:,\d{3}){2,}$/, en: /^\d{1,3}(?:\.\d{3}){2,}$/ } as const;
    const reference = (raw: string, lang: 'ro' | 'en'): number | null => {
      const s = raw.replace(/[\u00a0\u202f]/g, ' ');
      if (/^\d{1,3}( \d{3})+$/.test(s)) return Number(s.replace(/ /g, ''));
      if (/^\d+$/.test(s)) return Number(s);
      const f = FORMATS[lang];
      if (f.grouped.test(s)) return Number(s.split(f.thousands).join('').replace(f.point, '.'));
      if (MULTI_GROUP[lang].test(s)) return Number(s.replace(/[.,]/g, ''));
      if (f.decimal.test(s)) return Number(s.replace(f.point, '.'));
      // A decimal point written the other way: one mark before a run of other than three digits.
      if (/^\d+[.,](?:\d{1,2}|\d{4,})$/.test(s)) return Number(s.replace(',', '.'));
      return null;
    };
    const pieces = ['1', '12', '123', '1234', '000', '5', '.', ',', ' ', '\u00a0', '\u202f', '-', 'a'];
    const r = rng(9);
    const figures = Array.from({ length: 20000 }, () =>
      Array.from({ length: 1 + Math.floor(r() * 6) }, () => pieces[Math.floor(r() * pieces.length)]).join(''),
    );
    for (const f of [...figures, '7.000', '7,000', '3,5', '3.5', '1,000,000', '1.000.000', '7 000', '12.345,67', '12,345.67'])
      for (const lang of ['ro', 'en'] as const) expect([f, lang, parseDigits(f, lang)]).toEqual([f, lang, reference(f, lang)]);
  });

  it('spansFromTokens reads the word spans of a text, or of any part of it, off its tokens', () => {
    const extra = ['U.S.-led forces', "Seoul.'s", 'a.b.c', 'x-.y', '.U.S.', 'Ana. Ion'];
    for (const t of [...texts.slice(0, 1500), ...extra]) {
      const tokens = tokenize(t);
      expect([t, spansFromTokens(t, tokens)]).toEqual([t, wordSpans(t)]);
      // A part of the text with the tokens that lie wholly in it, as extract-claims passes them.
      for (let from = 0; from < t.length; from += 3)
        for (const to of [t.length, from + 7, from + 1]) {
          if (to > t.length) continue;
          const part = t.slice(from, to);
          const within = tokens
            .filter((k) => k.start >= from && k.end <= to)
            .map((k) => ({ ...k, start: k.start - from, end: k.end - from }));
          const spans = spansFromTokens(part, within);
          if (spans) expect([part, spans]).toEqual([part, wordSpans(part)]);
        }
    }
  });

  it('mayStartFigure passes over no word where the figure expression matches', () => {
    const words = [
      ...['a', 'an', 'A', 'o', 'un', 'one', 'Two', 'trei', 'două', 'doua', 'dozen', 'dozens', 'million', 'million-strong', 'milioane'],
      ...['mii', 'thousand', 'k', 'm', 'k-pop', 'no', 'nicio', 'nimeni', 'victimă', 'half', 'of', 'de', 'soldiers', 'euro', '3'],
      ...['la sută', 'between', 'and', 'to', 'about', 'peste', '-', ',', 'mașini', 'kg', 'x', 'miliarde', 'bn', 'sută'],
    ];
    const r = rng(13);
    const generated = Array.from({ length: 4000 }, () =>
      Array.from({ length: 1 + Math.floor(r() * 10) }, () => words[Math.floor(r() * words.length)]).join(r() < 0.8 ? ' ' : '  '),
    );
    let tried = 0;
    for (const t of [...samples, ...generated]) {
      const tokens = tokenize(t);
      tokens.forEach((w, k) => {
        // Figures in digits are always tried.
        if (/^\d/.test(w.key) || mayStartFigure(w.key, tokens[k + 1])) tried++;
        else expect([t, w.key, figureMatchesAt(t, w.start)]).toEqual([t, w.key, false]);
      });
    }
    // The words it does let through are many: the check above is not empty.
    expect(tried).toBeGreaterThan(4000);
  });

  it('cueCandidates finds with \\b what the whole-word expression finds', () => {
    // A text with "_" is searched with the look-behind expression: a "_" at the end
    // selects it and changes no match.
    const words = ['said', 'says', 'according to', 'a declarat', 'potrivit', 'in the words of', 'declarat-o', 'spus'];
    const glue = [' ', '  ', '-', "'", '’', 'x', '9', '.', ', ', '\n', 'ж'];
    const r = rng(19);
    const generated = Array.from({ length: 3000 }, () =>
      Array.from({ length: 1 + Math.floor(r() * 8) }, () =>
        r() < 0.6 ? words[Math.floor(r() * words.length)] : glue[Math.floor(r() * glue.length)],
      ).join(''),
    );
    let found = 0;
    for (const t of generated)
      for (const lang of ['ro', 'en']) {
        const got = cueCandidates(t, lang);
        found += got.length;
        expect([t, lang, got]).toEqual([t, lang, cueCandidates(`${t}_`, lang)]);
      }
    expect(found).toBeGreaterThan(2000);
  });

  it('allMatches finds what matchAll finds, empty matches and surrogate pairs included', () => {
    const expressions = [/\p{L}+/gu, /(?:)/gu, /(?:)/g, /a*/g, /\b/gu, /[.,]\s*/g, /(?<![\p{L}])\p{Lu}\p{L}*/gu];
    for (const re of expressions)
      for (const t of randomTexts(500, 12)) {
        const got = allMatches(re, t).map((m) => [m.index, m[0]]);
        expect([re.source, t, got]).toEqual([re.source, t, [...t.matchAll(re)].map((m) => [m.index, m[0]])]);
      }
  });
});

describe('WordScreen', () => {
  it('never passes over a word of its set, and passes over most others', () => {
    const words = ['in', 'a', 'ianuarie', 'săptămâna', 'o', 'x'.repeat(40), "n't", 'mid-july', '2024'];
    const screen = new WordScreen(words);
    for (const w of words) expect([w, screen.mayHold(w)]).toEqual([w, true]);
    const others = randomTexts(2000, 17).filter((t) => !words.includes(t));
    const passed = others.filter((t) => screen.mayHold(t)).length;
    expect(passed).toBeLessThan(others.length / 10);
  });
});
