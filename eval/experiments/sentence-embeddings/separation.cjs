// How well a sentence embedding separates the link gold's pairs from the other pairs of each
// event: best pairwise F1 of the cosine alone, of shared words alone, and of a logistic model
// of cosine, shared words, same article and same source, cross-validated by event.
//   node eval/experiments/sentence-embeddings/separation.cjs LINK_GOLD_DIR
const fs = require('fs');
const path = require('path');
const { embed } = require('./embed.cjs');
const G = process.argv[2]; // the scorer's link gold: node eval/tools/build-link-gold.mjs DIR
const parts = fs
  .readdirSync(path.join(__dirname, '../../polnear-links/parts'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(__dirname, '../../polnear-links/parts', f))));
const events = parts.flatMap((p) => p.events);
const claims = {};
for (const f of fs.readdirSync(G)) {
  if (f === 'links.json') continue;
  const g = JSON.parse(fs.readFileSync(path.join(G, f)));
  for (const c of g.claims)
    claims[g.article.id + '#' + c.id] = {
      ...c,
      article: g.article.id,
      text: c.evidence ?? g.article.body.slice(c.evidenceStart, c.evidenceEnd),
      src: (c.sourceSurface ?? []).join(' ').toLowerCase(),
    };
}
const links = JSON.parse(fs.readFileSync(G + '/links.json')).links;
const lab = new Map();
const key = (a, b) => (a < b ? a + '|' + b : b + '|' + a);
for (const l of links) lab.set(key(l.from, l.to), l.optional ? 'opt' : l.relation);
(async () => {
  const keys = Object.keys(claims);
  const vecs = {},
    svecs = {};
  for (let i = 0; i < keys.length; i += 32) {
    const v = await embed(keys.slice(i, i + 32).map((k) => claims[k].text));
    v.forEach((x, j) => (vecs[keys[i + j]] = x));
  }
  const cos = (a, b) => a.reduce((s, x, i) => s + x * b[i], 0);
  const words = (t) => new Set(t.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const jac = (a, b) => {
    const A = words(a),
      B = words(b);
    let n = 0;
    for (const x of A) if (B.has(x)) n++;
    return n / (A.size + B.size - n || 1);
  };
  const lastw = (s) => s.split(/\s+/).pop();
  const rows = [];
  events.forEach((ev, ei) => {
    const ks = keys.filter((k) => ev.articles.includes(claims[k].article) && !claims[k].optional);
    for (let i = 0; i < ks.length; i++)
      for (let j = i + 1; j < ks.length; j++) {
        const l = lab.get(key(ks[i], ks[j]));
        if (l === 'opt') continue;
        const A = claims[ks[i]],
          B = claims[ks[j]];
        const same = A.article === B.article ? 1 : 0;
        const ss = A.src && lastw(A.src) === lastw(B.src) ? 1 : 0;
        const c = cos(vecs[ks[i]], vecs[ks[j]]),
          jj = jac(A.text, B.text);
        const dist = same ? Math.abs(parseInt(A.id.slice(1)) - parseInt(B.id.slice(1))) : 0;
        rows.push({ ev: ei, y: l ? 1 : 0, x: [1, c, jj, same, ss, c * ss, c * same, same * (dist <= 2 ? 1 : 0), c * c] });
      }
  });
  const train = (rs) => {
    let w = new Array(rs[0].x.length).fill(0);
    const lr = 0.1;
    for (let ep = 0; ep < 200; ep++) {
      const g = new Array(w.length).fill(0);
      for (const r of rs) {
        const p = 1 / (1 + Math.exp(-r.x.reduce((s, x, i) => s + x * w[i], 0)));
        const wt = r.y ? 10 : 1;
        r.x.forEach((x, i) => (g[i] += wt * (p - r.y) * x));
      }
      w = w.map((v, i) => v - ((lr * g[i]) / rs.length) * 5);
    }
    return w;
  };
  // Each event's pairs scored by a model trained on the other four fifths of the events.
  const crossValidated = (rs) => {
    const out = [];
    for (let f = 0; f < 5; f++) {
      const w = train(rs.filter((r) => r.ev % 5 !== f));
      for (const r of rs.filter((r) => r.ev % 5 === f)) out.push({ y: r.y, s: r.x.reduce((s, x, i) => s + x * w[i], 0) });
    }
    return out;
  };
  const best = (rs) => {
    const s = [...rs].sort((a, b) => b.s - a.s);
    const P = rs.filter((x) => x.y).length;
    let tp = 0,
      bf = 0;
    s.forEach((x, i) => {
      if (x.y) tp++;
      const f1 = (2 * tp) / (i + 1 + P);
      if (f1 > bf) bf = f1;
    });
    return bf.toFixed(3);
  };
  for (const [label, f] of [
    ['cosine', (r) => r.x[1]],
    ['shared words (Jaccard)', (r) => r.x[2]],
  ])
    console.log(label, 'best pairwise F1', best(rows.map((r) => ({ y: r.y, s: f(r) }))));
  console.log('combined, 5-fold by event: best pairwise F1', best(crossValidated(rows)));
  const noemb = rows.map((r) => ({ ...r, x: [1, r.x[2], r.x[3], r.x[4], r.x[2] * r.x[4], r.x[2] * r.x[3], r.x[7]] }));
  console.log('combined without the embedding: best pairwise F1', best(crossValidated(noemb)));
})();
