#!/usr/bin/env bash
# Measures how many personnel actions per second participants-service's batch endpoint applies,
# end to end into its database, on the running local stack (deploy/stack.sh up).
# Sends B batches of N actions (defaults 5 x 5000): each batch appoints N/2 new employees to
# Office Technician (Typing) 1139 (LPEL: each gets a welcome notice) and promotes them to Staff
# Services Analyst 5157 (ELTPA: each a UM appointment), so every action does the full work:
# idempotency claim, replay of the employee's history, employee upsert, notice or UM appointment,
# events in the outbox. Then it sends the first batch again (all duplicates, nothing written).
# It adds N*B/2 "Bench" employees to department BENCH: use a throw-away stack.
#   deploy/bench/personnel-actions-batch.sh [N] [B]
set -euo pipefail
n="${1:-5000}"
batches="${2:-5}"
kc="${KEYCLOAK_URL:-http://localhost:8180}/realms/upward-mobility/protocol/openid-connect/token"
api="${PARTICIPANTS_URL:-http://localhost:8082}/api/personnel-actions/batch"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
run="$(date +%s)"

for b in $(seq 1 "$batches"); do
  awk -v n="$n" -v b="$b" -v run="$run" 'BEGIN {
    printf "{\"actions\":[";
    for (i = 0; i < n; i++) {
      e = int(i / 2); id = sprintf("BENCH-%s-%d-%d", run, b, e);
      if (i > 0) printf ",";
      if (i % 2 == 0)
        printf "{\"actionId\":\"%s-A\",\"actionType\":\"APPOINTMENT\",\"employeeId\":\"%s\",\"department\":\"BENCH\",\"positionNumber\":\"999-100-1139-%03d\",\"toClassCode\":\"1139\",\"transactionCode\":\"A01\",\"effectiveDate\":\"2025-09-01\",\"employee\":{\"name\":\"Bench Employee %d\",\"tenure\":\"PERMANENT\",\"timeBase\":\"FULL_TIME\"}}", id, id, e % 1000, e;
      else
        printf "{\"actionId\":\"%s-P\",\"actionType\":\"PROMOTION\",\"employeeId\":\"%s\",\"department\":\"BENCH\",\"positionNumber\":\"999-100-5157-%03d\",\"toClassCode\":\"5157\",\"transactionCode\":\"P01\",\"effectiveDate\":\"2026-07-01\"}", id, id, e % 1000;
    }
    printf "]}";
  }' > "$dir/batch-$b.json"
done

token() {
  curl -sf -d grant_type=client_credentials -d client_id=hr-system -d client_secret=hr-system-secret "$kc" \
    | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}

post() {
  local file="$1" label="$2"
  out=$(curl -s -o "$dir/response.json" -w '%{http_code} %{time_total}' -X POST "$api" \
    -H "Authorization: Bearer $(token)" -H 'Content-Type: application/json' --data-binary @"$file")
  read -r status seconds <<< "$out"
  summary=$(head -c 120 "$dir/response.json")
  echo "$label: HTTP $status in ${seconds}s ($(awk -v n="$n" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}') actions/s) ${summary}"
  [ "$status" = 200 ] || { cat "$dir/response.json"; exit 1; }
}

total_start=$(date +%s.%N)
for b in $(seq 1 "$batches"); do
  post "$dir/batch-$b.json" "batch $b of $n actions"
done
total_end=$(date +%s.%N)
awk -v n="$n" -v b="$batches" -v s="$total_start" -v e="$total_end" \
  'BEGIN {printf "sustained: %d actions in %.1fs = %.0f actions/s\n", n * b, e - s, n * b / (e - s)}'
post "$dir/batch-1.json" "batch 1 again (all duplicates)"
