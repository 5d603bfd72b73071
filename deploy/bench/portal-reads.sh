#!/usr/bin/env bash
# The reads department portals make most, at peak, on the running local stack with its demo data
# (deploy/stack.sh up): each measured with wrk at C connections for S seconds (after a warm-up until
# its rate is steady), beside the same service's /q/health/live measured the same way. Prints each read's
# p50/p95/p99 and requests/s, and its throughput as a share of the health check's (issue 18's
# targets: p99 <= 25 ms and >= 40 % of /q/health/live at 200 connections). Installs Debian's wrk
# when it is missing.
#   deploy/bench/portal-reads.sh [C] [S]        (defaults 200 connections, 20 s)
# The reads, as dgs-employee (DGS-E1001) signs in through the portal:
#   participants-service  GET /api/employees/DGS-E1001         the employee's record
#                         GET /api/me/path                      "my path"
#                         GET /api/departments/DGS/opportunities open opportunities
#                         GET /api/notifications                the employee's messages
#   plans-service         GET /api/plans/{planId}               a plan (the employee's latest; when they have
#                                                               none, the script walks them into the program
#                                                               once: application, selection, a draft CDP)
set -euo pipefail
conns="${1:-200}"
secs="${2:-20}"
here="$(cd "$(dirname "$0")" && pwd)"
threads=2
kc="${KEYCLOAK_URL:-http://localhost:8180}/realms/upward-mobility/protocol/openid-connect/token"
participants="${PARTICIPANTS_URL:-http://localhost:8082}"
plans="${PLANS_URL:-http://localhost:8083}"
if ! command -v wrk > /dev/null; then
  (apt-get update -qq && apt-get install -y -qq wrk) > /dev/null
fi
tok() {
  curl -sf -d grant_type=password -d client_id=um-demo-cli -d username="$1" -d password=changeme "$kc" \
    | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
token="$(tok dgs-employee)"
planOf() {
  curl -sf -H "Authorization: Bearer $token" "$plans/api/departments/DGS/plans?size=1" \
    | grep -o '"planId":"[^"]*"' | head -1 | sed 's/.*:"\(.*\)"/\1/' || true
}
plan="$(planOf)"
if [ -z "$plan" ]; then
  # the demo's dgs-employee has no plan yet: walk them into the program once (apply, supervisor's
  # approval, coordinator's selection, a draft CDP), as ParticipationJourneyIT does
  json=(-H 'Content-Type: application/json')
  app="$(curl -sf "${json[@]}" -H "Authorization: Bearer $token" "$participants/api/applications" \
    -d '{"careerGoal":"Staff Services Analyst within two years","targetClassCode":"5157"}' \
    | grep -o '"applicationId":"[^"]*"' | head -1 | sed 's/.*:"\(.*\)"/\1/' || true)"
  if [ -n "$app" ]; then
    curl -sf -o /dev/null "${json[@]}" -H "Authorization: Bearer $(tok dgs-supervisor)" \
      -d '{"approved":true,"comments":"ready"}' "$participants/api/applications/$app/supervisor-review" || true
    curl -sf -o /dev/null "${json[@]}" -H "Authorization: Bearer $(tok dgs-coordinator)" \
      -d '{"outcome":"SELECTED","reason":"meets objectives","factors":{"departmentObjectives":{"score":5},"staffingNeeds":{"score":4},"availableFunds":{"score":4},"tenure":{"score":5},"performance":{"score":4},"motivationAndPotential":{"score":5},"trainingRelevance":{"score":4}}}' \
      "$participants/api/applications/$app/selection" || true
  fi
  for _ in $(seq 1 30); do   # plans-service learns of the participation from its event
    curl -sf -o /dev/null "${json[@]}" -H "Authorization: Bearer $token" "$plans/api/plans" \
      -d '{"supervisorId":"DGS-E1000","targetClassCode":"5157","careerObjectives":"Analytical work in contracts","targetDate":"2028-07-01"}' \
      && break
    sleep 1
  done
  plan="$(planOf)"
fi

# wrk's last line (latency.lua): p50/p95/p99/max, requests, requests/s, failed
run() {
  wrk -t"$threads" -c"$conns" -d"${2:-$secs}s" --timeout 10s -H "Authorization: Bearer $token" -s "$here/latency.lua" \
    "$1" | tail -1
}
rate() { echo "$1" | sed 's/.* \([0-9]*\) requests\/s.*/\1/'; }
# a service just started needs tens of seconds of one read before the JIT has compiled its path
# (a read measured after 10 s of warm-up ran at half the rate it reached a minute later): warm up
# in rounds of 5 s until two rounds in a row agree within 5 % (at most 12 rounds)
warm() {
  local last=0 now
  for _ in $(seq 1 12); do
    now="$(rate "$(run "$1" 5)")"
    if [ "$last" -gt 0 ] && [ $(( 100 * (now > last ? now - last : last - now) )) -le $(( 5 * last )) ]; then
      return
    fi
    last="$now"
  done
}

declare -A health
measure() {
  local what="$1" base="$2" path="$3"
  if ! curl -sf -o /dev/null -H "Authorization: Bearer $token" "$base$path"; then
    printf '%-40s skipped: %s answers no 2xx\n' "$what" "$path"
    return
  fi
  if [ -z "${health[$base]:-}" ]; then
    warm "$base/q/health/live"
    health[$base]="$(run "$base/q/health/live")"
    printf '%-40s %s\n' "GET /q/health/live (${base##*:})" "${health[$base]}"
  fi
  warm "$base$path"
  local line share
  line="$(run "$base$path")"
  share=$(( 100 * $(rate "$line") / $(rate "${health[$base]}") ))
  printf '%-40s %s; %d %% of /q/health/live\n' "$what" "$line" "$share"
}

echo "$conns connections, $threads wrk threads, ${secs} s measured after a warm-up until the rate is steady, as dgs-employee:"
measure "GET /api/employees/DGS-E1001" "$participants" "/api/employees/DGS-E1001"
measure "GET /api/me/path" "$participants" "/api/me/path"
measure "GET /api/departments/DGS/opportunities" "$participants" "/api/departments/DGS/opportunities"
measure "GET /api/notifications" "$participants" "/api/notifications"
if [ -n "$plan" ]; then
  measure "GET /api/plans/{planId}" "$plans" "/api/plans/$plan"
else
  echo "GET /api/plans/{planId}                  skipped: dgs-employee has no plan on this stack"
fi
