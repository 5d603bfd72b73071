#!/usr/bin/env bash
# Times the catalog's CSV import on the running local stack (deploy/stack.sh up):
# generates N classes (default 5000; schematic codes XA00.., YA00.., in the Social Security &
# Rehabilitation range; class codes from 0001 up, skipping the demo catalog's), imports them once
# (all created on a fresh stack), then the same file again (all unchanged). Prints seconds and
# rows per second for both. It adds N "Benchmark Class" entries to the catalog: use a throw-away
# stack (deploy/stack.sh down && rm -rf .run/stack afterwards).
#   deploy/bench/import-classifications.sh [N]
set -euo pipefail
n="${1:-5000}"
kc="${KEYCLOAK_URL:-http://localhost:8180}/realms/upward-mobility/protocol/openid-connect/token"
api="${CLASSIFICATION_URL:-http://localhost:8081}/api/classifications/import"
csv="$(mktemp --suffix=.csv)"
trap 'rm -f "$csv"' EXIT

root="$(cd "$(dirname "$0")/../.." && pwd)"
taken=$(grep -v '^#' "$root/deploy/demo/classifications.csv" | tail -n +2 | cut -d, -f1 | tr '\n' ' ')
awk -v n="$n" -v taken="$taken" 'BEGIN {
  split(taken, t, " "); for (k in t) used[t[k] + 0] = 1;
  code = 0;
  print "class_code,schematic_code,title,salary_min,salary_max";
  letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (i = 1; i <= n; i++) {
    block = int((i - 1) / 2600); rest = (i - 1) % 2600;
    first = (block == 0) ? "X" : "Y";
    second = substr(letters, int(rest / 100) + 1, 1);
    do { code++ } while (code in used);
    printf "%04d,%s%s%02d,Benchmark Class %d,%d.00,%d.00\n", code, first, second, rest % 100, i, 3000 + i % 900, 4000 + i % 900;
  }
}' > "$csv"

token=$(curl -sf -d grant_type=password -d client_id=um-demo-cli -d username=dgs-hr -d password=changeme "$kc" \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/')

for run in first repeat; do
  out=$(curl -s -w '\n%{http_code} %{time_total}' -X POST "$api" -H "Authorization: Bearer $token" \
    -H 'Content-Type: text/csv' --data-binary @"$csv")
  body=$(echo "$out" | head -n 1)
  read -r status seconds <<< "$(echo "$out" | tail -n 1)"
  echo "$run import of $n rows: HTTP $status in ${seconds}s ($(awk -v n="$n" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}') rows/s) $body"
done
