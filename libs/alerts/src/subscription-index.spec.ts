import type { AlertEvent } from './alert-event';
import { subscriptionFilterSchema, type SubscriptionFilter } from './subscription-filter.schema';
import { SubscriptionIndex } from './subscription-index';
import { makeClaim, makeLink } from './sample-claims';

const filter = (f: Record<string, unknown>): SubscriptionFilter => subscriptionFilterSchema.parse(f);
const recorded = (claim = makeClaim({ id: 'c1' })): AlertEvent => ({ kind: 'claim', claim, stage: 'recorded' });

function indexOf(subs: Record<string, Record<string, unknown>>): SubscriptionIndex {
  const index = new SubscriptionIndex();
  for (const [id, f] of Object.entries(subs)) index.upsert({ id, filter: filter(f) });
  return index;
}
const ids = (index: SubscriptionIndex, event: AlertEvent) =>
  index
    .match(event)
    .map((m) => m.subscriptionId)
    .sort();

describe('SubscriptionIndex', () => {
  it('matches new claims by source id or name, entity, language, publisher and keyword, ignoring case and diacritics', () => {
    const index = indexOf({
      bySourceId: { sources: ['COUNTRY:kr'] },
      bySourceName: { sources: ['south korea'] },
      otherSource: { sources: ['country:US'] },
      byEntity: { entities: ['Russia'] },
      byLanguage: { languages: ['ro'] },
      wrongLanguage: { languages: ['en'] },
      byPublisher: { publishers: ['RADOR'] },
      byKeyword: { keywords: ['CONTAINERE'] },
      byKeywordNoDiacritics: { keywords: ['livrate'] },
      missingKeyword: { keywords: ['tancuri'] },
      everything: {},
      sourceAndWrongLanguage: { sources: ['country:KR'], languages: ['en'] },
      conflictsOnly: { relation: 'conflicts' },
    });
    expect(ids(index, recorded())).toEqual(
      ['byEntity', 'byKeyword', 'byKeywordNoDiacritics', 'byLanguage', 'byPublisher', 'bySourceId', 'bySourceName', 'everything'].sort(),
    );
  });

  it('hears of claims about a proposition once the linker filed them, and only then', () => {
    const index = indexOf({ byProposition: { propositions: ['prop-1'] }, everything: {} });
    const claim = makeClaim({ id: 'c1', propositionId: 'prop-1' });
    expect(ids(index, { kind: 'claim', claim: makeClaim({ id: 'c1' }), stage: 'recorded' })).toEqual(['everything']);
    expect(ids(index, { kind: 'claim', claim, stage: 'filed' })).toEqual(['byProposition']);
    expect(ids(index, { kind: 'claim', claim: makeClaim({ id: 'c2', propositionId: 'prop-2' }), stage: 'filed' })).toEqual([]);
  });

  it('matches links by relation, on either claim, and by the size of a figure change', () => {
    const before = makeClaim({ id: 'old', source: { id: 'country:US', name: 'United States', kind: 'government', surface: 'SUA' } });
    const after = makeClaim({
      id: 'new',
      propositionId: 'prop-1',
      quantities: [{ value: 8400, approx: false, unit: 'container', surface: '8.400' }],
    });
    const index = indexOf({
      conflicts: { relation: 'conflicts' },
      updates: { relation: 'updates' },
      usConflicts: { relation: 'conflicts', sources: ['United States'] },
      frConflicts: { relation: 'conflicts', sources: ['country:FR'] },
      propConflicts: { relation: 'conflicts', propositions: ['prop-1'] },
      move10: { relation: 'conflicts', minFigureChangePercent: 10 },
      move25: { relation: 'conflicts', minFigureChangePercent: 25 },
      newClaims: {},
    });
    const event: AlertEvent = {
      kind: 'link',
      link: makeLink(before, after, 'conflicts'),
      from: before,
      to: after,
      newClaimId: after.id,
      propositionId: 'prop-1',
    };
    expect(ids(index, event)).toEqual(['conflicts', 'move10', 'propConflicts', 'usConflicts']);
    const m = index.match(event).find((x) => x.subscriptionId === 'move10');
    expect(m?.figureChange).toEqual({ unit: 'container', from: 7000, to: 8400, percent: 20 });
    expect(ids(index, { ...event, link: makeLink(before, after, 'updates') })).toEqual(['updates']);
    expect(ids(index, { ...event, link: makeLink(before, after, 'corroborates') })).toEqual([]);
  });

  it('forgets removed subscriptions and takes a changed filter', () => {
    const index = indexOf({ a: { sources: ['country:KR'] } });
    expect(ids(index, recorded())).toEqual(['a']);
    index.upsert({ id: 'a', filter: filter({ sources: ['country:US'] }) });
    expect(ids(index, recorded())).toEqual([]);
    index.upsert({ id: 'a', filter: filter({ entities: ['russia'] }) });
    expect(ids(index, recorded())).toEqual(['a']);
    index.remove('a');
    expect(ids(index, recorded())).toEqual([]);
    expect(index.size).toBe(0);
  });
});

describe('subscriptionFilterSchema', () => {
  it.each([
    [{ relation: 'all' }, 'relation'],
    [{ languages: ['xx'] }, 'languages.0'],
    [{ sources: [] }, 'sources'],
    [{ keywords: ['a\u0000b'] }, 'keywords.0'],
    [{ minFigureChangePercent: 10 }, 'minFigureChangePercent'],
    [{ relation: 'updates', minFigureChangePercent: 0 }, 'minFigureChangePercent'],
    [{ colour: 'red' }, ''],
  ])('refuses %j, naming %s', (f, path) => {
    const parsed = subscriptionFilterSchema.safeParse(f);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path.join('.')).toBe(path);
  });
});
