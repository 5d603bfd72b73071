#!/usr/bin/env bash
# Measures how many personnel actions per second participants-service's batch endpoint applies,
# end to end into its database, on the running local stack (deploy/stack.sh up).
# C HR clients (default 1) each send B batches of N actions (defaults 5 x 5000), one after the
# other; the clients post side by side, as departments' HR systems do. Each batch appoints N/2 new
# employees to Office Technician (Typing) 1139 (LPEL: each gets a welcome notice) and promotes them
# to Staff Services Analyst 5157 (ELTPA: each a UM appointment), so every action does the full work:
# idempotency claim, replay of the employee's history, employee upsert, notice or UM appointment,
# events in the outbox. Then it sends the first batch again (all duplicates, nothing written).
# It adds C*N*B/2 "Bench" employees to department BENCH: use a throw-away stack.
#   deploy/bench/personnel-actions-batch.sh [N] [B] [C]
set -euo pipefail
n="${1:-5000}"
batches="${2:-5}"
clients="${3:-1}"
kc="${KEYCLOAK_URL:-http://localhost:8180}/realms/upward-mobility/protocol/openid-connect/token"
api="${PARTICIPANTS_URL:-http://localhost:8082}/api/personnel-actions/batch"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
run="$(date +%s)"

for c in $(seq 1 "$clients"); do for b in $(seq 1 "$batches"); do
  awk -v n="$n" -v b="$c-$b" -v run="$run" 'BEGIN {
    printf "{\"actions\":[";
    for (i = 0; i < n; i++) {
      e = int(i / 2); id = sprintf("BENCH-%s-%s-%d", run, b, e);
      if (i > 0) printf ",";
      if (i % 2 == 0)
        printf "{\"actionId\":\"%s-A\",\"actionType\":\"APPOINTMENT\",\"employeeId\":\"%s\",\"department\":\"BENCH\",\"positionNumber\":\"999-100-1139-%03d\",\"toClassCode\":\"1139\",\"transactionCode\":\"A01\",\"effectiveDate\":\"2025-09-01\",\"employee\":{\"name\":\"Bench Employee %d\",\"tenure\":\"PERMANENT\",\"timeBase\":\"FULL_TIME\"}}", id, id, e % 1000, e;
      else
        printf "{\"actionId\":\"%s-P\",\"actionType\":\"PROMOTION\",\"employeeId\":\"%s\",\"department\":\"BENCH\",\"positionNumber\":\"999-100-5157-%03d\",\"toClassCode\":\"5157\",\"transactionCode\":\"P01\",\"effectiveDate\":\"2026-07-01\"}", id, id, e % 1000;
    }
    printf "]}";
  }' > "$dir/batch-$c-$b.json"
done; done

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
for c in $(seq 1 "$clients"); do
  (for b in $(seq 1 "$batches"); do
     post "$dir/batch-$c-$b.json" "client $c, batch $b of $n actions"
   done) > "$dir/client-$c.log" &
done
failed=0
for c in $(seq 1 "$clients"); do wait -n || failed=1; done
total_end=$(date +%s.%N)
cat "$dir"/client-*.log
[ "$failed" = 0 ] || { echo "a batch failed"; exit 1; }
awk -v n="$n" -v b="$batches" -v c="$clients" -v s="$total_start" -v e="$total_end" \
  'BEGIN {printf "sustained: %d actions from %d client(s) in %.1fs = %.0f actions/s\n", n * b * c, c, e - s, n * b * c / (e - s)}'
post "$dir/batch-1-1.json" "batch 1 again (all duplicates)"
