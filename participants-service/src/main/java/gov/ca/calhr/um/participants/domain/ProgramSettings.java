package gov.ca.calhr.um.participants.domain;

import gov.ca.calhr.um.commons.audit.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A department's UM program settings: the coordinator every welcome notice points to, and its selection criteria. */
@Entity
@Table(name = "program_settings")
public class ProgramSettings {

    @Id
    public String department;

    @PersonalData
    @Column(name = "coordinator_name", nullable = false)
    public String coordinatorName;

    @PersonalData
    @Column(name = "coordinator_email", nullable = false)
    public String coordinatorEmail;

    @PersonalData
    @Column(name = "coordinator_phone")
    public String coordinatorPhone;

    /** The department's selection criteria from its UM plan; welcome letters state them (null: the default). */
    @Column(name = "selection_criteria")
    public String selectionCriteria;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
