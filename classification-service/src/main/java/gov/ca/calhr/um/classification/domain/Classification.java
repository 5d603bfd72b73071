package gov.ca.calhr.um.classification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Optional;

/** A state civil service classification. */
@Entity
@Table(name = "classification")
public class Classification {

    @Id
    @Column(name = "class_code", length = 4)
    public String classCode;

    @Column(name = "schematic_code", nullable = false, length = 4)
    public String schematicCode;

    @Column(nullable = false)
    public String title;

    @Column(name = "salary_min", nullable = false)
    public BigDecimal salaryMin;

    @Column(name = "salary_max", nullable = false)
    public BigDecimal salaryMax;

    /** An explicit designation; overrides the default from the schematic-code range. */
    @Enumerated(EnumType.STRING)
    @Column(name = "um_category_override")
    public UmCategory umCategoryOverride;

    /** False until a ClassificationUpserted event for the current state sits in the outbox. */
    @Column(nullable = false)
    public boolean announced;

    public Optional<OccupationalGroup> occupationalGroup() {
        return OccupationalGroup.of(schematicCode);
    }

    public UmCategory umCategory() {
        if (umCategoryOverride != null) {
            return umCategoryOverride;
        }
        return occupationalGroup().map(OccupationalGroup::defaultCategory).orElse(UmCategory.NONE);
    }

    public boolean categoryDesignated() {
        return umCategoryOverride != null;
    }
}
