package gov.ca.calhr.um.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rebuilds reporting-service's projections from the event history: stops the service, empties
 * the tables it counts from (reporting's own {@code reset_projections()} names them and forgets
 * which events it processed; the department's own data stays), resets where its consumers were,
 * and starts it again; its consumers then replay every topic from the beginning into the empty
 * tables.
 */
public final class ReportingRebuild {

    static final String SERVICE = "reporting-service";

    private final Stack stack;
    private final Redelivery redelivery;

    public ReportingRebuild(Stack stack) {
        this.stack = stack;
        this.redelivery = new Redelivery(stack, SERVICE);
    }

    /** Runs the rebuild; returns the rows each projection held before (the replay fills them again). */
    public Map<String, Long> run() {
        StackLayout layout = stack.layout();
        new ManagedProcess(layout, SERVICE).stop(Duration.ofSeconds(30));
        Map<String, Long> emptied = emptyProjections(layout);
        redelivery.resetConsumerGroup();
        stack.up();
        return emptied;
    }

    /**
     * Delivers every event of reporting-service's topics to it again, without emptying anything:
     * stops it, forgets where its consumers were, starts it (a drill of at-least-once delivery: the
     * figures must not change).
     */
    public void redeliverEverything() {
        redelivery.redeliverEverything();
    }

    private static Map<String, Long> emptyProjections(StackLayout layout) {
        Map<String, Long> counts = new LinkedHashMap<>();
        String url = "jdbc:postgresql://localhost:" + layout.postgresPort() + "/reporting";
        try (Connection c = DriverManager.getConnection(url, "reporting", "reporting");
             Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            // reporting-service owns the list of its projections (migration V10__reset_projections)
            try (var rs = s.executeQuery("select projection, row_count from reset_projections()")) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty reporting-service's projections: " + e.getMessage(), e);
        }
        return counts;
    }

    /** See {@link Redelivery#awaitCaughtUp}. */
    public boolean awaitReplayed(Duration timeout) {
        return redelivery.awaitCaughtUp(timeout);
    }

    /** See {@link Redelivery#recordsInTopics}. */
    public long recordsInTopics() {
        return redelivery.recordsInTopics();
    }

    /** See {@link Redelivery#recordsNoLongerKept}: a rebuild is whole only when each is 0. */
    public Map<String, Long> recordsNoLongerKept() {
        return redelivery.recordsNoLongerKept();
    }
}
