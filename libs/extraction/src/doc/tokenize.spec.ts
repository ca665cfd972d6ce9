import { makeDoc } from './make-doc';
import { tokenize } from './tokenize';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('keeps words whole with their inner apostrophes, stops, separators and hyphens', () => {
    expect(texts("He didn't say U.S. troops left 7.000 de km, 1,5 mld Coreea-de-Nord.")).toEqual([
      'He',
      "didn't",
      'say',
      'U.S.',
      'troops',
      'left',
      '7.000',
      'de',
      'km',
      ',',
      '1,5',
      'mld',
      'Coreea-de-Nord',
      '.',
    ]);
  });

  it('takes a doubled apostrophe for one quotation mark and folds every quotation mark to "', () => {
    const tokens = tokenize("''We are ready,'' said „Ion” «x»");
    expect(tokens.filter((t) => t.quote).map((t) => t.text)).toEqual(["''", "''", '„', '”', '«', '»']);
    // Three marks after a word close a quotation inside a quotation, the single mark first;
    // before a word they open one, the doubled mark first.
    const nested = tokenize("''They say, 'Trump is right,''' said Mr. Regalado. '''Yes' is all,''");
    expect(nested.map((t) => (t.quote ? `Q${t.text}` : t.text)).slice(9, 12)).toEqual(["'", "Q''", 'said']);
    expect(nested.map((t) => (t.quote ? `Q${t.text}` : t.text)).slice(16, 19)).toEqual(["Q''", "'", 'Yes']);
    expect(new Set(tokens.filter((t) => t.quote).map((t) => t.norm))).toEqual(new Set(['"']));
  });

  it('gives offsets into the text and lower-case norms', () => {
    const text = 'Seoul SAID: “yes”';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text)[1]!.norm).toBe('said');
  });

  it('joins words by a curly apostrophe and a dash, and lower-cases any word, folding its curly apostrophe', () => {
    const tokens = tokenize('Kim’s Nord–Sud ȘEFUL said, ÎN 2024 plain');
    expect(tokens.map((t) => t.text)).toEqual(['Kim’s', 'Nord–Sud', 'ȘEFUL', 'said', ',', 'ÎN', '2024', 'plain']);
    expect(tokens.map((t) => t.norm)).toEqual(["kim's", 'nord–sud', 'șeful', 'said', ',', 'în', '2024', 'plain']);
  });
});

describe('makeDoc', () => {
  it('joins sentences while a quotation is open into one unit, within a paragraph', () => {
    const doc = makeDoc('"The plant is safe. Nothing leaked," she said. Next one.\n\nNew paragraph here.', 'en');
    expect(doc.units.map((u) => doc.text.slice(u.start, u.end).trim())).toEqual([
      '"The plant is safe. Nothing leaked," she said.',
      'Next one.',
      'New paragraph here.',
    ]);
    expect(doc.units.every((u) => u.last > u.first)).toBe(true);
  });

  it('keeps a quotation closed by its own question mark with the short attribution after it', () => {
    const doc = makeDoc(
      '"Why is he attacking me?" Trump said. "He has to beat eight others." Then he left the stage to loud applause.',
      'en',
    );
    expect(doc.units.map((u) => doc.text.slice(u.start, u.end).trim())).toEqual([
      '"Why is he attacking me?" Trump said.',
      '"He has to beat eight others."',
      'Then he left the stage to loud applause.',
    ]);
  });
});
