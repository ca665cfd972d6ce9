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
const FLAGS = {
  ledger: ['--max-semi-space-size=8'],
  linker: ['--max-semi-space-size=8'],
};

/** The Node flags (before the script) of a service's process. */
function flagsOf(service) {
  return FLAGS[service] ?? [];
}

module.exports = { flagsOf };
