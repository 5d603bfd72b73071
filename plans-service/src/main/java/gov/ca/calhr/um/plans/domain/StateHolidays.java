package gov.ca.calhr.um.plans.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * The paid holidays California state offices close for (Gov. Code 19853; CalHR's holiday list):
 * New Year's Day, Martin Luther King Jr. Day, Presidents' Day, Cesar Chavez Day, Memorial Day,
 * Independence Day, Labor Day, Veterans Day, Thanksgiving Day, the day after Thanksgiving and
 * Christmas Day. A holiday on a Sunday is observed the Monday after; Veterans Day on a Saturday
 * the Friday before; other Saturday holidays close no weekday (employees get holiday credit).
 * Days a department adds (e.g. a holiday the Legislature or the Governor proclaims) come from
 * configuration.
 */
public final class StateHolidays {

    private StateHolidays() {
    }

    /** The weekdays state offices are closed in {@code year}. */
    public static Set<LocalDate> observedIn(int year) {
        Set<LocalDate> days = new TreeSet<>();
        fixed(days, LocalDate.of(year, Month.JANUARY, 1), false);
        days.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));
        days.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
        fixed(days, LocalDate.of(year, Month.MARCH, 31), false);
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        fixed(days, LocalDate.of(year, Month.JULY, 4), false);
        days.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
        fixed(days, LocalDate.of(year, Month.NOVEMBER, 11), true);
        LocalDate thanksgiving = nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4);
        days.add(thanksgiving);
        days.add(thanksgiving.plusDays(1));
        fixed(days, LocalDate.of(year, Month.DECEMBER, 25), false);
        return days;
    }

    private static void fixed(Set<LocalDate> days, LocalDate day, boolean saturdayToFriday) {
        switch (day.getDayOfWeek()) {
            case SUNDAY -> days.add(day.plusDays(1));
            case SATURDAY -> {
                if (saturdayToFriday) {
                    days.add(day.minusDays(1));
                }
            }
            default -> days.add(day);
        }
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }
}
