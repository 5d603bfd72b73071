package gov.ca.calhr.um.classification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** An alternate monthly salary range of a class (range B, C, ... besides its main range). */
@Embeddable
public class SalaryRange {

    @Column(name = "range_code", nullable = false)
    public String rangeCode;

    @Column(name = "salary_min", nullable = false)
    public BigDecimal salaryMin;

    @Column(name = "salary_max", nullable = false)
    public BigDecimal salaryMax;

    public SalaryRange() {
    }

    public SalaryRange(String rangeCode, BigDecimal salaryMin, BigDecimal salaryMax) {
        this.rangeCode = rangeCode;
        this.salaryMin = salaryMin;
        this.salaryMax = salaryMax;
    }
}
