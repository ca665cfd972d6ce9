import { createHash } from 'node:crypto';
import type { Claim, Link } from '@claim-ledger/contracts';
import { REFERS_BACK, fold } from '@claim-ledger/extraction';
import { aboutOf, lookupKeys, similarity, type About } from './about';
import { linkOf, relateClaims, relationOf } from './relate-claims';
import { sourceKey } from './source-key';
import { namesIn, sameStory, storyKeys, storyOf } from './story';
import { termsOf } from './terms';

/** A claim of the ledger, with the proposition it is filed under. */
export interface Member {
  claim: Claim;
  propositionId: string;
}

export interface LinkResult {
  /** claim id -> proposition id, for the new claims that belong to one. */
  propositions: Map<string, string>;
  links: Link[];
}

/** Finds the ledger's current claims that share one of these keys (a bounded, indexed look-up). */
export type CandidateLookup = (keys: readonly string[]) => readonly Member[];

// A claim joins the proposition whose members found are, on average, at least this alike
// to it; below, it founds a proposition of its own. (Joining on the single most alike
// member chains unrelated claims together: measured on the PolNeAR link gold, link F1
// 0.108 against 0.154 for the average.)
export const JOIN_THRESHOLD = 0.3;
// A claim is looked up by this many of its keys.
export const LOOKUP_KEYS = 6;
// A claim joins a proposition by how alike its members are on average, so one very alike
// claim filed under another proposition (one that joined, or was joined by, claims less
// alike to this one) is not among its members. It is linked to the most alike such claim
// when they are at least this alike, besides its membership: a link, not a join, so no
// chain of joins follows. (PolNeAR link gold: link F1 0.199 → 0.210, 0.206 at 0.35 and
// 0.208 at 0.45; held-out stories 0.269 → 0.272.)
export const ALIKE_ELSEWHERE = 0.4;
// Membership already says "these are about the same thing": a claim keeps explicit
// corroborations only from this many independent sources (the earliest).
export const MAX_CORROBORATIONS = 3;
// Conflicts and updates carry what membership cannot say, but a story republished by many
// outlets with several figures would otherwise link each new claim to every member: a
// claim keeps, of each kind, one link per other source and figure (the latest), and this
// many at most. (Synthetic pipeline feed, 1,500 articles: link rows per claim 19.0 -> 6.8;
// PolNeAR link gold, held-out stories and dev unchanged; 4 lowers the stories' link F1.)
export const MAX_CONFLICTS = 6;
// A denial that opens by pointing back answers what was said before it ("That never
// happened", "Asta e o minciună"); one with an object of its own ("denies targeting
// civilians") denies that, not the claim before it. (Demonstratives of both packs.)
const POINTS_BACK = /^["„“”]?(?:that|this|it|these|those|none of (?:this|it)|asta|acest(?:a|ea)?|aceasta|totul|nimic)(?![\p{L}])/iu;
// A denial with this many content words at most has no object of its own ("denies any
// involvement", "cannot accept defeat"). (Held-out stories: 2 leaves link F1 at 0.365, 3 and
// 4 give 0.383; PolNeAR link gold 0.233 for each.)
const BARE_DENIAL_TERMS = 3;
// A denial looks its story up by this many of its names.
const STORY_LOOKUP_KEYS = 3;

/** A stable id for a proposition founded by a claim, so that a redelivered claim founds the same one. */
export function propositionIdOf(foundingClaimId: string): string {
  return `prop_${createHash('sha256').update(foundingClaimId).digest('hex').slice(0, 20)}`;
}

// A claim's keys depend on what it is about alone: worked out once per About (the linker
// asks for them when it locks and indexes a claim and again when it files it; sorting its
// weighted keys each time was a tenth of the engine's allocation, issue 15).
const keysOfAbout = new WeakMap<About, readonly string[]>();
function keysOf(about: About): readonly string[] {
  let keys = keysOfAbout.get(about);
  if (!keys) keysOfAbout.set(about, (keys = lookupKeys(about, LOOKUP_KEYS)));
  return keys;
}

/** The keys new claims are looked up and indexed by. */
export function claimKeys(claim: Claim): readonly string[] {
  return keysOf(aboutOf(claim));
}

/**
 * Files new claims under propositions and links them to the claims already filed there.
 * A claim is compared with the candidates its heaviest keys find (never the whole
 * ledger); it joins the proposition of the most alike one when they are alike enough,
 * else it founds one. It is then related to the members found in its proposition:
 * conflicts and updates one per other source and figure (a bounded number), corroborations
 * from a few independent sources.
 */
export function linkClaims(
  newClaims: readonly Claim[],
  lookup: CandidateLookup,
  /** The newest members of a proposition (a bounded look-up): a claim that joins one is related to them too, not only to those its keys found. */
  membersOf?: (propositionId: string) => readonly Member[],
): LinkResult {
  const filings = fileClaims(newClaims, lookup);
  return { propositions: propositionsOf(filings), links: relateFiled(filings, membersOf) };
}

/**
 * Where a new claim was filed, and what it is related to there: the decision of
 * fileClaims, which relateFiled turns into links. Filing does not depend on the members a
 * proposition has beyond those the keys found, so a caller that must first learn which
 * propositions its claims join (to read their members) files once and relates once.
 */
export interface Filing {
  member: Member;
  /** Whether it joined a proposition found through its keys (else it founded one, or answers a claim). */
  joined: boolean;
  /** The candidates found under its proposition (and the claim a denial answers), in the order found. */
  members: Member[];
  /** The most alike candidate filed under another proposition, alike enough to link. */
  elsewhere: Member | undefined;
}

/** claim id -> proposition id of the filings. */
export function propositionsOf(filings: readonly Filing[]): Map<string, string> {
  return new Map(filings.map((f) => [f.member.claim.id, f.member.propositionId]));
}

/** How alike a claim's candidates under one proposition are, summed, for the claim marked `mark`. */
interface Tally {
  id: string;
  mark: number;
  sum: number;
  n: number;
  clash: boolean;
  /** Its first candidate's claim id (the least), which breaks ties between propositions. */
  first: string;
}

/** Files new claims under propositions (see linkClaims), in order, each seeing the ones before it; claims with no keys are left out. */
export function fileClaims(newClaims: readonly Claim[], lookup: CandidateLookup): Filing[] {
  const filings: Filing[] = [];
  // The new claims filed so far, as candidates of the ones after them.
  const filed: { member: Member; about: About; keys: readonly string[] }[] = [];
  // Where each key's claims stand in `filed`: a claim finds the ones before it that share a
  // key without comparing its keys with every claim of the batch.
  const filedByKey = new Map<string, number[]>();
  // Which claim last took each candidate (by id), each filed claim of the batch (by its
  // place) and each proposition's tally: kept for the whole call and marked with the claim's
  // number, not made anew for each claim (a Set of ids, a Set of places and a Map of tallies
  // a claim were most of the engine's allocation and a third of fileClaims' time, issue 15).
  const takenBy = new Map<string, number>();
  const sharedBy: number[] = [];
  const tallies = new Map<string, Tally>();
  let n = 0;
  for (const claim of newClaims) {
    const about = aboutOf(claim);
    if (about.keys.size === 0) continue;
    const keys = keysOf(about);
    const mark = ++n;
    takenBy.set(claim.id, mark);
    const candidates: Member[] = [];
    const sharing: number[] = [];
    for (const k of keys)
      for (const at of filedByKey.get(k) ?? [])
        if (sharedBy[at] !== mark) {
          sharedBy[at] = mark;
          sharing.push(at);
        }
    // (In the order they were filed, as a scan of the batch would find them.)
    sharing.sort((a, b) => a - b);
    const take = (m: Member) => {
      if (takenBy.get(m.claim.id) === mark) return;
      takenBy.set(m.claim.id, mark);
      candidates.push(m);
    };
    for (const m of lookup(keys)) take(m);
    for (const at of sharing) take(filed[at]!.member);
    // The propositions found, each by how alike its members found are on average; one
    // with a member reporting another action (other parties) is not this claim's. (In the
    // order first found.)
    const found: Tally[] = [];
    // (How alike each candidate is, at its place in `candidates`.)
    const alike: number[] = [];
    for (const m of candidates) {
      const other = aboutOf(m.claim);
      const clash = about.frame !== undefined && other.frame !== undefined && other.frame !== about.frame;
      const sim = similarity(about, other);
      alike.push(sim);
      let p = tallies.get(m.propositionId);
      if (!p) tallies.set(m.propositionId, (p = { id: m.propositionId, mark: 0, sum: 0, n: 0, clash: false, first: '' }));
      if (p.mark !== mark) {
        p.mark = mark;
        p.sum = sim;
        p.n = 1;
        p.clash = clash;
        p.first = m.claim.id;
        found.push(p);
      } else {
        p.sum += sim;
        p.n++;
        p.clash ||= clash;
        if (m.claim.id < p.first) p.first = m.claim.id;
      }
    }
    let best: { id: string; score: number; first: string } | null = null;
    for (const p of found) {
      const score = p.sum / p.n;
      if (!p.clash && score >= JOIN_THRESHOLD && (!best || score > best.score || (score === best.score && p.first < best.first)))
        best = { id: p.id, score, first: p.first };
    }
    // A denial that names only what it answers ("dismissed the allegations"), in its content
    // or in its cue's words ("ADL a respins acuzațiile ca fiind nefondate": content "fiind
    // nefondate"), answers the nearest claim before it in the same article by another source,
    // else the latest accusation of its story that names the denier; one that points back
    // ("That never happened") answers the latest such accusation. (Reading the cue's words too,
    // held-out stories: link F1 0.304 -> 0.316; PolNeAR link gold and dev unchanged.)
    // (Read only for a denial that joined no proposition: the only claims they decide for.)
    const denial = !best && claim.stance === 'denies';
    const refersBack = denial && (REFERS_BACK.test(claim.content) || OBJECT_REFERS_BACK.test(cueObject(claim)));
    const pointsBack = denial && POINTS_BACK.test(claim.content);
    // A denial with no object of its own ("neagă în continuare orice implicare", "said the
    // party cannot accept defeat"): its few words name no question, so it answers the
    // accusation its story makes elsewhere, in another article that names the denier (in its
    // own article the claim before it is as likely an aside). (Held-out stories: link F1
    // 0.365 -> 0.383; PolNeAR link gold 0.234 -> 0.233, one more false pair; dev 1.000. Any
    // article of its story, its own too, gave the stories the same and PolNeAR 0.227: there a
    // campaign's denial in its own article seldom answers the claim reported before it.)
    const bare = denial && !refersBack && !pointsBack && termsOf(claim.content).length <= BARE_DENIAL_TERMS;
    const answered =
      denial && (refersBack || pointsBack || bare)
        ? ((refersBack ? (answerNamedInArticle(claim, filed) ?? answeredClaim(claim, filed)) : undefined) ??
          accusation(
            claim,
            [
              ...lookup([
                `e:${sourceKey(claim.source)}`,
                ...nameTerms(claim).map((t) => `t:${t}`),
                ...storyKeys(about.story, STORY_LOOKUP_KEYS),
              ]),
              ...filed.map((f) => f.member),
            ].filter((m) => !bare || (!sameArticle(m.claim, claim) && sameStory(about.story, aboutOf(m.claim).story))),
          ))
        : undefined;
    const propositionId = best ? best.id : (answered?.propositionId ?? propositionIdOf(claim.id));
    if (answered) candidates.push(answered);
    const member = { claim, propositionId };
    filings.push({
      member,
      joined: best !== null,
      members: candidates.filter((m) => m.propositionId === propositionId),
      elsewhere: mostAlikeElsewhere(candidates, propositionId, alike),
    });
    for (const k of keys) {
      const at = filedByKey.get(k);
      if (at) at.push(filed.length);
      else filedByKey.set(k, [filed.length]);
    }
    filed.push({ member, about, keys });
  }
  return filings;
}

/**
 * The links of filed claims (fileClaims, of one call, in its order): each to the members
 * found in its proposition, to the newest members `membersOf` gives of one it joined and to
 * those of the call filed before it, bounded (boundedLinks), and to the most alike claim
 * filed elsewhere.
 */
export function relateFiled(filings: readonly Filing[], membersOf?: (propositionId: string) => readonly Member[]): Link[] {
  const links: Link[] = [];
  // This call's claims filed so far, by proposition, in order (not the filings before each
  // one copied and filtered again for every claim that joins).
  const filedBefore = new Map<string, Member[]>();
  for (const { member, joined, members: found, elsewhere } of filings) {
    const { claim, propositionId } = member;
    let members = found;
    // Members its keys did not find, from the ledger and from this call's claims filed before it.
    if (membersOf && joined) {
      members = [...found];
      const have = new Set(members.map((m) => m.claim.id));
      for (const list of [membersOf(propositionId), filedBefore.get(propositionId) ?? []])
        for (const m of list)
          if (!have.has(m.claim.id) && m.claim.id !== claim.id) {
            have.add(m.claim.id);
            members.push(m);
          }
    }
    const earlier = filedBefore.get(propositionId);
    if (earlier) earlier.push(member);
    else filedBefore.set(propositionId, [member]);
    links.push(...boundedLinks(claim, members));
    if (elsewhere) {
      const l = relateClaims(elsewhere.claim, claim);
      links.push({ ...l, reason: `${l.reason} (alike, though filed under another proposition)` });
    }
  }
  return links;
}

/**
 * The most alike claim found under another proposition, if alike enough to link (the
 * earliest of equals). `alike[i]` is how alike `candidates[i]` is; a candidate past its end
 * (the claim a denial answers) is not alike.
 */
function mostAlikeElsewhere(candidates: readonly Member[], propositionId: string, alike: readonly number[]): Member | undefined {
  let best: Member | undefined;
  let b = -1;
  for (let i = 0; i < candidates.length; i++) {
    const m = candidates[i]!;
    const s = alike[i] ?? 0;
    if (m.propositionId === propositionId || s < ALIKE_ELSEWHERE) continue;
    if (s > b || (s === b && m.claim.id < best!.claim.id)) {
      best = m;
      b = s;
    }
  }
  return best;
}

/**
 * The claim before a denial in its own article that its object names by the cue's word
 * ("ADL a respins acuzațiile" answers "PRC acuză ADL că …", passing over the election result
 * reported between; "dismissed that suggestion" answers "suggested that …"): the latest by
 * another source whose cue shares the object's stem. (With none, the nearest claim answers.)
 */
function answerNamedInArticle(denial: Claim, filed: readonly { member: Member }[]): Member | undefined {
  // The noun that opens the object or the content ("acuzațiile", "that suggestion"), and
  // only one that names something said: a transfer or a deal has no verb of saying.
  const noun = SAID_NOUN.exec(cueObject(denial))?.[1] ?? SAID_NOUN.exec(denial.content)?.[1];
  if (!noun) return undefined;
  const stem = fold(noun).slice(0, STEM_LETTERS);
  return answeredClaim(denial, filed, (c) => c.cue.surface.split(/\s+/).some((w) => fold(w).slice(0, STEM_LETTERS) === stem));
}

// A noun and the verb of the same stem ("accusation", "accused"; "acuzațiile", "acuză") share this many letters.
const STEM_LETTERS = 5;
// Determiners before a noun that points back ("the allegations", "aceste acuzații").
const BACK_DETERMINERS = 'the|these|those|such|its|his|her|their|all|any|acest\\p{L}*|aceste|acele|toate';

// A noun that names something said, opening an object or a content (after a determiner):
// "the allegations", "acuzațiile", "that suggestion". (Of the words REFERS_BACK knows,
// those of saying; "transferul" would otherwise meet "transmis" on five letters.)
const SAID_NOUN = new RegExp(
  `^\\s*(?:(?:${BACK_DETERMINERS}|that|this)\\s+)?((?:allegation|accusation|claim|report|charge|suggestion|assertion|acuza|afirma|informa|relat|zvon|speculat)\\p{L}*)`,
  'iu',
);

/** The claim a denial answers: the nearest one before it in its article, asserted by another source. */
function answeredClaim(
  denial: Claim,
  filed: readonly { member: Member }[],
  accept: (c: Claim) => boolean = () => true,
): Member | undefined {
  const denier = sourceKey(denial.source);
  for (let k = filed.length - 1; k >= 0; k--) {
    const c = filed[k]!.member.claim;
    if (c.articleId === denial.articleId && c.stance === 'asserts' && sourceKey(c.source) !== denier && accept(c)) return filed[k]!.member;
  }
  return undefined;
}

/** Whether two claims come from one article: an article is its publisher's id (two publishers may both number theirs "1"). */
const sameArticle = (a: Claim, b: Claim) => a.articleId === b.articleId && a.publisher === b.publisher;

/** The words that name a claim's source ("the health minister" → "healt", "minis"). */
function nameTerms(claim: Claim): string[] {
  return termsOf(claim.source.surface || claim.source.name);
}

/**
 * The accusation a denial from another article answers: the latest claim before it, by
 * another source, that names the denier, as an entity or in the words that name it
 * ("Turkey delivered drones", then "Ankara rejected the allegations"; "accused the health
 * minister of …", then "The health minister rejected the accusations").
 */
function accusation(denial: Claim, candidates: readonly Member[]): Member | undefined {
  const denier = sourceKey(denial.source);
  const story = storyOf(denial);
  // The denier's names as written ("ADL spokeswoman Carmen Lupu": ADL, Carmen, Lupu).
  const denierNames = namesIn(denial.source.surface || denial.source.name);
  let found: Member | undefined;
  for (const m of candidates) {
    const c = m.claim;
    if (c.id === denial.id || c.stance !== 'asserts' || sourceKey(c.source) === denier || c.statedAt.start > denial.statedAt.start)
      continue;
    const named = nameTerms(denial);
    const contentTerms = new Set(termsOf(c.content));
    // In one story, an accusation names the denier in its sentence ("accused the ADL of …").
    const namedInStory = denierNames.size > 0 && sameStory(story, storyOf(c)) && [...namesIn(c.text)].some((n) => denierNames.has(n));
    const names =
      c.entities.some((e) => e.id === denier) ||
      c.frame?.agent === denier ||
      c.frame?.patient === denier ||
      (named.length > 0 && named.every((t) => contentTerms.has(t))) ||
      namedInStory;
    if (
      names &&
      (!found ||
        c.statedAt.start > found.claim.statedAt.start ||
        (c.statedAt.start === found.claim.statedAt.start && c.id > found.claim.id))
    )
      found = m;
  }
  return found;
}

/**
 * The links worth storing between a new claim and the members of its proposition, so that
 * storage grows with claims, not with the square of a story's coverage: per other source
 * the earliest claim of opposite stance, every conflict of figures and every update (a
 * source revising its own figure), and the earliest corroborations of at most
 * MAX_CORROBORATIONS independent sources.
 * Membership says the rest.
 */
function boundedLinks(claim: Claim, members: readonly Member[]): Link[] {
  // Each relation with the member it relates the claim to; reasons are written for the kept ones only.
  const related = members.map((m) => ({ r: relationOf(m.claim, claim), other: m.claim }));
  type Related = (typeof related)[number];
  const earliestFirst = (x: Related, y: Related) => {
    const a = x.other;
    const b = y.other;
    return a.statedAt.start < b.statedAt.start ? -1 : a.statedAt.start > b.statedAt.start ? 1 : a.id < b.id ? -1 : 1;
  };
  const out: Link[] = [];
  // Keeps, in the order given, the first link of each key, `limit` of them at most.
  const keepDistinct = (candidates: Related[], keyOf: (l: Related) => string, limit: number) => {
    const kept = new Set<string>();
    for (const l of candidates) {
      if (kept.size >= limit) break;
      const key = keyOf(l);
      if (kept.has(key)) continue;
      kept.add(key);
      out.push(linkOf(l.r));
    }
  };
  const bySource = (l: Related) => l.other.source.id;
  const bySourceAndFigure = (l: Related) =>
    `${l.other.source.id}|${l.other.quantities.map((q) => q.value ?? `${q.min}-${q.max}`).join(',')}`;
  const latestFirst = (x: Related, y: Related) => -earliestFirst(x, y);
  // Opposite stances in one proposition conflict by membership: per other source the
  // earliest is stored. Figures that cannot both hold are a conflict that membership
  // cannot tell (same stances read as agreement), and a revision an update: per other
  // source and figure the latest is stored.
  const opposite = (l: Related) => l.other.stance !== claim.stance;
  keepDistinct(related.filter((l) => l.r.relation === 'conflicts' && opposite(l)).sort(earliestFirst), bySource, MAX_CONFLICTS);
  keepDistinct(related.filter((l) => l.r.relation === 'conflicts' && !opposite(l)).sort(latestFirst), bySourceAndFigure, MAX_CONFLICTS);
  keepDistinct(related.filter((l) => l.r.relation === 'updates').sort(latestFirst), bySourceAndFigure, MAX_CONFLICTS);
  keepDistinct(related.filter((l) => l.r.relation === 'corroborates' && l.r.independent).sort(earliestFirst), bySource, MAX_CORROBORATIONS);
  // Membership reads opposite stances as a conflict: where the source says it is one
  // position (the same source, the same day), the link must say so, for a few members at most.
  for (const l of related.filter((x) => x.r.relation === 'corroborates' && opposite(x)).slice(0, MAX_CORROBORATIONS)) out.push(linkOf(l.r));
  return out;
}

// The newest members of a proposition a joining claim is related to, besides those its keys
// found, at most: the figures of a story's claims that its keys did not find were scored as
// agreeing (held-out stories: links 0.272 -> 0.304 at 20 or 100).
export const PER_PROPOSITION = 20;
// A claim's candidates are this many claims filed under each of its keys: the newest by
// statement date in the ledger's claim_keys index (the linker reads them), the last filed in
// the in-memory index `analyze` keeps (the same where articles come in date order).
// Candidates only decide which proposition a claim joins (its members come after, up to
// PER_PROPOSITION), and a key's older claims mostly chain it to propositions less alike.
// (PolNeAR link gold, before the share rule: link F1 0.233 at 40 and 50, 0.235 at 20, 0.242
// at 10 and 15, 0.243 at 5; after it 0.241 at 50 and 0.249 at 15; held-out stories 0.398
// from 10 to 50, 0.362 at 5; dev 1.000. At 1,000,000 claims the linker read and parsed
// about 480 candidate records an article at 40, issue 11's latency.)
export const CANDIDATES_PER_KEY = 15;

/** An in-memory ledger of propositions, for the `analyze` command and tests. */
export class InMemoryPropositions {
  private readonly byKey = new Map<string, Member[]>();
  private readonly byProposition = new Map<string, Member[]>();

  link(claims: readonly Claim[]): LinkResult {
    const result = linkClaims(
      claims,
      (keys) => keys.flatMap((k) => this.byKey.get(k) ?? []),
      (p) => this.byProposition.get(p) ?? [],
    );
    for (const c of claims) {
      const propositionId = result.propositions.get(c.id);
      if (!propositionId) continue;
      const members = this.byProposition.get(propositionId) ?? [];
      members.push({ claim: c, propositionId });
      if (members.length > PER_PROPOSITION) members.shift();
      this.byProposition.set(propositionId, members);
      for (const k of claimKeys(c)) {
        const list = this.byKey.get(k) ?? [];
        list.push({ claim: c, propositionId });
        if (list.length > CANDIDATES_PER_KEY) list.shift();
        this.byKey.set(k, list);
      }
    }
    return result;
  }
}

// A cue's object that names what it answers, right after the cue: "the claims", "acuzațiile"
// (not "to reporters", whose word only begins as "report" does).
const OBJECT_REFERS_BACK = new RegExp(`^\\s*(?:(?:${BACK_DETERMINERS})\\s+)?(?:${REFERS_BACK.source})`, 'iu');

/**
 * The words between a claim's cue and its content: what the cue is said of ("a respins
 * acuzațiile ca", "dismissed the claims as"), not its source or an aside ("The army denied
 * to reporters that …" names no report it answers). Empty when the cue is not found before
 * the content.
 */
function cueObject(claim: Claim): string {
  const cue = claim.text.indexOf(claim.cue.surface);
  const content = claim.text.indexOf(claim.content, cue < 0 ? 0 : cue);
  return cue >= 0 && content > cue ? claim.text.slice(cue + claim.cue.surface.length, content) : '';
}
