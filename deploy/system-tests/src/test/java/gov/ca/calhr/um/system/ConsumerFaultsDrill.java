package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.ManagedProcess;
import gov.ca.calhr.um.stack.Redelivery;
import gov.ca.calhr.um.stack.ReportingRebuild;
import gov.ca.calhr.um.stack.Stack;
import gov.ca.calhr.um.stack.StackLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault drills of the consumers, each on a stream of 20,000 HR records of a department of its
 * own: participants-service killed (SIGKILL) while it applies them; reporting-service away while
 * they flow, then killed while it catches up; and every event of reporting's topics delivered to
 * it, to participants-service and to plans-service a second time. Effects exactly once, figures
 * unchanged.
 */
@ExtendWith(SharedStack.class)
class ConsumerFaultsDrill {

    private static final int EMPLOYEES = 10_000;
    private static final String STORED = "select count(*) from personnel_action where department = ?";
    private static final String APPOINTED = "select count(*) from um_appointment where department = ?";
    private static final String COUNTED = "select count(*) from um_appointment_fact where department = ?";

    @Test
    void participantsKilledWhileApplyingAStreamAppliesEveryRecordOnce() throws Exception {
        Stack stack = SharedStack.stack();
        StackLayout layout = SharedStack.layout();
        String department = department("DRS");
        Drills.awaitCatalog(layout);

        long t0 = System.nanoTime();
        Drills.publish(layout.kafkaBootstrap(), department, EMPLOYEES);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() ->
                Drills.count(layout, "participants", STORED, department) >= 2_000);
        long before = Drills.count(layout, "participants", STORED, department);
        ManagedProcess participants = new ManagedProcess(layout, "participants-service");
        assertThat(participants.kill()).isTrue();
        long killed = System.nanoTime();
        stack.up();
        long back = System.nanoTime();

        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Drills.count(layout, "participants", STORED, department) == 2L * EMPLOYEES);
        long stored = System.nanoTime();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Drills.count(layout, "participants", APPOINTED, department) == EMPLOYEES);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Drills.count(layout, "reporting", COUNTED, department) == EMPLOYEES);
        assertThat(Drills.standingNotices(layout, department)).isZero();
        Drills.print("participants-killed", ("%d HR records; participants-service killed (SIGKILL) after %d were "
                + "stored, ready again %.1f s later; all stored once %.1f s after that, %d UM appointments in "
                + "participants and in reporting; 0 lost, 0 doubled; %.1f s in all").formatted(2 * EMPLOYEES, before,
                Drills.seconds(killed, back), Drills.seconds(back, stored), EMPLOYEES,
                Drills.seconds(t0, System.nanoTime())));
    }

    @Test
    void reportingAwayWhileEventsFlowThenKilledWhileCatchingUpConverges() throws Exception {
        Stack stack = SharedStack.stack();
        StackLayout layout = SharedStack.layout();
        String department = department("DRR");
        Drills.awaitCatalog(layout);
        ManagedProcess reporting = new ManagedProcess(layout, "reporting-service");

        assertThat(reporting.stop(Duration.ofSeconds(30))).isTrue();
        long away = System.nanoTime();
        Drills.publish(layout.kafkaBootstrap(), department, EMPLOYEES);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Drills.count(layout, "participants", APPOINTED, department) == EMPLOYEES);
        long backlogReady = System.nanoTime();
        stack.up();
        long started = System.nanoTime();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() ->
                Drills.count(layout, "reporting", COUNTED, department) > 0);
        long before = Drills.count(layout, "reporting", COUNTED, department);
        assertThat(reporting.kill()).isTrue();
        stack.up();
        long back = System.nanoTime();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Drills.count(layout, "reporting", COUNTED, department) == EMPLOYEES);
        long converged = System.nanoTime();
        Drills.print("reporting-away", ("reporting-service away %.1f s while participants applied %d HR records "
                + "(all applied %.1f s after it went away); "
                + "started again, killed (SIGKILL) when it had counted %d UM appointments, started again: all %d "
                + "counted %.1f s after (%.1f s after its first restart); 0 lost, 0 doubled")
                .formatted(Drills.seconds(away, started), 2 * EMPLOYEES, Drills.seconds(away, backlogReady), before,
                        EMPLOYEES,
                        Drills.seconds(back, converged), Drills.seconds(started, converged)));
    }

    @Test
    void everyEventDeliveredToReportingASecondTimeChangesNoFigure() {
        StackLayout layout = SharedStack.layout();
        ReportingRebuild redelivery = new ReportingRebuild(SharedStack.stack());
        Map<String, Long> before = reportingRows(layout);
        long records = redelivery.recordsInTopics();

        long t0 = System.nanoTime();
        redelivery.redeliverEverything();
        assertThat(redelivery.awaitReplayed(Duration.ofMinutes(5))).isTrue();
        long replayed = System.nanoTime();

        assertThat(reportingRows(layout)).isEqualTo(before);
        Drills.print("redelivered", ("every event of reporting-service's topics delivered again (%d records): "
                + "replayed in %.1f s including the restart, every projection's row count and the figure deltas "
                + "unchanged (%s)").formatted(records, Drills.seconds(t0, replayed), before));
    }

    @Test
    void everyRecordDeliveredToParticipantsAndPlansASecondTimeChangesNothing() throws Exception {
        StackLayout layout = SharedStack.layout();
        // a feed of the drill's own, whatever ran before: the history redelivered is never empty
        String department = department("DRD");
        Drills.awaitCatalog(layout);
        Drills.publish(layout.kafkaBootstrap(), department, 1_000);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Drills.count(layout, "participants", APPOINTED, department) == 1_000);
        Map<String, List<String>> tables = Map.of(
                "participants", List.of("personnel_action", "employee", "um_appointment", "welcome_notice",
                        "notification", "participant", "participant_status_change", "classification_view",
                        "outbox_event"),
                "plans", List.of("classification_view", "participant_view", "plan", "plan_transition", "activity",
                        "td_assignment", "outbox_event"));
        for (String database : List.of("participants", "plans")) {
            Redelivery redelivery = new Redelivery(SharedStack.stack(), database + "-service");
            Map<String, Long> before = rows(layout, database, tables.get(database));
            long records = redelivery.recordsInTopics();
            long t0 = System.nanoTime();
            redelivery.redeliverEverything();
            assertThat(redelivery.awaitCaughtUp(Duration.ofMinutes(10))).as(database + " caught up").isTrue();
            long replayed = System.nanoTime();
            assertThat(rows(layout, database, tables.get(database))).as(database).isEqualTo(before);
            Drills.print("redelivered-" + database, ("every record of the topics %s-service reads delivered again "
                    + "(%d records): replayed in %.1f s including the restart; no row written, no event announced, "
                    + "no facts version moved (%s)").formatted(database, records, Drills.seconds(t0, replayed), before));
        }
    }

    /** Row counts of a service's tables, and the sum of employees' facts versions where it keeps them. */
    private static Map<String, Long> rows(StackLayout layout, String database, List<String> tables) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables) {
            rows.put(table, Drills.count(layout, database, "select count(*) from " + table));
        }
        if (database.equals("participants")) {
            rows.put("facts_version sum", Drills.count(layout, database,
                    "select coalesce(sum(facts_version), 0) from employee_timeline"));
        }
        return rows;
    }

    private static Map<String, Long> reportingRows(StackLayout layout) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("employee_facts", "eligibility_period", "um_appointment_fact", "participant_fact",
                "plan_fact", "spend_fact", "td_fact", "catalog_class", "department_um_classes")) {
            rows.put(table, Drills.count(layout, "reporting", "select count(*) from " + table));
        }
        rows.put("figure_delta sum", Drills.count(layout, "reporting",
                "select coalesce(sum(abs(delta)), 0) from figure_delta"));
        return rows;
    }

    private static String department(String prefix) {
        return prefix + (System.currentTimeMillis() / 1000 % 100_000);
    }
}
