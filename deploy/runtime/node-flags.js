// The Node flags each service is started with, in one place: deploy/local (npm start,
// npm run service), docker-compose.yml, deploy/k8s and the benchmarks start the services
// with these (deploy/docker-compose.spec.ts and deploy/k8s/manifests.spec.ts check it).
//
// --max-semi-space-size=8: V8's young generation grows to 2 x 16 MB semi-spaces by
// default, and the ledger and linker allocate a batch's events and records quickly enough
// to fill them. With 8 MB their peak RSS under load fell from 260 to 241 MB (linker) and
// 191 to 169 MB (ledger) at the same throughput (bench:pipeline, issue 15: 243-253
// articles/s linked either way; the target is 250 MB a service). Not for the extractor: a
// larger young generation made extraction faster (bench:extract).
//
// --max-old-space-size=192 (API): without a limit V8 sized the old generation for this
// 24 GB machine and let it grow before collecting; the API's RSS swung between 205 and
// 288 MB under a steady load of article pages (8 or 64 requests in flight, 8,000
// requests), over the 250 MB target, though it starts at 140 MB and keeps little between
// requests. With the limit it peaked at 161-165 MB at the same rate (372-412 requests/s
// against 377-448, session 29). A request that needed more would fail with the process,
// as it would in a container of that size (deploy/k8s limits the API to 384Mi).
const FLAGS = {
  ledger: ['--max-semi-space-size=8'],
  linker: ['--max-semi-space-size=8'],
  api: ['--max-old-space-size=192'],
};

/** The Node flags (before the script) of a service's process. */
function flagsOf(service) {
  return FLAGS[service] ?? [];
}

module.exports = { flagsOf };
