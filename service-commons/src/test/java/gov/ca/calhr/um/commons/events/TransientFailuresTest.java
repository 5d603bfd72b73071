package gov.ca.calhr.um.commons.events;

import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.UnknownReference;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransientFailuresTest {

    private final TransientFailures failures = new TransientFailures(4, 1);

    private static RuntimeException database(String sqlState) {
        return new PersistenceException("could not execute statement", new SQLException("failed", sqlState));
    }

    @Test
    void aFailureThatPassesIsRetriedUntilTheWorkSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        String result = failures.retrying(() -> {
            if (calls.incrementAndGet() < 3) {
                throw database("57P01"); // terminating connection due to administrator command
            }
            return "applied";
        });
        assertThat(result).isEqualTo("applied");
        assertThat(calls).hasValue(3);
    }

    @Test
    void theRecordsOwnFaultIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> failures.retrying(() -> {
            calls.incrementAndGet();
            throw new MalformedEventException("unknown class");
        })).isInstanceOf(MalformedEventException.class);
        assertThat(calls).hasValue(1);

        calls.set(0);
        assertThatThrownBy(() -> failures.retrying(() -> {
            calls.incrementAndGet();
            throw database("23505"); // unique violation: the same again fails the same way
        })).isInstanceOf(PersistenceException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void afterTheLastAttemptTheFailureIsThrown() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> failures.retrying(() -> {
            calls.incrementAndGet();
            throw database("40P01"); // deadlock detected
        })).isInstanceOf(PersistenceException.class);
        assertThat(calls).hasValue(4);
    }

    @Test
    void whatCountsAsTransient() {
        assertThat(TransientFailures.isTransient(database("08006"))).isTrue();  // connection failure
        assertThat(TransientFailures.isTransient(database("40001"))).isTrue();  // serialization failure
        assertThat(TransientFailures.isTransient(database("55P03"))).isTrue();  // lock not available
        assertThat(TransientFailures.isTransient(database("53300"))).isTrue();  // too many connections
        assertThat(TransientFailures.isTransient(database(null))).isTrue();     // pool acquisition timeout
        assertThat(TransientFailures.isTransient(database("22001"))).isFalse(); // value too long
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("bad uuid"))).isFalse();
        assertThat(TransientFailures.isTransient(new RuntimeException(new MalformedEventException("x")))).isFalse();
        // a domain error is the record's fault, whatever caused it underneath
        assertThat(TransientFailures.isTransient(new UnknownReference("toClassCode", "unknown class 9999"))).isFalse();
        assertThat(TransientFailures.isTransient(new RuntimeException(new ConflictWithState("reused actionId"))))
                .isFalse();
    }
}
