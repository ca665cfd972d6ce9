# The services of the pipeline, in start order, and how each is started from dist/.
SERVICES=(ledger extractor linker alerts api gateway)
service_entry() { echo "dist/apps/$1/src/main.js"; }
# Its Node flags (deploy/runtime/node-flags.js), space-separated.
service_node_flags() { node -p "require('./deploy/runtime/node-flags.js').flagsOf(process.argv[1]).join(' ')" "$1"; }
