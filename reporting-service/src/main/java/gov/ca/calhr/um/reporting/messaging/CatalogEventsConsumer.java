package gov.ca.calhr.um.reporting.messaging;

import gov.ca.calhr.um.commons.events.EventEnvelope;
import gov.ca.calhr.um.commons.events.EventInbox;
import gov.ca.calhr.um.commons.events.TransientFailures;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.reporting.domain.CatalogClass;
import gov.ca.calhr.um.reporting.repository.CatalogClassRepository;
import gov.ca.calhr.um.reporting.repository.DepartmentUmClassesRepository;
import gov.ca.calhr.um.reporting.service.ReportCache;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.util.List;

/**
 * Keeps reporting's copies of what classification-service owns: the catalog, from
 * ClassificationUpserted events (the newest announcement of a class wins, an older one arriving
 * late changes nothing, a redelivered one is applied once), and each department's UM classes, from
 * DepartmentUmClassesChanged events (every announcement kept, so that a fiscal year reads the list
 * that stood at its end).
 */
@ApplicationScoped
public class CatalogEventsConsumer {

    /** The fields of ClassificationUpserted v1 this service uses. */
    record ClassificationUpserted(String classCode, String title, String umCategory) {
    }

    /** The fields of DepartmentUmClassesChanged v1 this service uses. */
    record DepartmentUmClassesChanged(String department, List<String> umClassCodes, List<String> bridgingClassCodes) {
    }

    private final EventInbox inbox;
    private final CatalogClassRepository classes;
    private final DepartmentUmClassesRepository departmentClasses;
    private final TransientFailures failures;
    private final ReportCache cache;

    public CatalogEventsConsumer(EventInbox inbox, CatalogClassRepository classes,
                                 DepartmentUmClassesRepository departmentClasses, TransientFailures failures,
                                 ReportCache cache) {
        this.inbox = inbox;
        this.classes = classes;
        this.departmentClasses = departmentClasses;
        this.failures = failures;
        this.cache = cache;
    }

    @Incoming("department-um-class-events")
    @Blocking
    public void departmentUmClasses(String payload) {
        failures.inTransaction(() -> inbox.accept("reporting.department-um-classes", payload)
                .filter(event -> "DepartmentUmClassesChanged".equals(event.type()))
                .ifPresent(event -> {
                    DepartmentUmClassesChanged d = inbox.data(event, DepartmentUmClassesChanged.class);
                    departmentClasses.record(d.department(), at(event), orEmpty(d.umClassCodes()),
                            orEmpty(d.bridgingClassCodes()));
                }));
        cache.changed();
    }

    private static List<String> orEmpty(List<String> codes) {
        return codes == null ? List.of() : codes.stream().sorted().toList();
    }

    @Incoming("classification-events")
    @Blocking
    public void consume(String payload) {
        failures.inTransaction(() -> inbox.accept("reporting.catalog", payload)
                .filter(event -> "ClassificationUpserted".equals(event.type()))
                .ifPresent(event -> apply(inbox.data(event, ClassificationUpserted.class), at(event))));
    }

    private void apply(ClassificationUpserted d, Instant at) {
        CatalogClass c = classes.findById(d.classCode());
        if (c != null && c.updatedAt.isAfter(at)) {
            return;
        }
        if (c == null) {
            c = new CatalogClass();
            c.classCode = d.classCode();
        }
        c.title = d.title();
        c.umCategory = d.umCategory();
        c.updatedAt = at;
        classes.persist(c);
    }

    private static Instant at(EventEnvelope event) {
        return event.time() != null ? event.time() : Timestamps.now();
    }
}
