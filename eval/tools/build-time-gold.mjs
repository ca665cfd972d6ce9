#!/usr/bin/env node
// The PolNeAR eventTime gold (eval/polnear-times/gold.json, keys only; guide:
// eval/polnear-times/GUIDE.md).
//   node eval/tools/build-time-gold.mjs --select [--every N] [--at R]
//       prints the candidates: the non-optional claims, in the train files at index
//       i % N === R (N = 8, R = 1; the held-out slice is R = 5) of the name-sorted list,
//       whose evidence holds a time word;
//       for each, the key, the publication date, the sentence around the claim and the
//       evidence with the time words marked ⟦…⟧
//   node eval/tools/build-time-gold.mjs OUT_DIR [--gold FILE]
//       reads FILE (default eval/polnear-times/gold.json; the held-out slice is
//       eval/polnear-times/heldout.json) and writes one scorer gold file per article with an
//       annotated claim to OUT_DIR (a temporary folder): the article's PolNeAR claims
//       unchanged, with `eventTime` set on the annotated ones that have a value
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outsideProjectDir } from './corpora.mjs';
import { polnearTrain } from './polnear.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const TIME_GOLD = join(here, '../polnear-times/gold.json');
/** The sample: train files at index i % EVERY === 1 (i % 4 gave 361 candidates, too many). */
export const EVERY = 8;
/** The residue of the sample (gold.json); the held-out slice (heldout.json) is at 5. */
export const AT = 1;

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const UNITS = 'week|weekend|month|year|summer|fall|autumn|winter|spring|quarter|decade|century|morning|afternoon|evening|night|season|term|session';
const SEASONS = 'summer|fall|autumn|winter|spring';
/** Time words, case-sensitive parts (names) and case-insensitive parts apart. */
const TIME_WORDS = [
  new RegExp(`\\b(?:${MONTHS}|${DAYS})\\b`, 'g'),
  new RegExp(`\\b(?:${MONTH_ABBR})\\.`, 'g'),
  /\b(?:19\d\d|20[0-2]\d|2030)s?\b/g,
  /(?:\b(?:19|20)\d0s|'\d0s|\b[1-9]0s)\b/g,
  /\b(?:today|yesterday|tomorrow|tonight|ago|since)\b/gi,
  new RegExp(`\\b(?:last|next|this|past|coming|previous|earlier|later)\\s+(?:(?:few|two|three|four|five|six|several|\\d+)\\s+)?(?:${UNITS})s?\\b`, 'gi'),
  /\b(?:earlier|later)\s+(?:this|that|in\s+the)\b/gi,
  new RegExp(`\\b(?:in|this|last|next|that|the|early|late|mid-?)\\s+(?:${SEASONS})\\b`, 'gi'),
  new RegExp(`\\b(?:${SEASONS})\\s+(?:of\\s+)?(?:19|20)\\d\\d\\b`, 'gi'),
  /\b(?:first|second|third|fourth)[- ]quarter\b|\bQ[1-4]\b/gi,
  /\bElection Day\b/gi,
];

/** The spans [start, end) of the time words in a string, merged. */
export function timeSpans(text) {
  const spans = [];
  for (const re of TIME_WORDS) for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  spans.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([...s]);
  }
  return merged;
}

const mark = (text) => {
  let out = '';
  let at = 0;
  for (const [s, e] of timeSpans(text)) {
    out += text.slice(at, s) + '⟦' + text.slice(s, e) + '⟧';
    at = e;
  }
  return out + text.slice(at);
};

