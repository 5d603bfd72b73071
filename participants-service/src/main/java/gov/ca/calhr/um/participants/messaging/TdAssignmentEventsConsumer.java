package gov.ca.calhr.um.participants.messaging;

import gov.ca.calhr.um.commons.events.Projection;
import gov.ca.calhr.um.commons.mail.MailOutbox;
import gov.ca.calhr.um.participants.domain.TdAgreementCopy;
import gov.ca.calhr.um.participants.repository.TdAgreementCopyRepository;
import gov.ca.calhr.um.participants.service.TdAgreementLetters;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Keeps plans-service's T&D assignments ({@code plans.td-assignment.v1}, TdAssignmentRecorded) and
 * mails the agreement letter to its three parties when one is first agreed (CalHR UM Program
 * Guidelines: the T&D agreement is in writing between the employee and both supervisors). Newest
 * wins ({@link Projection}); the letters go once per assignment and party, however often the event
 * comes.
 */
@ApplicationScoped
public class TdAssignmentEventsConsumer {

    /** The fields of TdAssignmentRecorded v1 this service uses. */
    record TdAssignmentRecorded(String assignmentId, String employeeId, String department, LocalDate startDate,
                                LocalDate endDate, BigDecimal timeBaseFraction, String status,
                                String receivingPosition, String receivingClassCode, String currentSupervisorId,
                                String receivingSupervisorId, String returnPosition) {
    }

    private final Projection projection;
    private final TdAgreementCopyRepository copies;
    private final MailOutbox mail;

    public TdAssignmentEventsConsumer(Projection projection, TdAgreementCopyRepository copies, MailOutbox mail) {
        this.projection = projection;
        this.copies = copies;
        this.mail = mail;
    }

    @Incoming("td-events")
    @Blocking
    public void consume(String payload) {
        projection.apply("participants.td-agreements", payload, "TdAssignmentRecorded", TdAssignmentRecorded.class,
                event -> {
                    TdAssignmentRecorded d = event.data();
                    UUID id = UUID.fromString(d.assignmentId());
                    TdAgreementCopy t = copies.findByIdOptional(id).orElseGet(TdAgreementCopy::new);
                    if (!event.supersedes(t.updatedAt)) {
                        return;
                    }
                    t.assignmentId = id;
                    t.department = d.department();
                    t.employeeId = d.employeeId();
                    t.currentSupervisorId = d.currentSupervisorId();
                    t.receivingSupervisorId = d.receivingSupervisorId();
                    t.receivingPosition = d.receivingPosition();
                    t.receivingClassCode = d.receivingClassCode();
                    t.returnPosition = d.returnPosition();
                    t.startDate = d.startDate();
                    t.endDate = d.endDate();
                    t.timeBaseFraction = d.timeBaseFraction();
                    t.status = d.status();
                    t.updatedAt = event.at();
                    copies.persist(t);
                    if ("AGREED".equals(t.status)) {
                        mail.enqueueAll(TdAgreementLetters.KIND, TdAgreementLetters.subjects(t));
                    }
                });
    }
}
