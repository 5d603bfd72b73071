package gov.ca.calhr.um.commons.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A California state fiscal year, July 1 to June 30, written {@code 2025-26}. */
public record FiscalYear(int startYear) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})");

    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 7 ? date.getYear() : date.getYear() - 1);
    }

    /** Parses {@code 2025-26}; the second part must be the year after the first. */
    public static FiscalYear parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("must look like 2025-26");
        }
        int start = Integer.parseInt(m.group(1));
        if (Integer.parseInt(m.group(2)) != (start + 1) % 100) {
            throw new IllegalArgumentException("must name two consecutive years, e.g. 2025-26");
        }
        return new FiscalYear(start);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 7, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 6, 30);
    }

    @Override
    public String toString() {
        return "%d-%02d".formatted(startYear, (startYear + 1) % 100);
    }
}
