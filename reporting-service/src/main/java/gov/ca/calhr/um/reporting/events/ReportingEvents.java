package gov.ca.calhr.um.reporting.events;

import gov.ca.calhr.um.commons.outbox.Outbox;
import gov.ca.calhr.um.reporting.domain.DepartmentProgram;
import jakarta.enterprise.context.ApplicationScoped;

/** The events this service owns; their contracts are under deploy/events/reporting. */
@ApplicationScoped
public class ReportingEvents {

    public static final String PROGRAM_TOPIC = "reporting.program.v1";

    /** Data of {@code DepartmentProgramChanged} v1: who the department's UM coordinator is (for welcome notices). */
    public record DepartmentProgramChanged(String department, String coordinatorName, String coordinatorEmail,
                                           String coordinatorPhone, String selectionCriteria) {
    }

    private final Outbox outbox;

    public ReportingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void programChanged(DepartmentProgram p) {
        outbox.publish(PROGRAM_TOPIC, "DepartmentProgramChanged", 1, p.department, p.department,
                new DepartmentProgramChanged(p.department, p.coordinatorName, p.coordinatorEmail, p.coordinatorPhone,
                        p.selectionCriteria));
    }
}
