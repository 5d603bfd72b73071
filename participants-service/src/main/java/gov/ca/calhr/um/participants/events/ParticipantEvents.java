package gov.ca.calhr.um.participants.events;

import gov.ca.calhr.um.commons.outbox.Outbox;
import gov.ca.calhr.um.participants.domain.ActionType;
import gov.ca.calhr.um.participants.domain.Application;
import gov.ca.calhr.um.participants.domain.EmployeeStatus;
import gov.ca.calhr.um.participants.domain.ApplicationStatus;
import gov.ca.calhr.um.participants.domain.Notification;
import gov.ca.calhr.um.participants.domain.Opportunity;
import gov.ca.calhr.um.participants.domain.OpportunityKind;
import gov.ca.calhr.um.participants.domain.OpportunityStatus;
import gov.ca.calhr.um.participants.domain.Participant;
import gov.ca.calhr.um.participants.domain.ParticipantStatus;
import gov.ca.calhr.um.participants.domain.PersonnelAction;
import gov.ca.calhr.um.participants.domain.UmAppointment;
import gov.ca.calhr.um.participants.domain.WelcomeNotice;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The events this service owns; their contracts are under deploy/events/participants. */
@ApplicationScoped
public class ParticipantEvents {

    public static final String EMPLOYEE_TOPIC = "participants.employee.v1";
    public static final String NOTICE_TOPIC = "participants.notice.v1";
    public static final String OPPORTUNITY_TOPIC = "participants.opportunity.v1";
    public static final String APPLICATION_TOPIC = "participants.application.v1";
    public static final String PARTICIPANT_TOPIC = "participants.participant.v1";
    public static final String NOTIFICATION_TOPIC = "participants.notification.v1";

    /** Data of {@code PersonnelActionApplied} v1: what reporting counts eligibility from. */
    public record PersonnelActionApplied(String actionId, ActionType actionType, String employeeId,
                                         String department, String positionNumber, String transactionCode,
                                         String fromClassCode, String toClassCode, String toUmCategory,
                                         LocalDate effectiveDate, boolean lpelEligible) {
    }

    /** Data of {@code UmAppointmentRecorded} v1: an LPEL employee or participant appointed to an ELTPA class. */
    public record UmAppointmentRecorded(String actionId, String employeeId, String department, String fromClassCode,
                                        String toClassCode, LocalDate effectiveDate, boolean participant,
                                        String participantId) {
    }

    /** Data of {@code UmAppointmentRevoked} v1: a UM appointment announced before is no longer on the record. */
    public record UmAppointmentRevoked(String actionId, String employeeId, String department, String toClassCode,
                                       LocalDate effectiveDate, String reason) {
    }

    /** One eligibility period in {@code EmployeeFactsChanged}: active in an LPEL class from {@code from} until before {@code to}. */
    public record EligibilityPeriodFact(String department, String classCode, LocalDate from, LocalDate to) {
    }

    /** One UM appointment in {@code EmployeeFactsChanged}. */
    public record UmAppointmentFact(String actionId, String department, String fromClassCode, String toClassCode,
                                    LocalDate effectiveDate, boolean participant, String participantId) {
    }

    /**
     * Data of {@code EmployeeFactsChanged} v1: everything derived from the employee's timeline, whole,
     * with a version that grows with every change. A consumer keeps the highest version it has seen
     * and replaces the employee's facts with it, so late, corrected and cancelled actions converge.
     */
    public record EmployeeFactsChanged(String employeeId, long version, String department, EmployeeStatus status,
                                       String classCode, List<EligibilityPeriodFact> eligibility,
                                       List<UmAppointmentFact> umAppointments) {
    }

    public record Coordinator(String name, String email, String phone) {
    }

    /** Data of {@code WelcomeNoticeIssued} v1: for the mail/portal system that delivers it. */
    public record WelcomeNoticeIssued(String noticeId, String employeeId, String department, String classCode,
                                      String criteria, Coordinator coordinator, Instant issuedAt) {
    }

    /** Data of {@code WelcomeNoticeWithdrawn} v1: the notice was wrong (its appointment cancelled or corrected). */
    public record WelcomeNoticeWithdrawn(String noticeId, String employeeId, String department, String reason,
                                         Instant withdrawnAt) {
    }

    /** Data of {@code WelcomeNoticeDelivered} v1. */
    public record WelcomeNoticeDelivered(String noticeId, String employeeId, String department, Instant deliveredAt) {
    }

    /** Data of {@code OpportunityPosted} v1. */
    public record OpportunityPosted(String opportunityId, String department, OpportunityKind kind, String title,
                                    String classCode, LocalDate opensOn, LocalDate closesOn,
                                    OpportunityStatus status, int version, String cancelledReason) {
    }

    /** Data of {@code ApplicationStatusChanged} v1: submitted, reviewed, decided or withdrawn. */
    public record ApplicationStatusChanged(String applicationId, String employeeId, String department,
                                           String targetClassCode, String opportunityId, ApplicationStatus status,
                                           String participantId) {
    }

