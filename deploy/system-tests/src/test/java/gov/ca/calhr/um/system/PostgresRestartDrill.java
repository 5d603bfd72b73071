package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.Stack;
import gov.ca.calhr.um.stack.StackLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault drill: PostgreSQL shut down (fast) and started again while participants-service applies a
 * stream of 20,000 HR records from Kafka. The consumer retries what failed while the database was
 * away: afterwards every record is applied exactly once, and none went to the dead-letter topic.
 */
@ExtendWith(SharedStack.class)
class PostgresRestartDrill {

    private static final int EMPLOYEES = 10_000;
    private static final String DEAD_LETTERED = "um_events_dead_lettered_total{topic=\"hr.personnel-actions.v1\"}";

    @Test
    void everyRecordIsAppliedOnceAfterTheDatabaseReturnsAndNoneIsDeadLettered() throws Exception {
        Stack stack = SharedStack.stack();
        StackLayout layout = SharedStack.layout();
        String department = "DRP" + (System.currentTimeMillis() / 1000 % 100_000);
        String stored = "select count(*) from personnel_action where department = ?";

        String participants = SharedStack.url("participants-service");
        Drills.awaitCatalog(layout);
        double deadLetteredBefore = Drills.metric(participants, DEAD_LETTERED);
        long t0 = System.nanoTime();
        Drills.publish(layout.kafkaBootstrap(), department, EMPLOYEES);
        // the database goes away while the stream is being applied
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() ->
                Drills.count(layout, "participants", stored, department) >= 2_000);
        long appliedBefore = Drills.count(layout, "participants", stored, department);
        long down = System.nanoTime();
        assertThat(stack.postgres().stop(Duration.ofSeconds(60))).isTrue();
        stack.up();
        long back = System.nanoTime();

        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Drills.count(layout, "participants", stored, department) == 2L * EMPLOYEES);
        long applied = System.nanoTime();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Drills.count(layout, "participants", "select count(*) from um_appointment where department = ?",
                        department) == EMPLOYEES);
        assertThat(Drills.standingNotices(layout, department)).isZero();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Drills.count(layout, "reporting", "select count(*) from um_appointment_fact where department = ?",
                        department) == EMPLOYEES);
        long counted = System.nanoTime();
        assertThat(Drills.metric(participants, DEAD_LETTERED)).as("HR records dead-lettered")
                .isEqualTo(deadLetteredBefore);
        double retries = Drills.metric(participants, "um_consumer_transient_retries_total");
        Drills.print("postgres-restart", ("%d HR records published; PostgreSQL stopped after %d were stored and back "
                + "%.1f s later; all %d stored once %.1f s after it returned (%d UM appointments, 0 standing welcome notices), "
                + "counted by reporting %.1f s after; transient retries so far %.0f; 0 dead-lettered, 0 lost, 0 doubled; "
                + "%.1f s in all").formatted(2 * EMPLOYEES, appliedBefore, Drills.seconds(down, back), 2 * EMPLOYEES,
                Drills.seconds(back, applied), EMPLOYEES, Drills.seconds(applied, counted),
                Math.max(0, retries), Drills.seconds(t0, counted)));
    }
}
