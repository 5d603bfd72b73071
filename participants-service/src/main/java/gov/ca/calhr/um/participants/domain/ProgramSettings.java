package gov.ca.calhr.um.participants.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A department's UM program settings: the coordinator every welcome notice points to. */
@Entity
@Table(name = "program_settings")
public class ProgramSettings {

    @Id
    public String department;

    @Column(name = "coordinator_name", nullable = false)
    public String coordinatorName;

    @Column(name = "coordinator_email", nullable = false)
    public String coordinatorEmail;

    @Column(name = "coordinator_phone")
    public String coordinatorPhone;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
