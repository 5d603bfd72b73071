package gov.ca.calhr.um.participants.domain;

import gov.ca.calhr.um.commons.audit.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A personnel action as an HR system reported it (SCO transaction code, position, classes), with the
 * employee's details when it carried them. Stored once per actionId; never changed by later actions
 * except for the discrepancy the timeline finds in its fromClassCode.
 */
@Entity
@Table(name = "personnel_action")
public class PersonnelAction {

    @Id
    @Column(name = "action_id")
    public String actionId;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    @Column(nullable = false)
    public String department;

    @Column(name = "position_number", nullable = false)
    public String positionNumber;

    @Column(name = "from_class_code")
    public String fromClassCode;

    /** The class moved to; null for a separation or the end of a T&D assignment. */
    @Column(name = "to_class_code")
    public String toClassCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_type", nullable = false)
    public ActionType actionType;

    @Column(name = "supervisor_id")
    public String supervisorId;

    @Column(name = "transaction_code", nullable = false)
    public String transactionCode;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    /** The order of the SCO transaction within its day, when the HR system sends it. */
    public Long sequence;

    /** For a {@code CANCELLATION}: the action it takes back. */
    @Column(name = "cancels_action_id")
    public String cancelsActionId;

    /** Why HR cancelled (for a cancellation). */
    public String reason;

    @PersonalData
    @Column(name = "employee_name")
    public String employeeName;

    @PersonalData
    @Column(name = "employee_email")
    public String employeeEmail;

    @Enumerated(EnumType.STRING)
    public Tenure tenure;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_base")
    public TimeBase timeBase;

    /** The class of record the timeline had before this action, when HR's fromClassCode named another. */
    @Column(name = "timeline_from_class")
    public String timelineFromClass;

    /** Fingerprint of the request: the same actionId with different content is a conflict. */
    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public boolean hasEmployeeDetails() {
        return employeeName != null;
    }
}
