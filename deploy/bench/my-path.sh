#!/usr/bin/env bash
# Latency of an employee's "my path" (GET /api/me/path as dgs-employee, participants-service) on the
# running local stack with its demo data (deploy/stack.sh up), measured with wrk beside the same
# service's /q/health/live: C connections for S seconds each, after a warm-up of the same length.
# Installs Debian's wrk when it is missing.
#   deploy/bench/my-path.sh [C] [S]        (defaults 20 connections, 20 s)
set -euo pipefail
conns="${1:-20}"
secs="${2:-20}"
here="$(cd "$(dirname "$0")" && pwd)"
threads=$(( conns < 2 ? 1 : 2 ))
kc="${KEYCLOAK_URL:-http://localhost:8180}/realms/upward-mobility/protocol/openid-connect/token"
url="${PARTICIPANTS_URL:-http://localhost:8082}"
if ! command -v wrk > /dev/null; then
  (apt-get update -qq && apt-get install -y -qq wrk) > /dev/null
fi
token="$(curl -sf -d grant_type=password -d client_id=um-demo-cli -d username=dgs-employee -d password=changeme "$kc" \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/')"
answer="$(curl -sf -H "Authorization: Bearer $token" "$url/api/me/path")"
echo "dgs-employee's path: $(echo "$answer" | grep -o '"reachableClasses":\[[^]]*' | grep -o '"classCode":"[0-9]*"' | wc -l) reachable classes"
measure() {
  local what="$1" target="$2"
  wrk -t"$threads" -c"$conns" -d"${secs}s" -H "Authorization: Bearer $token" -s "$here/latency.lua" "$target" > /dev/null
  printf '%-22s %s\n' "$what" "$(wrk -t"$threads" -c"$conns" -d"${secs}s" -H "Authorization: Bearer $token" \
    -s "$here/latency.lua" "$target" | tail -1)"
}
echo "$conns connections, ${secs} s measured after ${secs} s of warm-up:"
measure "GET /api/me/path" "$url/api/me/path"
measure "GET /q/health/live" "$url/q/health/live"
