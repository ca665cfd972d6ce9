// A sentence embedder for the experiment (not a project dependency): a BERT basic
// tokenizer and WordPiece over the model's tokenizer.json, mean pooling, L2 norm.
// MODEL_DIR holds <name>.onnx and <name>-tokenizer.json as langchain4j's jars ship them.
const ort = require('onnxruntime-node');
const path = require('node:path');
const dir = process.env.MODEL_DIR ?? '/tmp/emb';
const name = process.env.MODEL ?? 'all-minilm-l6-v2-q';
const tok = require(path.join(dir, `${name}-tokenizer.json`));
const vocab = tok.model.vocab;
function basic(text) {
  text = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '');
  const out = [];
  for (const w of text.split(/\s+/)) {
    if (!w) continue;
    let cur = '';
    for (const ch of w) {
      if (/[\p{P}\p{S}]/u.test(ch)) {
        if (cur) out.push(cur);
        out.push(ch);
        cur = '';
      } else cur += ch;
    }
    if (cur) out.push(cur);
  }
  return out;
}
function wordpiece(w) {
  if (w.length > 100) return [vocab['[UNK]']];
  const ids = [];
  let s = 0;
  while (s < w.length) {
    let e = w.length,
      found = null;
    while (s < e) {
      const sub = (s > 0 ? '##' : '') + w.slice(s, e);
      if (sub in vocab) {
        found = vocab[sub];
        break;
      }
      e--;
    }
    if (found === null) return [vocab['[UNK]']];
    ids.push(found);
    s = e;
  }
  return ids;
}
function encode(text, max = 128) {
  const ids = [vocab['[CLS]']];
  for (const w of basic(text)) ids.push(...wordpiece(w));
  ids.length = Math.min(ids.length, max - 1);
  ids.push(vocab['[SEP]']);
  return ids;
}
let session;
async function embed(texts, file = path.join(dir, `${name}.onnx`)) {
  session ??= await ort.InferenceSession.create(file, { intraOpNumThreads: 1 });
  const enc = texts.map((t) => encode((process.env.PREFIX ?? '') + t));
  const L = Math.max(...enc.map((e) => e.length)),
    B = enc.length;
  const ids = new BigInt64Array(B * L),
    mask = new BigInt64Array(B * L),
    types = new BigInt64Array(B * L);
  enc.forEach((e, b) =>
    e.forEach((id, i) => {
      ids[b * L + i] = BigInt(id);
      mask[b * L + i] = 1n;
    }),
  );
  const out = await session.run({
    input_ids: new ort.Tensor('int64', ids, [B, L]),
    attention_mask: new ort.Tensor('int64', mask, [B, L]),
    token_type_ids: new ort.Tensor('int64', types, [B, L]),
  });
  const h = out.last_hidden_state.data,
    D = out.last_hidden_state.dims[2];
  return enc.map((e, b) => {
    const v = new Float32Array(D);
    for (let i = 0; i < e.length; i++) for (let d = 0; d < D; d++) v[d] += h[(b * L + i) * D + d];
    let n = 0;
    for (let d = 0; d < D; d++) n += v[d] * v[d];
    n = Math.sqrt(n);
    for (let d = 0; d < D; d++) v[d] /= n;
    return v;
  });
}
module.exports = { embed, encode };
