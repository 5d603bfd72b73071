package gov.ca.calhr.um.commons.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** A verified token is answered from the cache only as sent, and never past its exp or the cache's max age. */
class VerifiedTokenCacheTest {

    private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();

    @Test
    void aTokenIsAnsweredUntilItExpires() {
        VerifiedTokenCache<String> cache = new VerifiedTokenCache<>(10, Duration.ofMinutes(10), clock);
        cache.keep("a.b.c", "alice", T0.plusSeconds(30));
        assertThat(cache.verified("a.b.c")).contains("alice");
        assertThat(cache.verified("a.b.d")).isEmpty();
        clock.now = T0.plusSeconds(29);
        assertThat(cache.verified("a.b.c")).contains("alice");
        clock.now = T0.plusSeconds(30);
        assertThat(cache.verified("a.b.c")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void noTokenIsKeptLongerThanTheMaxAge() {
        VerifiedTokenCache<String> cache = new VerifiedTokenCache<>(10, Duration.ofSeconds(60), clock);
        cache.keep("long-lived", "bob", T0.plus(Duration.ofHours(8)));
        clock.now = T0.plusSeconds(59);
        assertThat(cache.verified("long-lived")).contains("bob");
        clock.now = T0.plusSeconds(60);
        assertThat(cache.verified("long-lived")).isEmpty();
    }

    @Test
    void anExpiredTokenIsNeverKept() {
        VerifiedTokenCache<String> cache = new VerifiedTokenCache<>(10, Duration.ofSeconds(60), clock);
        cache.keep("late", "carol", T0);
        cache.keep("later", "carol", T0.minusSeconds(1));
        assertThat(cache.verified("late")).isEmpty();
        assertThat(cache.verified("later")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void whenFullExpiredEntriesMakeRoomAndOtherwiseNewTokensAreVerifiedEachTime() {
        VerifiedTokenCache<String> cache = new VerifiedTokenCache<>(2, Duration.ofSeconds(60), clock);
        cache.keep("one", "1", T0.plusSeconds(10));
        cache.keep("two", "2", T0.plusSeconds(50));
        cache.keep("three", "3", T0.plusSeconds(50));
        assertThat(cache.verified("three")).isEmpty();
        clock.now = T0.plusSeconds(10);
        cache.keep("three", "3", T0.plusSeconds(50));
        assertThat(cache.verified("three")).contains("3");
        assertThat(cache.verified("two")).contains("2");
        assertThat(cache.verified("one")).isEmpty();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void tokensNobodySendsAgainAreSweptOutOnceTheyExpire() {
        VerifiedTokenCache<String> cache = new VerifiedTokenCache<>(100, Duration.ofSeconds(60), clock);
        cache.keep("one", "1", T0.plusSeconds(10));
        cache.keep("two", "2", T0.plusSeconds(20));
        cache.keep("three", "3", T0.plusSeconds(300)); // kept 60 s at most
        clock.now = T0.plusSeconds(30);
        cache.keep("four", "4", T0.plusSeconds(90));
        assertThat(cache.size()).as("no sweep before maxAge has passed").isEqualTo(4);
        clock.now = T0.plusSeconds(61);
        cache.keep("five", "5", T0.plusSeconds(120));
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.verified("four")).contains("4");
        assertThat(cache.verified("five")).contains("5");
    }

    @Test
    void aCacheOfNoEntriesKeepsNothing() {
        VerifiedTokenCache<String> cache = new VerifiedTokenCache<>(0, Duration.ofSeconds(60), clock);
        cache.keep("t", "dave", T0.plusSeconds(30));
        assertThat(cache.verified("t")).isEmpty();
    }
}
