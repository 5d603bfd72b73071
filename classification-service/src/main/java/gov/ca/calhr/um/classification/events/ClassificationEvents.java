package gov.ca.calhr.um.classification.events;

import gov.ca.calhr.um.classification.domain.CareerStep;
import gov.ca.calhr.um.classification.domain.Classification;
import gov.ca.calhr.um.classification.domain.OccupationalGroup;
import gov.ca.calhr.um.commons.outbox.Outbox;
import gov.ca.calhr.um.commons.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The events this service owns; their contracts are under deploy/events/classification. */
@ApplicationScoped
public class ClassificationEvents {

    public static final String TOPIC = "classification.classification.v1";
    public static final String DEPARTMENT_TOPIC = "classification.department-um-classes.v1";
    public static final String LADDER_TOPIC = "classification.career-ladder.v1";

    /** Data of {@code ClassificationUpserted} v1: the class as it is today. */
    public record ClassificationUpserted(String classCode, String schematicCode, String title,
                                         List<String> formerTitles, BigDecimal salaryMin, BigDecimal salaryMax,
                                         String occupationalGroup, String umCategory, LocalDate abolishedOn) {
    }

    /** Data of {@code ClassificationAbolished} v1. */
    public record ClassificationAbolished(String classCode, LocalDate abolishedOn, String reason) {
    }

    /** Data of {@code DepartmentUmClassesChanged} v1: the department's whole current lists. */
    public record DepartmentUmClassesChanged(String department, List<String> umClassCodes,
                                             List<String> bridgingClassCodes) {
    }

    /** Data of {@code CareerStepChanged} v1: a step of the career ladders as it is now, or removed. */
    /** Data of {@code CareerStepChanged} v1; {@code department}: null for a statewide step, else whose own it is. */
    public record CareerStepChanged(String fromClassCode, String toClassCode, String kind, String note,
                                    boolean removed, String department) {
    }

    private final Outbox outbox;

    public ClassificationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Announces a step of the career ladders (or its removal) and marks it announced. */
    public void stepChanged(CareerStep s, boolean removed) {
        String key = (s.department() == null ? "" : s.department() + ":") + s.fromClass + ">" + s.toClass;
        outbox.publish(LADDER_TOPIC, "CareerStepChanged", 1, key, s.department(),
                new CareerStepChanged(s.fromClass, s.toClass, s.kind.name(), s.note, removed, s.department()));
        s.announced = true;
    }

    /** Queues the event in the caller's transaction and marks the class announced. */
    public void upserted(Classification c) {
        LocalDate today = Timestamps.today();
        outbox.publish(TOPIC, "ClassificationUpserted", 1, c.classCode, null, new ClassificationUpserted(
                c.classCode, c.schematicCode, c.titleAsOf(today),
                c.otherTitles(today).stream().map(t -> t.title).toList(), c.salaryMin, c.salaryMax,
                c.occupationalGroup().map(OccupationalGroup::name).orElse(null), c.umCategory().name(),
                c.abolishedOn));
        c.announced = true;
    }

    public void abolished(Classification c, String reason) {
        outbox.publish(TOPIC, "ClassificationAbolished", 1, c.classCode, null,
                new ClassificationAbolished(c.classCode, c.abolishedOn, reason));
    }

    public void departmentUmClassesChanged(String department, List<String> umClasses, List<String> bridging) {
        outbox.publish(DEPARTMENT_TOPIC, "DepartmentUmClassesChanged", 1, department, department,
                new DepartmentUmClassesChanged(department, umClasses, bridging));
    }
}
