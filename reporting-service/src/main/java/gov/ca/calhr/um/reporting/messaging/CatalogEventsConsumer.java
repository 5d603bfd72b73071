package gov.ca.calhr.um.reporting.messaging;

import gov.ca.calhr.um.commons.events.Projection;
import gov.ca.calhr.um.reporting.domain.CatalogClassCopy;
import gov.ca.calhr.um.reporting.repository.CatalogClassCopyRepository;
import gov.ca.calhr.um.reporting.repository.DepartmentUmClassesRepository;
import gov.ca.calhr.um.reporting.service.ReportCache;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

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

    private final Projection projection;
    private final CatalogClassCopyRepository classes;
    private final DepartmentUmClassesRepository departmentClasses;
    private final ReportCache cache;

    public CatalogEventsConsumer(Projection projection, CatalogClassCopyRepository classes,
                                 DepartmentUmClassesRepository departmentClasses, ReportCache cache) {
        this.projection = projection;
        this.classes = classes;
        this.departmentClasses = departmentClasses;
        this.cache = cache;
    }

    @Incoming("department-um-class-events")
    @Blocking
    public void departmentUmClasses(String payload) {
        projection.apply("reporting.department-um-classes", payload, "DepartmentUmClassesChanged",
                DepartmentUmClassesChanged.class, event -> departmentClasses.record(event.data().department(),
                        event.at(), orEmpty(event.data().umClassCodes()), orEmpty(event.data().bridgingClassCodes())));
        cache.changed();
    }

    private static List<String> orEmpty(List<String> codes) {
        return codes == null ? List.of() : codes.stream().sorted().toList();
    }

    @Incoming("classification-events")
    @Blocking
    public void consume(String payload) {
        projection.apply("reporting.catalog", payload, "ClassificationUpserted", ClassificationUpserted.class,
                this::apply);
    }

    private void apply(Projection.Received<ClassificationUpserted> event) {
        ClassificationUpserted d = event.data();
        CatalogClassCopy c = classes.findById(d.classCode());
        if (c != null && !event.supersedes(c.updatedAt)) {
            return;
        }
        if (c == null) {
            c = new CatalogClassCopy();
            c.classCode = d.classCode();
        }
        c.title = d.title();
        c.umCategory = d.umCategory();
        c.updatedAt = event.at();
        classes.persist(c);
    }
}
