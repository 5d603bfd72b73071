package gov.ca.calhr.um.participants.domain;

import gov.ca.calhr.um.commons.audit.PersonalData;
import gov.ca.calhr.um.participants.domain.timeline.LpelEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The notice an employee appointed to an LPEL class receives: the participation criteria and the
 * department coordinator's contact (CalHR UM Guidelines, "Roles and Responsibilities" of HR).
 */
@Entity
@Table(name = "welcome_notice")
public class WelcomeNotice {

    @Id
    @Column(name = "notice_id")
    public UUID noticeId;

    @Column(name = "action_id", nullable = false)
    public String actionId;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    @Column(nullable = false)
    public String department;

    /** The day the appointment into the LPEL class took effect. */
    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "class_code", nullable = false)
    public String classCode;

    @Column(nullable = false)
    public String criteria;

    @PersonalData
    @Column(name = "coordinator_name")
    public String coordinatorName;

    @PersonalData
    @Column(name = "coordinator_email")
    public String coordinatorEmail;

    @PersonalData
    @Column(name = "coordinator_phone")
    public String coordinatorPhone;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** Set when the notice turned out wrong (the appointment was cancelled or corrected): kept, not deleted. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    /** The LPEL entry (day, class) the notice welcomes. */
    public LpelEntry.Key entryKey() {
        return new LpelEntry.Key(effectiveDate, classCode);
    }
}
