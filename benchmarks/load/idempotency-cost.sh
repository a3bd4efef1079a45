#!/usr/bin/env bash
# What issue 13 adds to a real change (ADR 0026, 0027, 0018), measured with wrk against POST /v1/households on a
# running Hearth with Redis: the jar before issue 13 (BEFORE_JAR) and the jar now (AFTER_JAR), same machine, same
# JVM flags, same Redis, one connection (latency is service time, not queueing). Now, each request carries a new
# Idempotency-Key (hold in Redis, claim and answer in PostgreSQL, a savepoint per call), is counted by the rate
# limiter and reads its session's standing; before, none of that happened (the old jar ignores the header).
# A third run sends one key again and again: the replay path (hold, find, release; nothing runs).
#
#   git worktree add --detach /tmp/hearth-before <commit before issue 13>
#   (cd /tmp/hearth-before && ./mvnw -B -o -q -pl bootstrap -am package -DskipTests)
#   ./mvnw -B -o -q -pl bootstrap -am package -DskipTests
#   BEFORE_JAR=/tmp/hearth-before/bootstrap/target/hearth.jar benchmarks/load/idempotency-cost.sh
#
# Needs wrk, redis-server, curl, jq and the temurin 25 JDK. Every request names a different client address (through a
# trusted 127.0.0.1 proxy) and the write limit is set high, so nothing is refused: the cost of counting is measured,
# not the cost of refusing.
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-20s}
J=${J:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
BEFORE_JAR=${BEFORE_JAR:?set BEFORE_JAR to the jar built from the commit before issue 13}
AFTER_JAR=${AFTER_JAR:-bootstrap/target/hearth.jar}
WORK=$(mktemp -d /tmp/hearth-idempotency-load.XXXXXX)
REDIS_PORT=$((20000 + RANDOM % 20000))
HTTP_PORT=$((40000 + RANDOM % 20000))

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --pidfile "$WORK/redis.pid" --logfile "$WORK/redis.log"
trap 'kill "$(cat "$WORK/redis.pid")" 2>/dev/null || true; [ -n "${HEARTH_PID:-}" ] && kill "$HEARTH_PID" 2>/dev/null || true' EXIT

jq -c 'del(.assessmentPeriodStart)' docs/examples/universal-credit-issue-household.json > "$WORK/household.json"

cat > "$WORK/fresh.lua" <<'LUA'
local counter = 0
local body = io.open(os.getenv("BODY_FILE")):read("*a")
local token = os.getenv("TOKEN")
request = function()
  counter = counter + 1
  local headers = {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("load-%d-%d-%d", os.time(), math.random(1, 1000000000), counter),
    ["X-Forwarded-For"] = "10." .. (counter % 250) .. "." .. math.floor(counter / 250) % 250 .. "." .. math.random(1, 250),
  }
  return wrk.format("POST", "/v1/households", headers, body)
end
LUA

cat > "$WORK/replay.lua" <<'LUA'
local counter = 0
local body = io.open(os.getenv("BODY_FILE")):read("*a")
local token = os.getenv("TOKEN")
local key = "replayed-" .. os.time()
request = function()
  counter = counter + 1
  local headers = {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = key,
    ["X-Forwarded-For"] = "10." .. (counter % 250) .. "." .. math.floor(counter / 250) % 250 .. "." .. math.random(1, 250),
  }
  return wrk.format("POST", "/v1/households", headers, body)
end
LUA

run() { # $1: before|after, $2: jar
  local limits=""
  if [ "$1" = after ]; then # the jar before issue 13 refuses variables it does not know
    limits="HEARTH_RATE_LIMIT_WRITES=100000 HEARTH_RATE_LIMIT_AUTHENTICATION=100000"
  fi
  env $limits HEARTH_DATA_DIR="$WORK/data-$1" HEARTH_HTTP_PORT="$HTTP_PORT" HEARTH_LOG_LEVEL=WARN \
    HEARTH_TRUSTED_PROXIES=127.0.0.1 REDIS_URL="redis://127.0.0.1:$REDIS_PORT" \
    "$J" -XX:+ExitOnOutOfMemoryError -jar "$2" serve > "$WORK/hearth-$1.log" 2>&1 &
  HEARTH_PID=$!
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$HTTP_PORT/health/live" > /dev/null 2>&1 && break
    sleep 0.5
  done
  local who="load-$RANDOM$RANDOM@example.org"
  curl -fs -X POST "http://127.0.0.1:$HTTP_PORT/v1/auth/register" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$who\",\"password\":\"a long load-test passphrase\"}" > /dev/null
  TOKEN=$(curl -fs -X POST "http://127.0.0.1:$HTTP_PORT/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$who\",\"password\":\"a long load-test passphrase\"}" | jq -r .accessToken)
  export TOKEN BODY_FILE="$WORK/household.json"
  # access tokens live 10 minutes: keep each run (warm-up and measurement) well inside one
  wrk -t1 -c1 -d"$WARMUP" -s "$WORK/fresh.lua" "http://127.0.0.1:$HTTP_PORT" > /dev/null
  echo "== $1: a new household per request"
  wrk -t1 -c1 -d"$DURATION" --latency -s "$WORK/fresh.lua" "http://127.0.0.1:$HTTP_PORT" \
    | grep -E "Requests/sec|^ +(50|75|90|99)%|Non-2xx"
  if [ "$1" = after ]; then
    echo "== $1: the same key again (replayed)"
    wrk -t1 -c1 -d"$DURATION" --latency -s "$WORK/replay.lua" "http://127.0.0.1:$HTTP_PORT" \
      | grep -E "Requests/sec|^ +(50|75|90|99)%|Non-2xx"
  fi
  kill "$HEARTH_PID"; wait "$HEARTH_PID" 2>/dev/null || true; HEARTH_PID=""
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq 1 "$ROUNDS"); do
  run before "$BEFORE_JAR"
  run after "$AFTER_JAR"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
