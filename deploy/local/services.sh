# The services of the pipeline, in start order, and how each is started from dist/.
SERVICES=(ledger extractor linker alerts api gateway)
service_entry() { echo "dist/apps/$1/src/main.js"; }
