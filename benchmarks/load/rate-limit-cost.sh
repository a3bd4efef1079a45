#!/usr/bin/env bash
# The rate limiter's cost per request (ADR 0027), measured with wrk against the real route GET /.well-known/jwks.json
# (public, class `reads`: one Redis round trip per request, the address check) on a running Hearth with Redis.
# Runs ROUNDS alternating pairs: limits on (default limits) and off (every HEARTH_RATE_LIMIT_* = 0), same Redis, same
# JVM flags; each round restarts Hearth. One connection, so latency is service time, not queueing.
#
#   ./mvnw -B -o -q -pl bootstrap -am package -DskipTests
#   benchmarks/load/rate-limit-cost.sh            # needs wrk, redis-server, the temurin 25 JDK
#
# Every request names a different client (X-Forwarded-For from a trusted 127.0.0.1 proxy), so no quota runs out:
# what is measured is the cost of counting, not of refusing.
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-20s}
J=${J:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
WORK=$(mktemp -d /tmp/hearth-ratelimit-load.XXXXXX)
REDIS_PORT=$((20000 + RANDOM % 20000))
HTTP_PORT=$((40000 + RANDOM % 20000))

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --pidfile "$WORK/redis.pid" --logfile "$WORK/redis.log"
trap 'kill "$(cat "$WORK/redis.pid")" 2>/dev/null || true; [ -n "${HEARTH_PID:-}" ] && kill "$HEARTH_PID" 2>/dev/null || true' EXIT

cat > "$WORK/spread.lua" <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  wrk.headers["X-Forwarded-For"] = "10." .. (counter % 250) .. "." .. math.floor(counter / 250) % 250 .. "." .. math.random(1, 250)
  return wrk.format("GET", "/.well-known/jwks.json")
end
LUA

run() { # $1: on|off
  local limit=""
  if [ "$1" = off ]; then
    limit="HEARTH_RATE_LIMIT_AUTHENTICATION=0 HEARTH_RATE_LIMIT_CALCULATIONS=0 HEARTH_RATE_LIMIT_READS=0 HEARTH_RATE_LIMIT_WRITES=0 HEARTH_RATE_LIMIT_ADMIN=0"
  fi
  env $limit HEARTH_DATA_DIR="$WORK/data" HEARTH_HTTP_PORT="$HTTP_PORT" HEARTH_LOG_LEVEL=WARN \
    HEARTH_TRUSTED_PROXIES=127.0.0.1 REDIS_URL="redis://127.0.0.1:$REDIS_PORT" \
    "$J" -XX:+ExitOnOutOfMemoryError -jar bootstrap/target/hearth.jar serve > "$WORK/hearth-$1.log" 2>&1 &
  HEARTH_PID=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$HTTP_PORT/health/live" > /dev/null 2>&1 && break
    sleep 0.5
  done
  wrk -t1 -c1 -d"$WARMUP" -s "$WORK/spread.lua" "http://127.0.0.1:$HTTP_PORT" > /dev/null
  echo "== limits $1"
  wrk -t1 -c1 -d"$DURATION" --latency -s "$WORK/spread.lua" "http://127.0.0.1:$HTTP_PORT" \
    | grep -E "Requests/sec|^ +(50|75|90|99)%|Non-2xx"
  curl -s -D - -o /dev/null -H 'X-Forwarded-For: 192.0.2.1' "http://127.0.0.1:$HTTP_PORT/.well-known/jwks.json" \
    | grep -i '^ratelimit' || echo "(no RateLimit fields)"
  kill "$HEARTH_PID"; wait "$HEARTH_PID" 2>/dev/null || true; HEARTH_PID=""
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq 1 "$ROUNDS"); do
  run on
  run off
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
