import type { Claim, Link } from '@claim-ledger/contracts';

/** A sample claim for unit tests and the benchmark, with what matters to filters set by the caller. */
export function makeClaim(over: Partial<Claim> & { id: string }): Claim {
  return {
    kind: 'claim',
    articleId: `a-${over.id}`,
    publisher: 'rador',
    revision: 1,
    language: 'ro',
    span: { start: 0, end: 10 },
    text: 'Ministrul a declarat că 7.000 de containere au fost livrate.',
    source: { id: 'country:KR', name: 'South Korea', kind: 'government', surface: 'Seul' },
    cue: { surface: 'a declarat' },
    stance: 'asserts',
    hedged: false,
    content: '7.000 de containere au fost livrate',
    quantities: [{ value: 7000, approx: false, unit: 'container', surface: '7.000' }],
    statedAt: { start: '2025-01-01' },
    entities: [{ id: 'country:RU', name: 'Russia', kind: 'government', surface: 'Rusia' }],
    confidence: 0.9,
    ...over,
  };
}

export function makeLink(from: Claim, to: Claim, relation: Link['relation']): Link {
  return { kind: 'link', from: from.id, to: to.id, relation, independent: true, reason: `test ${relation}` };
}
