package gov.ca.calhr.um.plans.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Counts state working days: Monday to Friday, except state holidays (and configured extra closures). */
public final class WorkingDays {

    private final Set<LocalDate> extraClosures;

    public WorkingDays(Set<LocalDate> extraClosures) {
        this.extraClosures = Set.copyOf(extraClosures);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !StateHolidays.observedIn(day.getYear()).contains(day) && !extraClosures.contains(day);
    }

    /** The day that is {@code n} working days after {@code from} (from itself not counted). */
    public LocalDate plus(LocalDate from, int n) {
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
