package gov.ca.calhr.um.participants.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A personnel action as an HR system reported it (SCO transaction code, position, classes). */
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

    @Column(name = "to_class_code", nullable = false)
    public String toClassCode;

    @Column(name = "transaction_code", nullable = false)
    public String transactionCode;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    /** Fingerprint of the request: the same actionId with different content is a conflict. */
    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
