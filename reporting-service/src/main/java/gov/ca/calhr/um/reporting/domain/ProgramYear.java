package gov.ca.calhr.um.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * What a department states for one fiscal year of its UM program: the training budget, and the part
 * of it assigned to UM (2 CCR 599.985 asks for "the amount and percentage of the training budget
 * assigned to upward mobility"). A year's report reads that year's statement, never today's.
 */
public record ProgramYear(String department, String fiscalYear, BigDecimal trainingBudget, BigDecimal assignedToUm,
                          String updatedBy, Instant updatedAt) {

    /** {@code amount} as a percentage of the training budget, to one decimal; none without a budget. */
    public BigDecimal percentOfBudget(BigDecimal amount) {
        return percentOf(amount, trainingBudget);
    }

    public static BigDecimal percentOf(BigDecimal amount, BigDecimal budget) {
        if (amount == null || budget == null || budget.signum() == 0) {
            return null;
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(budget, 1, RoundingMode.HALF_UP);
    }
}
