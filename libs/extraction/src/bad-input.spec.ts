import { extractClaims } from './extract-claims';

// Whatever a feed sends, the engine returns zero or more claims: it never throws and
// never hangs (Jest's timeout fails a test that does).
const run = (body: string, language?: string) =>
  extractClaims({ id: 'bad', publisher: 'test', body, language, publishedAt: '2025-05-15T10:00:00Z' });

describe('extractClaims on bad input', () => {
  it('an empty body', () => {
    expect(run('').claims).toEqual([]);
    expect(run('   \n\n  ').claims).toEqual([]);
  });

  it('a body of 200,000 characters, in one paragraph and in many', () => {
    const sentence = 'Ministrul a declarat că bugetul crește cu 5%, potrivit surselor. ';
    const one = sentence.repeat(Math.ceil(200_000 / sentence.length)).slice(0, 200_000);
    const result = run(one, 'ro');
    expect(result.claims.length).toBeGreaterThan(1000);
    for (const c of result.claims.slice(0, 50)) expect(one.slice(c.span.start, c.span.end)).toBe(c.text);
    const noPunctuation = 'cuvânt '.repeat(200_000 / 7);
    expect(run(noPunctuation, 'ro').claims).toEqual([]);
    const lines = 'The minister said prices would fall.\n'.repeat(200_000 / 37);
    expect(run(lines, 'en').claims.length).toBeGreaterThan(1000);
  });

  it('200,000 characters dense with cues of every kind and no full stop (linear, not quadratic)', () => {
    const pieces = [
      ...['the mayor said ', 'a declarat ', 'potrivit primăriei, ', 'according to the agency, ', ', ', '"', ' that ', ' că '],
      ...['Ana Ruiz ', 'Norway ', 'Coreea de Sud ', '7,000 tonnes ', 'între 10 și 12 milioane de lei ', 'since July ', 'who say '],
      ...['by the end of the year ', 'which Oslo says ', 'were rejected by the union ', 'au fost respinse de sindicat '],
      ...['it said ', 'the ministry said ', 'Asked about it, ', 'citat de agenție, ', 'and ', 'iar ', 'half of the ', 'denied '],
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let body = '';
    while (body.length < 200_000) body += pieces[Math.floor(next() * pieces.length)];
    body = body.slice(0, 200_000);
    for (const language of ['en', 'ro']) {
      const result = run(body, language);
      for (const c of result.claims.slice(0, 50)) expect(body.slice(c.span.start, c.span.end)).toBe(c.text);
    }
  });

  it('HTML', () => {
    const html =
      '<html><head><style>p{color:red}</style><script>var a = "said that";</script></head><body>' +
      '<p>The minister <b>said</b> on Monday that prices would fall by 3%.</p><p>&ldquo;We are ready,&rdquo; the mayor said.</p>' +
      '<img src="x.jpg" alt="Photo: AP"></body></html>';
    const result = run(html, 'en');
    expect(result.claims.length).toBeGreaterThanOrEqual(1);
    for (const c of result.claims) {
      expect(html.slice(c.span.start, c.span.end)).toBe(c.text);
      expect(c.content).not.toMatch(/<script|color:red/);
    }
  });

  it('mixed scripts', () => {
    const mixed =
      'Министр заявил, что цены вырастут. 外交部发言人表示，谈判将继续。 وقال الوزير إن الأسعار سترتفع. The minister said prices would rise by 3%. Ministrul a declarat că prețurile vor crește.';
    const result = run(mixed);
    for (const c of result.claims) expect(mixed.slice(c.span.start, c.span.end)).toBe(c.text);
    expect(result.claims.some((c) => c.content.startsWith('prices would rise'))).toBe(true);
  });

  it('lone surrogates, control characters and odd punctuation', () => {
    const broken = 'The minister said prices \ud800 would \udfff rise by 3%.\u0000\u0007 Officials said ...!!! ??? "" \u200b\u200b';
    const result = run(broken, 'en');
    expect(result.claims.length).toBeGreaterThanOrEqual(1);
    for (const c of result.claims) {
      expect(c.text.isWellFormed()).toBe(true);
      expect(JSON.stringify(c)).not.toMatch(/\\ud[89a-f]/i);
    }
  });

  it('dates and numbers that are nonsense', () => {
    expect(() =>
      extractClaims({
        id: 'x',
        publisher: 't',
        body: 'The minister said on Friday that 99999999999999999999999 people came.',
        publishedAt: 'not a date',
      }),
    ).not.toThrow();
    expect(run('Officials said 1,2,3,4,5.6.7.8 and 10:99 on 31 February 2024.', 'en').claims).toHaveLength(1);
  });
});
