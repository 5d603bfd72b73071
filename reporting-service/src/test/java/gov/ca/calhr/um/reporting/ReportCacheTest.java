package gov.ca.calhr.um.reporting;

import gov.ca.calhr.um.reporting.service.ReportCache;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class ReportCacheTest {

    private record Report(String figures) {
    }

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

    @Test
    void readersWhoAskDuringABuildWaitForItInsteadOfBuildingAgain() throws Exception {
        ReportCache cache = new ReportCache(Duration.ofMinutes(1));
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get("r", () -> {
            builds.incrementAndGet();
            building.countDown();
            awaitLatch(finish);
            return "report";
        }));
        assertThat(building.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> cache.get("r", () -> {
            builds.incrementAndGet();
            return "built again";
        }));
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5)).until(() -> !second.isDone());
        finish.countDown();
        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("report");
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("report");
        assertThat(builds).hasValue(1);
    }

    @Test
    void aFailedBuildIsNotKept() {
        ReportCache cache = new ReportCache(Duration.ofMinutes(1));
        assertThatThrownBy(() -> cache.get("r", () -> {
            throw new IllegalStateException("database gone");
        })).hasMessage("database gone");
        assertThat(cache.get("r", () -> "report")).isEqualTo("report");
    }

    @Test
    void aKeptReportIsRenderedOnceAndARenderingGoesWithItsReport() {
        ReportCache cache = new ReportCache(Duration.ofMinutes(1));
        AtomicInteger renderings = new AtomicInteger();
        Report report = cache.get("r", () -> new Report("report"));
        assertThat(cache.rendered(report, "json", () -> "json " + renderings.incrementAndGet())).isEqualTo("json 1");
        assertThat(cache.rendered(report, "json", () -> "json " + renderings.incrementAndGet())).isEqualTo("json 1");
        assertThat(cache.rendered(report, "csv", () -> "csv " + renderings.incrementAndGet())).isEqualTo("csv 2");
        // a report equal to the kept one but not it (a submitted snapshot read again, say) is rendered anew
        Report other = new Report("report");
        assertThat(cache.rendered(other, "json", () -> "json " + renderings.incrementAndGet())).isEqualTo("json 3");
        cache.changed();
        assertThat(cache.rendered(report, "json", () -> "json " + renderings.incrementAndGet())).isEqualTo("json 4");
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
