# Defaults for running Claim Ledger on this machine; any variable already set wins,
# so the same scripts run against your own Kafka, Postgres and Redis.
: "${KAFKA_BROKERS:=127.0.0.1:${KAFKA_PORT:-9092}}"
# Whether the user named the servers (then they are used as given) or the local defaults
# apply (then deploy/local/infra.sh may start an embedded Postgres where none is installed).
: "${CLAIM_LEDGER_DATABASE_FROM_USER:=${DATABASE_URL:+1}}" "${CLAIM_LEDGER_REDIS_FROM_USER:=${REDIS_URL:+1}}"
export CLAIM_LEDGER_DATABASE_FROM_USER=${CLAIM_LEDGER_DATABASE_FROM_USER:-0} CLAIM_LEDGER_REDIS_FROM_USER=${CLAIM_LEDGER_REDIS_FROM_USER:-0}
: "${DATABASE_URL:=postgres://postgres@127.0.0.1:5432/claim_ledger}"
: "${REDIS_URL:=redis://127.0.0.1:6379/0}"
# Development keys only: set API_KEYS to your own secrets anywhere else.
: "${API_KEYS:=dev-publisher:dev-publisher-secret-0001:articles.write;dev-analyst:dev-analyst-secret-0001:claims.read+alerts.manage}"
: "${LOG_LEVEL:=info}"
export KAFKA_BROKERS DATABASE_URL REDIS_URL API_KEYS LOG_LEVEL
