#!/usr/bin/env node
// Turns an annotator's draft (strings copied from a RONEC sentence) into gold kept by
// position only, so that the project holds no corpus text. Every string must occur in its
// sentence; where it occurs more than once, `at` (0-based occurrence) picks one.
//
//   node eval/tools/ro-gold-to-positions.mjs draft.json > eval/ro-ronec/gold/part-1.json
//
// Draft: { "corpus": "ronec/valid.json" (default) | "ud-ro-rrt", "annotator": "…", "range": [from, to], "sentences": [ { "id": 391, "claims": [
//   { "evidence": "…", "cue": "…", "sourceSurface": "…" | null, "source": ["names", …],
//     "stance": "denies"?, "quantities": [ … ]?, "eventTime": "2013-03"?, "optional": true?,
//     "note": "…"? } ] } ] }   (a sentence with "claims": [] has none)
import { readFileSync } from 'node:fs';
import { corpusSentences } from './corpora.mjs';

const draft = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const corpus = draft.corpus ?? 'ronec/valid.json';
const byId = new Map(corpusSentences(corpus).map((s) => [s.id, s.text]));
const errors = [];
const locate = (text, needle, at, where) => {
  if (needle === undefined || needle === null || needle === '') return undefined;
  let pos = -1;
  for (let k = 0; k <= (at ?? 0); k++) {
    pos = text.indexOf(needle, pos + 1);
    if (pos < 0) break;
  }
  if (pos < 0) {
    errors.push(`${where}: "${needle}" is not in the sentence`);
    return undefined;
  }
  if (at === undefined && text.indexOf(needle, pos + 1) >= 0) errors.push(`${where}: "${needle}" occurs twice; give "…At"`);
  return [pos, pos + needle.length];
};
const out = { corpus, annotator: draft.annotator, range: draft.range, sentences: [] };
for (const s of draft.sentences) {
  const text = byId.get(s.id);
  if (text === undefined) {
    errors.push(`sentence ${s.id} is not in ${corpus}`);
    continue;
  }
  const claims = (s.claims ?? []).map((c, k) => {
    const where = `sentence ${s.id} claim ${k + 1}`;
    const claim = { id: `c${k + 1}`, evidence: locate(text, c.evidence, c.evidenceAt, `${where} evidence`) };
    const cue = locate(text, c.cue, c.cueAt, `${where} cue`);
    if (cue) claim.cue = cue;
    const src = locate(text, c.sourceSurface, c.sourceAt, `${where} sourceSurface`);
    if (src) claim.sourceSurface = src;
    if (c.source?.length) claim.source = c.source;
    for (const f of ['stance', 'quantities', 'eventTime', 'statedAt', 'optional', 'note']) if (c[f] !== undefined) claim[f] = c[f];
    if (claim.evidence && text.indexOf(text.slice(...claim.evidence), claim.evidence[0] + 1) >= 0)
      errors.push(`${where}: evidence is not unique in the sentence; make it longer`);
    return claim;
  });
  out.sentences.push({ id: s.id, claims });
}
if (errors.length) {
  process.stderr.write(errors.join('\n') + '\n');
  process.exit(1);
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
