package gov.ca.calhr.um.reporting;

import gov.ca.calhr.um.reporting.service.ReportCache;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCacheTest {

    @Test
    void readersShareOneBuildUntilAChangeIsCommitted() {
        ReportCache cache = new ReportCache(Duration.ofMinutes(1));
        AtomicInteger builds = new AtomicInteger();
        assertThat(cache.get("r", builds::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("r", builds::incrementAndGet)).isEqualTo(1);
        cache.changed();
        assertThat(cache.get("r", builds::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void aBuildThatAChangeOvertookIsNotKept() {
        ReportCache cache = new ReportCache(Duration.ofMinutes(1));
        AtomicInteger builds = new AtomicInteger();
        cache.get("r", () -> {
            cache.changed();
            return builds.incrementAndGet();
        });
        assertThat(cache.get("r", builds::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void aZeroTtlKeepsNothing() {
        ReportCache cache = new ReportCache(Duration.ZERO);
        AtomicInteger builds = new AtomicInteger();
        cache.get("r", builds::incrementAndGet);
        assertThat(cache.get("r", builds::incrementAndGet)).isEqualTo(2);
    }
}
