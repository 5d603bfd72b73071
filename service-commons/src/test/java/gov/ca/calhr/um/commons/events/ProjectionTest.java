package gov.ca.calhr.um.commons.events;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The staleness rule every copy of another service's facts keeps: newest wins, by event time. */
class ProjectionTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    private static Projection.Received<String> at(Instant time) {
        return new Projection.Received<>(EventEnvelope.of("e1", "/test", "Fact", 1, "s1", time, null, null), "data");
    }

    @Test
    void anEventReplacesNothingKeptAnOlderFactAndOneOfTheSameTime() {
        assertThat(at(T).supersedes(null)).isTrue();
        assertThat(at(T).supersedes(T.minusSeconds(1))).isTrue();
        assertThat(at(T).supersedes(T)).isTrue(); // a redelivery under a new id, or a correction at the same instant
    }

    @Test
    void anOlderEventArrivingLateNeverOverwritesANewerFact() {
        assertThat(at(T).supersedes(T.plusMillis(1))).isFalse();
    }

    @Test
    void anEventWithoutATimeCountsAsNow() {
        Projection.Received<String> untimed = at(null);
        assertThat(untimed.at()).isAfter(T);
        assertThat(untimed.supersedes(T)).isTrue();
        assertThat(untimed.id()).isEqualTo("e1");
    }
}
