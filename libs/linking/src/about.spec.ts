import { extractClaims } from '@claim-ledger/extraction';
import { aboutOf, similarity } from './about';
import { JOIN_THRESHOLD } from './link-claims';

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
