package gov.ca.calhr.um.classification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** A title a class carried from {@code effectiveFrom} until {@code effectiveTo} (open when null). */
@Embeddable
public class TitlePeriod {

    @Column(nullable = false)
    public String title;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    public TitlePeriod() {
    }

    public TitlePeriod(String title, LocalDate effectiveFrom, LocalDate effectiveTo) {
        this.title = title;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