    /** Data of {@code ParticipantStatusChanged} v1; {@code previousStatus} is null when the employee is selected. */
    public record ParticipantStatusChanged(String participantId, String employeeId, String department,
                                           String supervisorId, String applicationId, String targetClassCode,
                                           ParticipantStatus previousStatus, ParticipantStatus status,
                                           String reason, LocalDate effectiveDate, boolean followsPlan) {
    }

    /** Data of {@code NotificationIssued} v1: for the mail/portal system that delivers it. */
    public record NotificationIssued(String notificationId, String department, String recipientEmployeeId,
                                     String recipientRole, String kind, String subjectId, String message) {
    }

    private final Outbox outbox;

    public ParticipantEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void actionApplied(PersonnelAction action, String toUmCategory, boolean lpelEligible) {
        outbox.publish(EMPLOYEE_TOPIC, "PersonnelActionApplied", 1, action.employeeId, action.department,
                new PersonnelActionApplied(action.actionId, action.actionType, action.employeeId, action.department,
                        action.positionNumber, action.transactionCode, action.fromClassCode, action.toClassCode,
                        toUmCategory, action.effectiveDate, lpelEligible));
    }

    public void umAppointment(UmAppointment a) {
        outbox.publish(EMPLOYEE_TOPIC, "UmAppointmentRecorded", 1, a.employeeId, a.department,
                new UmAppointmentRecorded(a.actionId, a.employeeId, a.department, a.fromClassCode, a.toClassCode,
                        a.effectiveDate, a.participantId != null,
                        a.participantId == null ? null : a.participantId.toString()));
    }

    public void umAppointmentRevoked(UmAppointment a, String reason) {
        outbox.publish(EMPLOYEE_TOPIC, "UmAppointmentRevoked", 1, a.employeeId, a.department,
                new UmAppointmentRevoked(a.actionId, a.employeeId, a.department, a.toClassCode, a.effectiveDate,
                        reason));
    }

    public void employeeFactsChanged(EmployeeFactsChanged facts) {
        outbox.publish(EMPLOYEE_TOPIC, "EmployeeFactsChanged", 1, facts.employeeId(), facts.department(), facts);
    }

    public void noticeWithdrawn(WelcomeNotice notice) {
        outbox.publish(NOTICE_TOPIC, "WelcomeNoticeWithdrawn", 1, notice.employeeId, notice.department,
                new WelcomeNoticeWithdrawn(notice.noticeId.toString(), notice.employeeId, notice.department,
                        notice.withdrawnReason, notice.withdrawnAt));
    }

    public void noticeIssued(WelcomeNotice notice) {
        Coordinator coordinator = notice.coordinatorEmail == null ? null
                : new Coordinator(notice.coordinatorName, notice.coordinatorEmail, notice.coordinatorPhone);
        outbox.publish(NOTICE_TOPIC, "WelcomeNoticeIssued", 1, notice.employeeId, notice.department,
                new WelcomeNoticeIssued(notice.noticeId.toString(), notice.employeeId, notice.department,
                        notice.classCode, notice.criteria, coordinator, notice.issuedAt));
    }

    public void noticeDelivered(WelcomeNotice notice) {
        outbox.publish(NOTICE_TOPIC, "WelcomeNoticeDelivered", 1, notice.employeeId, notice.department,
                new WelcomeNoticeDelivered(notice.noticeId.toString(), notice.employeeId, notice.department,
                        notice.deliveredAt));
    }

    public void opportunityPosted(Opportunity o) {
        outbox.publish(OPPORTUNITY_TOPIC, "OpportunityPosted", 1, o.opportunityId.toString(), o.department,
                new OpportunityPosted(o.opportunityId.toString(), o.department, o.kind, o.title, o.classCode,
                        o.opensOn, o.closesOn, o.status, o.version, o.cancelledReason));
    }

    public void applicationChanged(Application a) {
        outbox.publish(APPLICATION_TOPIC, "ApplicationStatusChanged", 1, a.employeeId, a.department,
                new ApplicationStatusChanged(a.applicationId.toString(), a.employeeId, a.department,
                        a.targetClassCode, a.opportunityId == null ? null : a.opportunityId.toString(), a.status,
                        a.participantId == null ? null : a.participantId.toString()));
    }

    /** {@code followsPlan}: the change follows the participation's plan (plans-service need not follow it back). */
    public void participantChanged(Participant p, String supervisorId, String targetClassCode,
                                   ParticipantStatus previous, boolean followsPlan) {
        outbox.publish(PARTICIPANT_TOPIC, "ParticipantStatusChanged", 1, p.employeeId, p.department,
                new ParticipantStatusChanged(p.participantId.toString(), p.employeeId, p.department, supervisorId,
                        p.applicationId.toString(), targetClassCode, previous, p.status, p.statusReason, p.since,
                        followsPlan));
    }

    public void notificationIssued(Notification n) {
        outbox.publish(NOTIFICATION_TOPIC, "NotificationIssued", 1, n.notificationId.toString(), n.department,
                new NotificationIssued(n.notificationId.toString(), n.department, n.recipientEmployeeId,
                        n.recipientRole, n.kind, n.subjectId, n.message));
    }
}
