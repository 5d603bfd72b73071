#!/usr/bin/env bash
# Measures the latency of CalHR's statewide roll-up (GET /api/reports/statewide/{fiscalYear}) over a
# generated dataset in reporting-service's database on the running local stack (deploy/stack.sh up):
# 200 departments (BD001..BD200) and 230,000 employees (1,150 each; four in five in an LPEL class),
# one UM appointment per 25 employees spread over 2021-22..2025-26 (a third of them participants),
# one participant per 33 employees, one training activity's spend per 20 employees, and approved
# 2025-26 goals for every department. The facts are written straight into the tables the event
# consumers fill (the same rows the events would leave), so generating takes seconds, not hours.
#   deploy/bench/statewide-report.sh [runs]        generate (once) and time the report N times (default 5)
#   deploy/bench/statewide-report.sh --clean       remove the generated rows
set -euo pipefail
psql="${PSQL:-/usr/lib/postgresql/15/bin/psql}"
db="postgresql://reporting:reporting@localhost:${POSTGRES_PORT:-5432}/reporting"
kc="${KEYCLOAK_URL:-http://localhost:8180}/realms/upward-mobility/protocol/openid-connect/token"
api="${REPORTING_URL:-http://localhost:8084}/api/reports/statewide/2025-26"

if [ "${1:-}" = "--clean" ]; then
  "$psql" "$db" -q -v ON_ERROR_STOP=1 <<'SQL'
delete from goal where goal_set_id in (select goal_set_id from goal_set where department like 'BD%');
delete from goal_set where department like 'BD%';
delete from eligibility_period where department like 'BD%';
delete from employee_facts where department like 'BD%';
delete from um_appointment_fact where department like 'BD%';
delete from participant_fact where department like 'BD%';
delete from spend_fact where department like 'BD%';
SQL
  echo "generated rows removed"
  exit 0
fi
runs="${1:-5}"

if [ "$("$psql" "$db" -tAc "select count(*) from employee_facts where department like 'BD%'")" = "0" ]; then
  start=$(date +%s.%N)
  "$psql" "$db" -q -v ON_ERROR_STOP=1 <<'SQL'
insert into employee_facts (employee_id, version, department, recorded_at)
select 'BENCH-E-' || e, 1, 'BD' || lpad(((e % 200) + 1)::text, 3, '0'), now()
from generate_series(1, 230000) e;
-- four in five employees hold an LPEL class from a day of 2019-2024 on
insert into eligibility_period (employee_id, department, class_code, starts, ends)
select 'BENCH-E-' || e, 'BD' || lpad(((e % 200) + 1)::text, 3, '0'), '1139', date '2019-07-01' + (e % 2000), null
from generate_series(1, 230000) e where e % 5 <> 0;
insert into um_appointment_fact (action_id, employee_id, department, from_class_code, to_class_code, effective_date, participant)
select 'BENCH-U-' || e, 'BENCH-E-' || e, 'BD' || lpad(((e % 200) + 1)::text, 3, '0'), '1139',
       case when e % 2 = 0 then '5157' else '5142' end, date '2021-07-01' + (e % 1826), e % 3 = 0
from generate_series(1, 230000, 25) e;
insert into participant_fact (participant_id, employee_id, department, target_class_code, status, since, updated_at)
select gen_random_uuid(), 'BENCH-E-' || e, 'BD' || lpad(((e % 200) + 1)::text, 3, '0'), '5157',
       (array['ACTIVE', 'ACTIVE', 'SUSPENDED', 'WITHDRAWN', 'PROMOTED', 'SEPARATED'])[1 + e % 6],
       date '2023-07-01' + (e % 900), now()
from generate_series(1, 230000, 33) e;
-- each participant's history as the consumer keeps it: active since the day, then the status it has now
insert into participant_status (event_id, participant_id, department, previous_status, status, effective_date, event_time)
select 'BENCH-S1-' || participant_id, participant_id, department, null, 'ACTIVE', since - 200, now() - interval '1 day'
from participant_fact where department like 'BD%';
insert into participant_status (event_id, participant_id, department, previous_status, status, effective_date, event_time)
select 'BENCH-S2-' || participant_id, participant_id, department, 'ACTIVE', status, since, now()
from participant_fact where department like 'BD%' and status <> 'ACTIVE';
insert into spend_fact (activity_id, department, fiscal_year, training_category, amount, updated_at)
select gen_random_uuid(), 'BD' || lpad(((e % 200) + 1)::text, 3, '0'), '2025-26',
       (array['JOB_REQUIRED', 'JOB_RELATED', 'UPWARD_MOBILITY_AND_CAREER_RELATED'])[1 + e % 3], 100 + e % 900, now()
from generate_series(1, 230000, 20) e;
insert into goal_set (goal_set_id, department, fiscal_year, status, updated_at)
select gen_random_uuid(), 'BD' || lpad(d::text, 3, '0'), '2025-26', 'APPROVED', now() from generate_series(1, 200) d;
insert into goal (goal_id, goal_set_id, class_code, expected_appointments, timetable)
select gen_random_uuid(), goal_set_id, c, 10, 'by June 30' from goal_set, unnest(array['5157', '5142']) c
where department like 'BD%' and fiscal_year = '2025-26';
analyze;
SQL
  echo "generated 200 departments, 230,000 employees in $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}') s"
fi

token=$(curl -sf -d grant_type=password -d client_id=um-portal -d username=calhr-analyst -d password=changeme "$kc" \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
for i in $(seq 1 "$runs"); do
  out=$(curl -s -o /tmp/statewide.json -w '%{http_code} %{time_total}' "$api" -H "Authorization: Bearer $token")
  read -r status seconds <<< "$out"
  departments=$(grep -o '"department":"' /tmp/statewide.json | wc -l)
  echo "statewide 2025-26, run $i: HTTP $status in ${seconds}s ($departments departments)"
done
