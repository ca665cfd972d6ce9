import { extractClaims } from '@claim-ledger/extraction';
import { aboutOf, similarity } from './about';
import { JOIN_THRESHOLD } from './link-claims';
import { STORY_MIN_WEIGHT, storyOfNames } from './story';

const claimOf = (id: string, body: string) =>
  extractClaims({ id, publisher: id, language: 'en', publishedAt: '2025-05-02T10:00:00Z', body }).claims[0]!;

describe('similarity: what two claims are about', () => {
  it('takes the very same figure, in one unit and one story, for one fact reported twice, however worded', () => {
    const poll = aboutOf(claimOf('a', 'Marist pollsters said Elena Brandt was backed by 48 percent of likely primary voters.'));
    const same = aboutOf(claimOf('b', 'The Cheyenne Tribune said its own survey found 48 percent support for the senator.'));
    const other = aboutOf(claimOf('c', 'The Cheyenne Tribune said its own survey found 31 percent support for the senator.'));
    // (Both articles of one story: the test gives them the poll's story.)
    same.story = poll.story;
    other.story = poll.story;
    expect(similarity(poll, same)).toBeGreaterThanOrEqual(JOIN_THRESHOLD);
    expect(similarity(poll, other)).toBeLessThan(JOIN_THRESHOLD);
  });
});

describe('similarity: words shared across stories', () => {
  const a = () => aboutOf(claimOf('d', 'Trump said he would broker a peace deal between Israel and the Palestinians.'));
  const b = () => aboutOf(claimOf('e', 'Netanyahu said a peace deal between Israel and the Palestinians would take years.'));

  it('counts the words of two articles of one story in full, of two stories in one language by half', () => {
    const [x, y] = [a(), b()];
    y.story = x.story;
    const inOneStory = similarity(x, y);
    expect(inOneStory).toBeGreaterThan(0);
    // Months apart, the same names: another story.
    y.story = { ...x.story, day: x.story.day + 90 };
    expect(similarity(x, y)).toBeCloseTo(inOneStory / 2, 5);
  });

  it('does not discount across languages, where story names are translated', () => {
    const [x, y] = [a(), b()];
    y.story = x.story;
    const inOneStory = similarity(x, y);
    y.story = { ...x.story, day: x.story.day + 90 };
    y.language = 'ro';
    expect(similarity(x, y)).toBeCloseTo(inOneStory, 5);
  });
});

describe("similarity: one source's figures", () => {
  const guns = () => aboutOf(claimOf('f', 'Senator Hale said 33,000 people a year die from gun violence.'));
  const emails = () => aboutOf(claimOf('g', 'Senator Hale said 30,000 people had read her emails.'));

  it("takes one source's figures in one unit for one measure within one story, not across stories", () => {
    const [x, y] = [guns(), emails()];
    // (One story, as the articles' other names would tell.)
    x.story = storyOfNames(new Map([['n:hale', STORY_MIN_WEIGHT]]), x.story.day);
    y.story = x.story;
    expect(similarity(x, y)).toBeGreaterThanOrEqual(JOIN_THRESHOLD);
    y.story = { ...x.story, day: x.story.day + 150 };
    expect(similarity(x, y)).toBeLessThan(JOIN_THRESHOLD);
  });
});

describe('similarity: frames', () => {
  it('takes a party nobody named for no party: two sendings to one recipient by unnamed senders are not one action', () => {
    const base = claimOf('h', 'Officials said the document was sent to Washington by fax.');
    const other = claimOf('i', 'Officials said the talking points were sent to Washington on an open network.');
    const framed = (c: typeof base, agent: string) => ({ ...c, frame: { action: 'transfer', agent, patient: 'country:US' } });
    // Named senders that agree: one action between the same parties, whatever the words.
    expect(similarity(aboutOf(framed(base, 'country:DE')), aboutOf(framed(other, 'country:DE')))).toBe(1);
    // No sender found on either side: the words decide.
    expect(similarity(aboutOf(framed(base, 'anonymous')), aboutOf(framed(other, 'anonymous')))).toBeLessThan(JOIN_THRESHOLD);
  });
});
