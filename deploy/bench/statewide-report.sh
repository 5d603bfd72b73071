#!/usr/bin/env bash
# Latency of the annual report as CalHR reads it, on the running local stack (deploy/stack.sh up):
# delivers a statewide data set through the event topics reporting-service consumes (200
# departments BD001..BD200, 230,000 employees, participants, spend; approved 2025-26 goals), once,
# checks the statewide figures against what was generated, prints p50/p95/p99 of one department's
# report and of the statewide roll-up read sequentially, then under concurrent readers with wrk
# (a load generator light enough to share the two cores; installed from Debian when missing):
# a warm-up run, then the measured run, per report.
#   deploy/bench/statewide-report.sh [requests] [readers] [seconds]   defaults: 2000, 50, 20
# It adds throw-away departments BD001..BD200: use a throw-away stack.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
requests="${1:-2000}" readers="${2:-50}" seconds="${3:-20}"
java -Dum.root="$root" -cp "$root/deploy/stack/target/um-stack.jar:$root/deploy/stack/target/lib/*" \
  gov.ca.calhr.um.stack.StatewideBenchmark "$requests"
if ! command -v wrk >/dev/null; then
  (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null
fi
token="$(curl -sf -d grant_type=password -d client_id=um-demo-cli -d username=calhr-analyst -d password=changeme \
  http://localhost:8180/realms/upward-mobility/protocol/openid-connect/token \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')"
for what in "department report (BD001, 2025-26)|departments/BD001/2025-26" \
            "statewide roll-up (2025-26)|statewide/2025-26"; do
  url="http://localhost:8084/api/reports/${what#*|}"
  wrk -t2 -c"$readers" -d"${seconds}s" -H "Authorization: Bearer $token" "$url" >/dev/null
  printf '%s, %s concurrent readers (wrk, %ss): ' "${what%%|*}" "$readers" "$seconds"
  wrk -t2 -c"$readers" -d"${seconds}s" -s "$root/deploy/bench/latency.lua" -H "Authorization: Bearer $token" "$url" \
    | tail -1
done
