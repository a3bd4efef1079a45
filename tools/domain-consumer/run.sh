#!/usr/bin/env bash
# Compiles and runs the domain consumer against one domain jar, the way an embedding service uses it:
#   bash tools/domain-consumer/run.sh <hearth-domain.jar> <work directory>
# The jar is the only thing on the module path (no Maven, no other module, nothing from ~/.m2). The sources compile
# with --release 17 (the oldest Java an embedding service may run) and run on the newest JDK under /usr/lib/jvm, falling
# back to the javac/java on the PATH. Exits non-zero if the consumer does not compile, or if an engine throws or a
# result is missing. The domain module runs this in its verify phase.
set -euo pipefail

jar=${1:?usage: run.sh <hearth-domain.jar> <work directory>}
work=${2:?usage: run.sh <hearth-domain.jar> <work directory>}
src="$(cd "$(dirname "$0")" && pwd)/src"
[ -f "$jar" ] || { echo "domain consumer: no jar at $jar (run after package)" >&2; exit 1; }

java_major() { # the major version of a JDK home from its release file, or 0
  local v
  v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" 2>/dev/null || true)
  v=${v#1.}
  echo "${v%%[.+-]*}" | grep -E '^[0-9]+$' || echo 0
}

bin=""
best=0
for home in /usr/lib/jvm/*; do
  [ -x "$home/bin/javac" ] && [ -x "$home/bin/java" ] || continue
  major=$(java_major "$home")
  if [ "$major" -gt "$best" ]; then bin="$home/bin/"; best=$major; fi
done

rm -rf "$work"
mkdir -p "$work/classes"
"${bin}javac" --release 17 -Xlint:all,-requires-automatic -Werror --module-path "$jar" -d "$work/classes" \
  $(find "$src" -name '*.java' | sort)
"${bin}java" --module-path "$jar:$work/classes" -m dev.hearth.consumer/dev.hearth.consumer.DomainConsumer
