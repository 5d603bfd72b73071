package gov.ca.calhr.um.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of the annual report as CalHR reads it, on the running local stack, over a statewide data
 * set delivered the way production delivers it: through the event topics reporting-service
 * consumes. 200 departments (BD001..BD200), 230,000 employees (four in five eligible, one UM
 * appointment per 25, 2021-22..2025-26), a participant per 33 employees, a training activity's
 * spend per 20, approved 2025-26 goals per department (written to reporting's goal tables: the
 * department's own data). It checks the statewide figures against what the generator made, then
 * prints p50/p95/p99 of one department's report and of the statewide roll-up read sequentially
 * (deploy/bench/statewide-report.sh then measures concurrent readers with wrk).
 * <pre>java -cp deploy/stack/target/um-stack.jar:deploy/stack/target/lib/* gov.ca.calhr.um.stack.StatewideBenchmark [requests]</pre>
 */
public final class StatewideBenchmark {

    private static final int DEPARTMENTS = 200;
    private static final int EMPLOYEES = 230_000;
    private static final LocalDate FY_START = LocalDate.of(2025, 7, 1);
    private static final LocalDate FY_END = LocalDate.of(2026, 6, 30);
    private static final String[] STATUSES = {"ACTIVE", "ACTIVE", "SUSPENDED", "WITHDRAWN", "PROMOTED", "SEPARATED"};
    private static final String[] CATEGORIES = {"JOB_REQUIRED", "JOB_RELATED", "UPWARD_MOBILITY_AND_CAREER_RELATED"};

    private StatewideBenchmark() {
    }

    private static String department(int e) {
        return "BD" + String.format("%03d", e % DEPARTMENTS + 1);
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        StackLayout layout = StackLayout.local(Path.of(System.getProperty("um.root", ".")).toAbsolutePath());

        long expectedEligible = 0;
        long expectedAppointments = 0;
        long expectedActive = 0;
        List<String[]> employeeEvents = new ArrayList<>();
        List<String[]> participantEvents = new ArrayList<>();
        List<String[]> spendEvents = new ArrayList<>();
        for (int e = 1; e <= EMPLOYEES; e++) {
            String d = department(e);
            String employee = "BENCH-E-" + e;
            String periods = "";
            if (e % 5 != 0) {
                periods = "{\"department\":\"%s\",\"classCode\":\"1139\",\"from\":\"%s\",\"to\":null}"
                        .formatted(d, LocalDate.of(2019, 7, 1).plusDays(e % 2000));
                expectedEligible++;
            }
            String appointments = "";
            if (e % 25 == 1) {
                LocalDate date = LocalDate.of(2021, 7, 1).plusDays(e % 1826);
                appointments = ("{\"actionId\":\"BENCH-U-%d\",\"department\":\"%s\",\"fromClassCode\":\"1139\","
                        + "\"toClassCode\":\"%s\",\"effectiveDate\":\"%s\",\"participant\":%b,\"participantId\":null}")
                        .formatted(e, d, e % 2 == 0 ? "5157" : "5142", date, e % 3 == 0);
                if (!date.isBefore(FY_START) && !date.isAfter(FY_END)) {
                    expectedAppointments++;
                }
            }
            employeeEvents.add(new String[]{employee, event("participants-service", "EmployeeFactsChanged", employee, d,
                    Instant.parse("2026-01-01T00:00:00Z"),
                    "{\"employeeId\":\"%s\",\"version\":1,\"department\":\"%s\",\"status\":\"ACTIVE\",\"classCode\":\"1139\","
                            .formatted(employee, d)
                            + "\"eligibility\":[" + periods + "],\"umAppointments\":[" + appointments + "]}")});
            if (e % 33 == 1) {
                String participant = UUID.nameUUIDFromBytes(("BENCH-P-" + e).getBytes()).toString();
                String status = STATUSES[e % STATUSES.length];
                LocalDate since = LocalDate.of(2023, 7, 1).plusDays(e % 900);
                participantEvents.add(new String[]{participant, participantEvent(participant, employee, d, null,
                        "ACTIVE", since.minusDays(200), Instant.parse("2026-01-01T00:00:00Z"))});
                if (!"ACTIVE".equals(status)) {
                    participantEvents.add(new String[]{participant, participantEvent(participant, employee, d,
                            "ACTIVE", status, since, Instant.parse("2026-01-02T00:00:00Z"))});
                } else {
                    // active since before the year's end and still: active at its end
                    expectedActive++;
                }
            }
            if (e % 20 == 0) {
                String activity = UUID.nameUUIDFromBytes(("BENCH-S-" + e).getBytes()).toString();
                spendEvents.add(new String[]{activity, event("plans-service", "TrainingSpendRecorded", activity, d,
                        Instant.parse("2026-01-01T00:00:00Z"), ("{\"activityId\":\"%s\",\"planId\":\"%s\","
                                + "\"department\":\"%s\",\"fiscalYear\":\"2025-26\",\"trainingCategory\":\"%s\","
                                + "\"activityType\":\"TRAINING_COURSE\",\"amount\":%d,\"startDate\":\"2025-10-01\"}")
                                .formatted(activity, UUID.nameUUIDFromBytes(activity.getBytes()), d,
                                        CATEGORIES[e % 3], 100 + e % 900))});
            }
        }
        // one of each kind checked against its contract
        EventContracts.assertConforms(employeeEvents.get(0)[1]);
        EventContracts.assertConforms(participantEvents.get(participantEvents.size() - 1)[1]);
        EventContracts.assertConforms(spendEvents.get(0)[1]);

        if (FeedBenchmark.count(layout, "reporting",
                "select count(*) from employee_facts where department like ?", "BD%") < EMPLOYEES) {
            goals(layout);
            long t0 = System.nanoTime();
            FeedBenchmark.publish(layout.kafkaBootstrap(), "participants.employee.v1", employeeEvents);
            FeedBenchmark.publish(layout.kafkaBootstrap(), "participants.participant.v1", participantEvents);
            FeedBenchmark.publish(layout.kafkaBootstrap(), "plans.spend.v1", spendEvents);
            System.out.printf("published %d employee, %d participant and %d spend events in %.1f s%n",
                    employeeEvents.size(), participantEvents.size(), spendEvents.size(),
                    FeedBenchmark.seconds(t0, System.nanoTime()));
            FeedBenchmark.await(t0, Duration.ofMinutes(15), () -> FeedBenchmark.count(layout, "reporting",
                    "select count(*) from employee_facts where department like ?", "BD%"), EMPLOYEES,
                    "employees counted by reporting");
            FeedBenchmark.await(t0, Duration.ofMinutes(15), () -> FeedBenchmark.count(layout, "reporting",
                    "select count(*) from participant_status where department like ?", "BD%"),
                    participantEvents.size(), "participant statuses kept");
            FeedBenchmark.await(t0, Duration.ofMinutes(15), () -> FeedBenchmark.count(layout, "reporting",
                    "select count(*) from spend_fact where department like ?", "BD%"), spendEvents.size(),
                    "spend kept");
        }

        Keycloak keycloak = new Keycloak(layout.realmUrl());
        String token = keycloak.userToken("calhr-analyst");
        String reporting = layout.serviceUrl("reporting-service");
        String statewide = reporting + "/api/reports/statewide/2025-26";
        String report = reporting + "/api/reports/departments/BD001/2025-26";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        // the roll-up's BD departments against the generator's figures
        String body = get(http, statewide, token).body();
        long eligible = 0;
        long appointments = 0;
        long active = 0;
        Matcher m = Pattern.compile("\"department\":\"BD\\d{3}\",\"lpelEligibleEmployees\":(\\d+),"
                + "\"activeParticipants\":(\\d+),\"umAppointments\":(\\d+)").matcher(body);
        while (m.find()) {
            eligible += Long.parseLong(m.group(1));
            active += Long.parseLong(m.group(2));
            appointments += Long.parseLong(m.group(3));
        }
        Map<String, long[]> checks = Map.of("LPEL eligible employees", new long[]{eligible, expectedEligible},
                "active participants at the year's end", new long[]{active, expectedActive},
                "UM appointments in 2025-26", new long[]{appointments, expectedAppointments});
        checks.forEach((what, v) -> System.out.printf("check %s: %d %s%n", what, v[0],
                v[0] == v[1] ? "as generated" : "OFF: generated " + v[1]));

        for (int i = 0; i < 50; i++) {
            get(http, statewide, token);
            get(http, report, token);
        }
        measure("department report (BD001, 2025-26), sequential", http, report, token, requests / 4);
        measure("statewide roll-up (2025-26), sequential", http, statewide, token, requests / 4);
        System.out.printf("peak RSS reporting-service: %s%n", FeedBenchmark.peakRss(layout, "reporting-service"));
        if (checks.values().stream().anyMatch(v -> v[0] != v[1])) {
            System.exit(1);
        }
    }

    /** Approved 2025-26 goals for every BD department: two ELTPA classes, ten appointments each. */
    private static void goals(StackLayout layout) throws Exception {
        String url = "jdbc:postgresql://localhost:" + layout.postgresPort() + "/reporting";
        try (Connection c = DriverManager.getConnection(url, "reporting", "reporting"); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    insert into goal_set (goal_set_id, department, fiscal_year, status, updated_at)
                    select gen_random_uuid(), 'BD' || lpad(d::text, 3, '0'), '2025-26', 'APPROVED', now()
                    from generate_series(1, 200) d on conflict do nothing""");
            s.executeUpdate("""
                    insert into goal (goal_id, goal_set_id, class_code, expected_appointments, timetable)
                    select gen_random_uuid(), goal_set_id, c, 10, 'by June 30' from goal_set, unnest(array['5157', '5142']) c
                    where department like 'BD%' and fiscal_year = '2025-26' on conflict do nothing""");
        }
    }

    private static void measure(String what, HttpClient http, String url, String token, int requests) {
        long[] nanos = new long[requests];
        long t0 = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = get(http, url, token);
            nanos[i] = System.nanoTime() - start;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + r.statusCode());
            }
        }
        double seconds = FeedBenchmark.seconds(t0, System.nanoTime());
        Arrays.sort(nanos);
        System.out.printf("%s: %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f requests/s%n", what,
                requests, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), requests / seconds);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static HttpResponse<String> get(HttpClient http, String url, String token) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(url + ": " + e.getMessage(), e);
        }
    }

    private static String event(String source, String type, String subject, String department, Instant time,
                                String data) {
        return ("{\"specversion\":\"1.0\",\"id\":\"%s\",\"source\":\"/upward-mobility/%s\",\"type\":\"%s\","
                + "\"eventversion\":1,\"subject\":\"%s\",\"time\":\"%s\",\"department\":\"%s\","
                + "\"datacontenttype\":\"application/json\",\"data\":%s}")
                .formatted(UUID.nameUUIDFromBytes((type + subject + time).getBytes()), source, type, subject, time,
                        department, data);
    }

    private static String participantEvent(String participant, String employee, String department, String previous,
                                           String status, LocalDate date, Instant time) {
        return event("participants-service", "ParticipantStatusChanged", employee, department, time,
                ("{\"participantId\":\"%s\",\"employeeId\":\"%s\",\"department\":\"%s\",\"supervisorId\":null,"
                        + "\"applicationId\":\"%s\",\"targetClassCode\":\"5157\",\"previousStatus\":%s,"
                        + "\"status\":\"%s\",\"reason\":null,\"effectiveDate\":\"%s\"}")
                        .formatted(participant, employee, department, UUID.nameUUIDFromBytes(participant.getBytes()),
                                previous == null ? "null" : "\"" + previous + "\"", status, date));
    }
}
