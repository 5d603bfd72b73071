package gov.ca.calhr.um.classification.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The filters of a catalog search, as of a day; null fields do not filter. */
public record CatalogSearch(UmCategory category, OccupationalGroup group, String text, BigDecimal salaryFrom,
                            BigDecimal salaryTo, LocalDate asOf, boolean includeAbolished) {
}
