#!/usr/bin/env bash
# Local stack without Docker: real PostgreSQL, Kafka and Keycloak plus the four services.
#   deploy/stack.sh up      build, start everything (reusing what already runs), load demo data
#   deploy/stack.sh status  what runs, with pids and URLs
#   deploy/stack.sh down    stop exactly the processes 'up' started (by pid)
#   deploy/stack.sh rebuild-reporting   replay the event topics into reporting-service's emptied projections
#   deploy/stack.sh replay-dead-letters SERVICE   a service's dead letters back to their topics (cause fixed)
#   deploy/stack.sh stop NAME, kill NAME   stop (or SIGKILL) one process alone: postgres, kafka, keycloak,
#                                          or a service; 'up' starts it again
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
command="${1:-up}"
if [ "$command" = "up" ]; then
  ./mvnw -B -q -DskipTests package
fi
exec java -cp "$root/deploy/stack/target/um-stack.jar:$root/deploy/stack/target/lib/*" \
  gov.ca.calhr.um.stack.StackCli "$command" "${@:2}"
