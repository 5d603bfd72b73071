package gov.ca.calhr.um.participants.messaging;

import gov.ca.calhr.um.commons.outbox.Outbox;
import gov.ca.calhr.um.participants.domain.PersonnelAction;
import gov.ca.calhr.um.participants.domain.WelcomeNotice;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;

/** The events this service owns; their contracts are under deploy/events/participants. */
@ApplicationScoped
public class ParticipantEvents {

    public static final String EMPLOYEE_TOPIC = "participants.employee.v1";
    public static final String NOTICE_TOPIC = "participants.notice.v1";

    /** Data of {@code PersonnelActionApplied} v1: what reporting counts eligibility from. */
    public record PersonnelActionApplied(String actionId, String employeeId, String department,
                                         String positionNumber, String transactionCode, String fromClassCode,
                                         String toClassCode, String toUmCategory, LocalDate effectiveDate,
                                         boolean lpelEligible) {
    }

    public record Coordinator(String name, String email, String phone) {
    }

    /** Data of {@code WelcomeNoticeIssued} v1: for the mail/portal system that delivers it. */
    public record WelcomeNoticeIssued(String noticeId, String employeeId, String department, String classCode,
                                      String criteria, Coordinator coordinator, Instant issuedAt) {
    }

    private final Outbox outbox;

    public ParticipantEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void actionApplied(PersonnelAction action, String toUmCategory, boolean lpelEligible) {
        outbox.publish(EMPLOYEE_TOPIC, "PersonnelActionApplied", 1, action.employeeId, action.department,
                new PersonnelActionApplied(action.actionId, action.employeeId, action.department,
                        action.positionNumber, action.transactionCode, action.fromClassCode, action.toClassCode,
                        toUmCategory, action.effectiveDate, lpelEligible));
    }

    public void noticeIssued(WelcomeNotice notice) {
        Coordinator coordinator = notice.coordinatorEmail == null ? null
                : new Coordinator(notice.coordinatorName, notice.coordinatorEmail, notice.coordinatorPhone);
        outbox.publish(NOTICE_TOPIC, "WelcomeNoticeIssued", 1, notice.employeeId, notice.department,
                new WelcomeNoticeIssued(notice.noticeId.toString(), notice.employeeId, notice.department,
                        notice.classCode, notice.criteria, coordinator, notice.issuedAt));
    }
}
