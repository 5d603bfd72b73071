package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.audit.AuditSource;
import gov.ca.calhr.um.commons.audit.AuditTrail;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Future-dated actions are stored at once and take effect on their date: this job derives again,
 * each time it runs (hourly by default, {@code um.timeline.reevaluate-every}), the employees on
 * whom one has taken effect since, so that today's status, eligibility and participation show it.
 */
@ApplicationScoped
public class ScheduledActions {

    private static final Logger LOG = Logger.getLogger(ScheduledActions.class);
    private static final int GROUP = 500;
    private static final AuditSource SOURCE = new AuditSource("timeline-clock", List.of(), null,
            "scheduled personnel actions taking effect", null);

    private final PersonnelActionService service;
    private final AuditTrail audit;

    public ScheduledActions(PersonnelActionService service, AuditTrail audit) {
        this.service = service;
        this.audit = audit;
    }

    @Scheduled(every = "${um.timeline.reevaluate-every:1h}", delayed = "${um.timeline.reevaluate-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void takeEffect() {
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
