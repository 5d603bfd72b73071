#!/usr/bin/env bash
# End-to-end throughput of the personnel-action intake on the running local stack (deploy/stack.sh up):
# publishes N generated actions (default 300000; a realistic mix, see FeedBenchmark) to
# hr.personnel-actions.v1, waits until participants-service has stored and derived them and
# reporting-service has counted them, checks the counts against what the rules give, and prints
# actions/s, the time of each stage and the services' peak RSS. It adds throw-away departments
# B<run>0..9: use a throw-away stack.
#   deploy/bench/personnel-actions-kafka.sh [N]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
exec java -Dum.root="$root" -cp "$root/deploy/stack/target/um-stack.jar:$root/deploy/stack/target/lib/*" \
  gov.ca.calhr.um.stack.FeedBenchmark "${1:-300000}"
