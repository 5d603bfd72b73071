package gov.ca.calhr.um.reporting.domain;

import gov.ca.calhr.um.commons.time.FiscalYear;

import java.util.HashMap;
import java.util.Map;

/**
 * A department's kept figures ({@link FigureRuns}): each line's value in any fiscal year is the sum
 * of its deltas up to the year. {@code deltas} is by figure, line and fiscal year (its start year).
 */
public record Figures(Map<String, Map<String, Map<Integer, Long>>> deltas) {

    /** The value of every line of the figure in the year (lines that come to zero left out). */
    public Map<String, Long> lines(String figure, FiscalYear year) {
        Map<String, Long> values = new HashMap<>();
        deltas.getOrDefault(figure, Map.of()).forEach((line, byYear) -> {
            long sum = 0;
            for (Map.Entry<Integer, Long> e : byYear.entrySet()) {
                if (e.getKey() <= year.startYear()) {
                    sum += e.getValue();
                }
            }
            if (sum != 0) {
                values.put(line, sum);
            }
        });
        return values;
    }

    public long value(String figure, String line, FiscalYear year) {
        return lines(figure, year).getOrDefault(line, 0L);
    }
}
