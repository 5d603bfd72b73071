#!/usr/bin/env bash
# Latency of the annual report as CalHR reads it, on the running local stack (deploy/stack.sh up):
# delivers a statewide data set through the event topics reporting-service consumes (200
# departments BD001..BD200, 230,000 employees, participants, spend; approved 2025-26 goals), once,
# checks the statewide figures against what was generated, then prints p50/p95/p99 of one
# department's report and of the statewide roll-up, sequential and under concurrent readers.
#   deploy/bench/statewide-report.sh [requests] [readers]     defaults: 2000 requests, 50 readers
# It adds throw-away departments BD001..BD200: use a throw-away stack.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
exec java -Dum.root="$root" -cp "$root/deploy/stack/target/um-stack.jar:$root/deploy/stack/target/lib/*" \
  gov.ca.calhr.um.stack.StatewideBenchmark "${1:-2000}" "${2:-50}"
