#!/usr/bin/env bash
# Runs the server load benchmark (50 concurrent clients) on a frozen copy of the class path, so that
# builds running in the same work tree cannot swap classes under it. Usage:
#   server/scripts/run-load-bench.sh [ARTICLES] [SECONDS_PER_ENDPOINT] [STORE_FOLDER]
# With STORE_FOLDER the store (and what the server derives from it) is kept and reused by the next run.
# Prints a Markdown table and writes it to server/target/bench-server.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES="${1:-20000}"
SECONDS_PER="${2:-10}"
./mvnw -B -q -pl server -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test -Dspotless.check.skip=true
FROZEN="$(mktemp -d /tmp/triangulate-server-bench-cp.XXXXXX)"
CP=""
for entry in $(tr ':' ' ' < server/target/classpath.txt) server/target/classes server/target/test-classes; do
  if [ -d "$entry" ]; then
    copy="$FROZEN/$(echo "$entry" | tr '/' '_')"
    cp -r "$entry" "$copy"
    CP="$CP:$copy"
  else
    CP="$CP:$entry"
  fi
done
java -Xmx"${HEAP:-3g}" -cp "${CP#:}" org.triangulate.server.ServerLoadBenchmark "$ARTICLES" "$SECONDS_PER" \
  server/target/bench-server.md ${3:+"$3"}
rm -rf "$FROZEN"
