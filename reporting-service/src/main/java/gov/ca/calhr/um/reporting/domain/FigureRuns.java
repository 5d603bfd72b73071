package gov.ca.calhr.um.reporting.domain;

import gov.ca.calhr.um.commons.time.FiscalYear;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report's counts kept as they change instead of recounted on every read. What a fact
 * contributes is a run of fiscal years in which it counts once toward a figure ({@code line} tells
 * the figure's line: a status, a class): an employee eligible from 2019-20 on, a participant
 * active in 2024-25 and withdrawn at the end of 2025-26, a UM appointment in its year. Runs become
 * deltas (+1 in the first year, -1 in the year after the last; none for a run that has not ended),
 * so that a figure for a year is the sum of its deltas up to that year, and a changed fact changes
 * only the deltas of the runs it gained or lost.
 */
public final class FigureRuns {

    public static final String ELIGIBLE = "eligible";
    public static final String PARTICIPANTS = "participants";
    public static final String UM_APPOINTMENTS = "um_appointments";

    /** Statuses in which someone takes part in the program. */
    private static final Set<String> TAKING_PART = Set.of("ACTIVE", "SUSPENDED");

    private FigureRuns() {
    }

    /** Counts once toward {@code figure}/{@code line} of the department in fiscal years {@code from}..{@code to} (null: on). */
    public record Run(String department, String figure, String line, int from, Integer to) {
    }

    /** Where a delta applies: the figure's line of the department, from the fiscal year starting in {@code year}. */
    public record Cell(String department, String figure, String line, int year) {
    }

    /** An eligibility period: active in an LPEL class of record from {@code starts} until the day before {@code ends}. */
    public record Period(String department, LocalDate starts, LocalDate ends) {
    }

    /** A UM appointment. */
    public record Appointment(String department, String toClassCode, LocalDate effectiveDate, boolean participant) {
    }

    /**
     * A change of a participant's status, effective on {@code effectiveDate}, announced at {@code at}
     * by event {@code eventId} (which orders changes announced at the same instant).
     */
    public record StatusChange(String department, String previousStatus, String status, LocalDate effectiveDate,
                               Instant at, String eventId) {
    }

    /** The key of a UM appointment line: the class, and whether the employee was a participant. */
    public static String appointmentKey(String toClassCode, boolean participant) {
        return toClassCode + (participant ? ":participant" : ":other");
    }

    /**
     * An employee counts as eligible in a department in every fiscal year one of their periods
     * there touches (LPEL employees eligible for UM, GC 19402); once per year however many periods.
     */
    public static List<Run> eligibility(Collection<Period> periods) {
        Map<String, List<int[]>> byDepartment = new TreeMap<>();
        for (Period p : periods) {
            if (p.ends() != null && !p.ends().isAfter(p.starts())) {
                continue;
            }
            int from = FiscalYear.of(p.starts()).startYear();
            int to = p.ends() == null ? Integer.MAX_VALUE : FiscalYear.of(p.ends().minusDays(1)).startYear();
            byDepartment.computeIfAbsent(p.department(), d -> new ArrayList<>()).add(new int[]{from, to});
        }
        List<Run> runs = new ArrayList<>();
        byDepartment.forEach((department, ranges) -> {
            ranges.sort(Comparator.comparingInt(r -> r[0]));
            int[] current = null;
            for (int[] r : ranges) {
                if (current != null && r[0] <= current[1] + 1L) {
                    current[1] = Math.max(current[1], r[1]);
                } else {
                    if (current != null) {
                        runs.add(run(department, ELIGIBLE, "", current));
                    }
                    current = r.clone();
                }
            }
            if (current != null) {
                runs.add(run(department, ELIGIBLE, "", current));
            }
        });
        return runs;
    }

    /** Each UM appointment counts in the fiscal year of its effective date (599.985: appointments per year). */
    public static List<Run> appointments(Collection<Appointment> appointments) {
        return appointments.stream().map(a -> {
            int year = FiscalYear.of(a.effectiveDate()).startYear();
            return new Run(a.department(), UM_APPOINTMENTS, appointmentKey(a.toClassCode(), a.participant()), year,
                    year);
        }).toList();
    }

    /**
     * A participant counts in each fiscal year in which they took part (active or suspended) at any
     * time, under their status at the year's end; their status on a day is the one most recently
     * announced among those effective by then (a reinstatement announced after a separation wins).
     */
    public static List<Run> participation(List<StatusChange> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        List<StatusChange> byAnnouncement = byAnnouncement(changes);
        String department = byAnnouncement.get(byAnnouncement.size() - 1).department();
        int first = changes.stream().mapToInt(c -> FiscalYear.of(c.effectiveDate()).startYear()).min().orElseThrow();
        int last = changes.stream().mapToInt(c -> FiscalYear.of(c.effectiveDate()).startYear()).max().orElseThrow();
        List<Run> runs = new ArrayList<>();
        String open = null;
        int openFrom = 0;
        // the year after the last change stands for every later year
        for (int year = first; year <= last + 1; year++) {
            String status = statusInYear(byAnnouncement, new FiscalYear(year));
            if (!Objects.equals(status, open)) {
                if (open != null) {
                    runs.add(new Run(department, PARTICIPANTS, open, openFrom, year - 1));
                }
                open = status;
                openFrom = year;
            }
        }
        if (open != null) {
            runs.add(new Run(department, PARTICIPANTS, open, openFrom, null));
        }
        return runs;
    }

    /** The participant's status at the year's end if they took part in it; null if they did not. */
    public static String statusInYear(Collection<StatusChange> changes, FiscalYear year) {
        return statusInYear(byAnnouncement(changes), year);
    }

    private static List<StatusChange> byAnnouncement(Collection<StatusChange> changes) {
        return changes.stream()
                .sorted(Comparator.comparing(StatusChange::at).thenComparing(StatusChange::effectiveDate)
                        .thenComparing(StatusChange::eventId)).toList();
    }

    private static String statusInYear(List<StatusChange> byAnnouncement, FiscalYear year) {
        String atStart = statusOn(byAnnouncement, year.firstDay());
        boolean tookPart = atStart != null && TAKING_PART.contains(atStart);
        for (StatusChange c : byAnnouncement) {
            LocalDate d = c.effectiveDate();
            if (d.isBefore(year.firstDay()) || d.isAfter(year.lastDay())) {
                continue;
            }
            // became active in the year, or left after its first day (so was taking part until then)
            if (TAKING_PART.contains(c.status())
                    || (d.isAfter(year.firstDay()) && c.previousStatus() != null
                        && TAKING_PART.contains(c.previousStatus()))) {
                tookPart = true;
            }
        }
        return tookPart ? statusOn(byAnnouncement, year.lastDay()) : null;
    }

    private static String statusOn(List<StatusChange> byAnnouncement, LocalDate day) {
        String status = null;
        for (StatusChange c : byAnnouncement) {
            if (!c.effectiveDate().isAfter(day)) {
                status = c.status();
            }
        }
        return status;
    }

    /** What changes in the deltas when a fact's runs go from {@code before} to {@code after}. */
    public static Map<Cell, Long> deltas(Collection<Run> before, Collection<Run> after) {
        Map<Cell, Long> deltas = new HashMap<>();
        before.forEach(r -> add(deltas, r, -1));
        after.forEach(r -> add(deltas, r, 1));
        deltas.values().removeIf(v -> v == 0);
        return deltas;
    }

    /** Adds {@code more} into {@code into}, dropping the cells that come to zero. */
    public static void merge(Map<Cell, Long> into, Map<Cell, Long> more) {
        more.forEach((cell, v) -> {
            if (into.merge(cell, v, Long::sum) == 0) {
                into.remove(cell);
            }
        });
    }

    private static void add(Map<Cell, Long> deltas, Run r, int sign) {
        deltas.merge(new Cell(r.department(), r.figure(), r.line(), r.from()), (long) sign, Long::sum);
        if (r.to() != null) {
            deltas.merge(new Cell(r.department(), r.figure(), r.line(), r.to() + 1), (long) -sign, Long::sum);
        }
    }

    private static Run run(String department, String figure, String key, int[] range) {
        return new Run(department, figure, key, range[0], range[1] == Integer.MAX_VALUE ? null : range[1]);
    }
}
