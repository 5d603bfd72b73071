package gov.ca.calhr.um.classification.service;

import gov.ca.calhr.um.classification.domain.SalaryRange;
import gov.ca.calhr.um.classification.domain.UmCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a caller may set on a class. {@code titleEffectiveFrom} dates a new title (default:
 * today for a retitle, the start of history for a new class); {@code umCategory} null means "no
 * designation, use the range default", otherwise {@code umDesignationReason} says why.
 */
public record ClassificationChange(String schematicCode, String title, LocalDate titleEffectiveFrom,
                                   BigDecimal salaryMin, BigDecimal salaryMax, List<SalaryRange> alternateRanges,
                                   UmCategory umCategory, String umDesignationReason, boolean withdrawDesignation) {
}
