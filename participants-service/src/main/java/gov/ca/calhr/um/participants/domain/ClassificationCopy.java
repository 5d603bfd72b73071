package gov.ca.calhr.um.participants.domain;

import gov.ca.calhr.um.commons.audit.AuditExcluded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * This service's copy of a catalog entry, kept from classification-service's events (a copy of
 * another service's data: the suffix {@code Copy}; its table keeps the name {@code classification_view}).
 */
@Entity
@AuditExcluded("a copy of another service's facts, kept from its events; the owner audits the change")
@Table(name = "classification_view")
public class ClassificationCopy {

    public static final String LPEL = "LPEL";
    public static final String ELTPA = "ELTPA";
    public static final String BRIDGING = "BRIDGING";

    @Id
    @Column(name = "class_code")
    public String classCode;

    @Column(name = "schematic_code", nullable = false)
    public String schematicCode;

    @Column(nullable = false)
    public String title;

    @Column(name = "um_category", nullable = false)
    public String umCategory;

    /** The monthly salary range (null for a class announced before the copy kept it). */
    @Column(name = "salary_min")
    public BigDecimal salaryMin;

    @Column(name = "salary_max")
    public BigDecimal salaryMax;

    /** The day the class is abolished on, if it is. */
    @Column(name = "abolished_on")
    public LocalDate abolishedOn;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isLpel() {
        return LPEL.equals(umCategory);
    }

    public boolean isEltpa() {
        return ELTPA.equals(umCategory);
    }
}