/** The sentence(s) around body[start, end): from the sentence end before to the one after. */
function around(body, start, end) {
  const before = body.slice(0, start);
  const cut = Math.max(before.lastIndexOf('\n'), ...['. ', '? ', '! ', '.” ', '." '].map((p) => {
    const k = before.lastIndexOf(p);
    return k < 0 ? -1 : k + p.length - 1;
  }));
  const from = cut < 0 ? 0 : cut + 1;
  const rest = body.slice(end);
  const m = rest.match(/[.?!][”"’]?(?=\s|$)|\n/);
  const to = m ? end + m.index + m[0].length : body.length;
  return body.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** The candidate claims by the fixed rule: [{ key, article, claim }]. */
export function candidates(every = EVERY, at = AT) {
  const out = [];
  polnearTrain().forEach((g, i) => {
    if (i % every !== at) return;
    for (const c of g.claims) if (!c.optional && timeSpans(c.evidence).length) out.push({ key: `${g.article.id}#${c.id}`, g, claim: c });
  });
  return out;
}

function select(every, at) {
  const list = candidates(every, at);
  let article = null;
  for (const { key, g, claim } of list) {
    if (g.article.id !== article) {
      article = g.article.id;
      const d = new Date(g.article.publishedAt);
      console.log(`\n## ${article} (${g.article.publisher}, published ${g.article.publishedAt.slice(0, 10)}, ${d.toUTCString().slice(0, 3)})`);
    }
    const at = g.article.body.indexOf(claim.evidence);
    console.log(`${key}\t[${claim.cue ?? ''}]\t${(claim.sourceSurface ?? ['-'])[0]}`);
    console.log(`  sentence: ${around(g.article.body, at, at + claim.evidence.length)}`);
    console.log(`  evidence: ${mark(claim.evidence.replace(/\s+/g, ' '))}`);
  }
  const n = new Set(list.map((c) => c.g.article.id)).size;
  process.stderr.write(`build-time-gold --select: ${list.length} candidate claims in ${n} articles (files at i % ${every} === ${at})\n`);
}

const YM = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

/** Reads a time gold file (gold.json by default) and checks it against the train files: { byArticle, problems, counts }. */
export function readTimeGold(file = TIME_GOLD) {
  const { entries } = JSON.parse(readFileSync(file, 'utf8'));
  const files = new Map(polnearTrain().map((g) => [g.article.id, g]));
  const problems = [];
  const byArticle = new Map();
  const seen = new Set();
  let valued = 0;
  let none = 0;
  for (const e of entries) {
    const key = e.claim;
    const [id, cid] = String(key).split('#');
    const g = files.get(id);
    if (!g || !g.claims.some((c) => c.id === cid)) {
      problems.push(`no claim ${key}`);
      continue;
    }
    if (seen.has(key)) problems.push(`${key} given twice`);
    seen.add(key);
    const v = e.eventTime;
    if (v !== null && !(typeof v === 'string' ? YM.test(v) : Array.isArray(v) && v.length && v.every((x) => YM.test(x))))
      problems.push(`${key}: eventTime ${JSON.stringify(v)} is not "YYYY-MM", "YYYY", a list of them or null`);
    if (v === null && !e.why) problems.push(`${key}: null without a "why"`);
    if (v === null) none++;
    else valued++;
    if (!byArticle.has(id)) byArticle.set(id, { g, times: new Map() });
    byArticle.get(id).times.set(cid, v);
  }
  return { byArticle, problems, valued, none };
}

function build(out, file) {
  const { byArticle, problems, valued, none } = readTimeGold(file);
  if (problems.length) {
    process.stderr.write(problems.join('\n') + '\n');
    process.exit(1);
  }
  mkdirSync(out, { recursive: true });
  for (const { g, times } of byArticle.values()) {
    const claims = g.claims.map((c) => {
      const v = times.get(c.id);
      return v === undefined || v === null ? c : { ...c, eventTime: v };
    });
    const notes = [...(g.notes ?? []), 'eventTime: eval/polnear-times (keys only); claims of this file without eventTime are not scored on it'];
    writeFileSync(join(out, g.file), JSON.stringify({ article: g.article, annotates: ['source', 'eventTime'], claims, notes }));
  }
  process.stderr.write(`build-time-gold: ${byArticle.size} files, ${valued} claims with eventTime, ${none} annotated without\n`);
}

const args = process.argv.slice(2);
if (import.meta.url === `file://${process.argv[1]}`) {
  const opt = (name, dflt) => {
    const k = args.indexOf(name);
    return k >= 0 ? args[k + 1] : dflt;
  };
  if (args[0] === '--select') {
    select(Number(opt('--every', EVERY)), Number(opt('--at', AT)));
  } else if (args[0] && !args[0].startsWith('-')) {
    build(outsideProjectDir(args[0], 'build-time-gold.mjs OUT_DIR [--gold FILE]'), opt('--gold', TIME_GOLD));
  }
  else {
    process.stderr.write('usage: build-time-gold.mjs --select [--every N] [--at R] | OUT_DIR [--gold FILE]\n');
    process.exit(2);
  }
}
