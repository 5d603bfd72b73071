package gov.ca.calhr.um.classification.rest;

import gov.ca.calhr.um.classification.domain.Classification;
import gov.ca.calhr.um.classification.domain.OccupationalGroup;
import gov.ca.calhr.um.classification.domain.UmCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A class as it was on {@code asOf}. */
public record ClassificationResponse(String classCode, String schematicCode, String title,
                                     List<Title> otherTitles, BigDecimal salaryMin, BigDecimal salaryMax,
                                     List<Range> alternateRanges, String occupationalGroup, UmCategory umCategory,
                                     boolean umCategoryDesignated, Designation umDesignation, LocalDate abolishedOn,
                                     String status, LocalDate asOf) {

    public record Title(String title, LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    public record Range(String rangeCode, BigDecimal salaryMin, BigDecimal salaryMax) {
    }

    public record Designation(String designatedBy, String reason) {
    }

    static ClassificationResponse of(Classification c, LocalDate asOf) {
        return new ClassificationResponse(c.classCode, c.schematicCode, c.titleAsOf(asOf),
                c.otherTitles(asOf).stream().map(t -> new Title(t.title,
                        t.effectiveFrom.equals(Classification.BEGINNING) ? null : t.effectiveFrom, t.effectiveTo)).toList(),
                c.salaryMin, c.salaryMax,
                c.alternateRanges.stream().map(r -> new Range(r.rangeCode, r.salaryMin, r.salaryMax)).toList(),
                c.occupationalGroup().map(OccupationalGroup::name).orElse(null), c.umCategory(),
                c.categoryDesignated(),
                c.categoryDesignated() ? new Designation(c.umDesignatedBy, c.umDesignationReason) : null,
                c.abolishedOn, c.abolishedAsOf(asOf) ? "ABOLISHED" : "ACTIVE", asOf);
    }
}
