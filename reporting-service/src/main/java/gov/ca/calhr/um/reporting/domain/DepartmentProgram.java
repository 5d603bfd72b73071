package gov.ca.calhr.um.reporting.domain;

import gov.ca.calhr.um.commons.audit.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A department's UM program: coordinator, written-plan elements, training budget (its UM classes
 * are classification-service's to keep).
 */
@Entity
@Table(name = "department_program")
public class DepartmentProgram {

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

    @Column(name = "policy_statement")
    public String policyStatement;

    @Column(name = "components_offered")
    public String componentsOffered;

    @Column(name = "how_to_access")
    public String howToAccess;

    @Column(name = "selection_criteria")
    public String selectionCriteria;

    @Column(name = "roles_responsibilities")
    public String rolesResponsibilities;

    @Column(name = "annual_training_budget")
    public BigDecimal annualTrainingBudget;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
