package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.audit.AuditSource;
import gov.ca.calhr.um.commons.audit.AuditTrail;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Future-dated actions are stored at once and take effect on their date: this job derives again,
 * each time it runs (hourly by default, {@code um.timeline.reevaluate-every}), the employees on
 * whom one has taken effect since, so that today's status, eligibility and participation show it.
 * It also derives the employees made due for another reason (a class they named changed its UM
 * category), at once when asked ({@link #runSoon}). One run at a time: a request during a run
 * makes the run go round once more.
 */
@ApplicationScoped
public class ScheduledActions {

    private static final Logger LOG = Logger.getLogger(ScheduledActions.class);
    private static final int GROUP = 500;
    private static final AuditSource SOURCE = new AuditSource("timeline-clock", List.of(), null,
            "scheduled personnel actions taking effect, or a class's UM category changed", null);

    private final PersonnelActionService service;
    private final AuditTrail audit;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private final ExecutorService soon = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "timeline-clock");
        t.setDaemon(true);
        return t;
    });

    public ScheduledActions(PersonnelActionService service, AuditTrail audit) {
        this.service = service;
        this.audit = audit;
    }

    @Scheduled(every = "${um.timeline.reevaluate-every:1h}", delayed = "${um.timeline.reevaluate-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void takeEffect() {
        requested.set(true);
        while (requested.get() && running.compareAndSet(false, true)) {
            try {
                requested.set(false);
                deriveDue();
            } finally {
                running.set(false);
            }
        }
    }

    /** Asks for a run now, off the caller's thread (after the caller's transaction made employees due). */
    public void runSoon() {
        soon.execute(() -> {
            ManagedContext request = Arc.container().requestContext();
            request.activate();
            try {
                takeEffect();
            } catch (RuntimeException e) {
                LOG.errorf("the timeline clock failed; its next scheduled run tries again: %s", e.getClass().getName());
            } finally {
                request.terminate();
            }
        });
    }

    @PreDestroy
    void stop() {
        soon.shutdownNow();
    }

    private void deriveDue() {
        int total = 0;
        int done;
        do {
            try {
                done = audit.during(SOURCE, () -> service.reevaluateDue(GROUP));
            } catch (RuntimeException groupFailed) {
                done = oneByOne();
                if (done < GROUP) {
                    total += done;
                    break;
                }
            }
            total += done;
        } while (done == GROUP);
        if (total > 0) {
            LOG.infof("derived again %d employees on whom scheduled personnel actions took effect", total);
        }
    }

    /** After a group failed: each due employee alone; the ones that fail are logged and left for the next run. */
    private int oneByOne() {
        int done = 0;
        for (String employeeId : service.due(GROUP)) {
            try {
                audit.during(SOURCE, () -> {
                    service.reevaluate(employeeId);
                    return null;
                });
                done++;
            } catch (RuntimeException e) {
                LOG.errorf("could not derive again the timeline of employee %s: %s", employeeId,
                        e.getClass().getName());
            }
        }
        return done;
    }
}
