package gov.ca.calhr.um.participants.domain.timeline;

import gov.ca.calhr.um.participants.domain.EmployeeStatus;
import gov.ca.calhr.um.participants.domain.timeline.ActionEffect.Disposition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An employee's history as of a day: every personnel action of theirs, in {@link TimelineAction#ORDER},
 * folded into {@link Period}s, and everything derived from it (eligibility, UM appointments, LPEL
 * entries). A pure function of the set of actions, the catalog's categories and the day: the same
 * actions in any arrival order, sent once or many times, give the same timeline (DOMAIN.md,
 * "Personnel actions from HR systems"). Actions dated after {@code asOf} are kept as scheduled and
 * take effect on their date; cancelled actions have no effect.
 */
public final class Timeline {

    private final LocalDate asOf;
    private final List<Period> periods;
    private final List<ActionEffect> effects;
    private final Map<String, ActionEffect> effectsById;
    private final List<EligibilityPeriod> eligibility;
    private final List<UmMove> umAppointments;
    private final List<LpelEntry> lpelEntries;
    private final LocalDate nextEffectiveDate;

    private Timeline(LocalDate asOf, List<Period> periods, List<ActionEffect> effects,
                     List<EligibilityPeriod> eligibility, List<UmMove> umAppointments, List<LpelEntry> lpelEntries,
                     LocalDate nextEffectiveDate) {
        this.asOf = asOf;
        this.periods = periods;
        this.effects = effects;
        this.effectsById = new HashMap<>();
        effects.forEach(e -> effectsById.put(e.actionId(), e));
        this.eligibility = eligibility;
        this.umAppointments = umAppointments;
        this.lpelEntries = lpelEntries;
        this.nextEffectiveDate = nextEffectiveDate;
    }

    /**
     * @param actions  all of the employee's actions (repeats of one actionId are read once)
     * @param category the catalog's UM category of a class code
     * @param asOf     today: later-dated actions are scheduled, not in effect
     */
    public static Timeline of(Collection<TimelineAction> actions, Function<String, UmCategory> category,
                              LocalDate asOf) {
        Map<String, TimelineAction> byId = new HashMap<>();
        for (TimelineAction a : actions) {
            byId.putIfAbsent(a.actionId(), a);
        }
        Set<String> cancelled = new HashSet<>();
        for (TimelineAction a : byId.values()) {
            if (a.isCancellation() && a.cancelsActionId() != null) {
                cancelled.add(a.cancelsActionId());
            }
        }
        List<TimelineAction> ordered = byId.values().stream().sorted(TimelineAction.ORDER).toList();
        // the same move reported under several actionIds is the first of them in timeline order
        Map<TimelineAction.MoveKey, TimelineAction> canonical = new HashMap<>();
        Map<String, ActionEffect> effects = new LinkedHashMap<>();
        List<TimelineAction> live = new ArrayList<>();
        LocalDate next = null;
        for (TimelineAction a : ordered) {
            if (a.isCancellation()) {
                effects.put(a.actionId(), ActionEffect.without(a, Disposition.CANCELS, a.cancelsActionId()));
            } else if (cancelled.contains(a.actionId())) {
                effects.put(a.actionId(), ActionEffect.without(a, Disposition.CANCELLED, null));
            } else if (canonical.containsKey(a.moveKey())) {
                effects.put(a.actionId(), ActionEffect.without(a, Disposition.SAME_MOVE,
                        canonical.get(a.moveKey()).actionId()));
            } else {
                canonical.put(a.moveKey(), a);
                if (a.effectiveDate().isAfter(asOf)) {
                    effects.put(a.actionId(), ActionEffect.without(a, Disposition.SCHEDULED, null));
                    next = next == null || a.effectiveDate().isBefore(next) ? a.effectiveDate() : next;
                } else {
                    live.add(a);
                }
            }
        }
        Fold fold = new Fold(category);
        for (TimelineAction a : live) {
            effects.put(a.actionId(), fold.apply(a));
        }
        List<ActionEffect> inOrder = ordered.stream().map(a -> effects.get(a.actionId())).toList();
        return new Timeline(asOf, List.copyOf(fold.periods), inOrder, fold.eligibility(), List.copyOf(fold.moves),
                fold.entries(), next);
    }

    /** Folds the actions in effect, in timeline order, into periods and derived facts. */
    private static final class Fold {
        private final Function<String, UmCategory> category;
        private final List<Period> periods = new ArrayList<>();
        private final List<UmMove> moves = new ArrayList<>();
        private final List<LpelEntry> entries = new ArrayList<>();

        Fold(Function<String, UmCategory> category) {
            this.category = category;
        }

        private Period current() {
            return periods.isEmpty() ? null : periods.get(periods.size() - 1);
        }

        private boolean inLpel(Period p) {
            return p != null && p.isActive() && p.classCode() != null && category.apply(p.classCode()) == UmCategory.LPEL;
        }

        ActionEffect apply(TimelineAction a) {
            Period before = current();
            Period after = next(before, a);
            boolean known = before != null && before.classCode() != null;
            // HR's fromClassCode stands in only where the timeline knows no earlier class of record
            String priorClass = known ? before.classCode() : a.fromClassCode();
            boolean disagrees = known && a.fromClassCode() != null && !a.fromClassCode().equals(before.classCode());
            boolean umAppointment = false;
            boolean lpelEntry = false;
            if (a.type().changesClass()) {
                // continuously in state service: active right before the move (a hire after a separation
                // is not a UM appointment, whatever class the employee held before); where the timeline
                // has no status yet, HR's fromClassCode says the employee came from a class
                boolean continuous = before == null || before.status() == null ? a.fromClassCode() != null
                        : before.isActive();
                UmCategory from = priorClass == null ? UmCategory.NONE : category.apply(priorClass);
                UmCategory to = category.apply(a.toClassCode());
                // GC 19402, 2 CCR 599.981: from an LPEL or bridging class of record into an ELTPA class;
                // LPEL -> bridging is not one, nor is a move up inside a series
                umAppointment = continuous && from.startsUpwardMobility() && to == UmCategory.ELTPA;
                lpelEntry = to == UmCategory.LPEL && !(continuous && from == UmCategory.LPEL);
                if (umAppointment) {
                    moves.add(new UmMove(a.actionId(), a.department(), priorClass, a.toClassCode(), a.effectiveDate()));
                }
                if (lpelEntry) {
                    entries.add(new LpelEntry(a.actionId(), a.department(), a.toClassCode(), a.effectiveDate(), null));
                }
            }
            if (before != null && before.from().equals(a.effectiveDate())) {
                // a second change the same day: the day's last state stands
                periods.set(periods.size() - 1, after);
            } else {
                if (before != null) {
                    periods.set(periods.size() - 1, before.endingOn(a.effectiveDate()));
                }
                periods.add(after);
            }
            return new ActionEffect(a.actionId(), Disposition.APPLIED, null, a.effectiveDate(),
                    known ? before.classCode() : null, a.fromClassCode(), disagrees,
                    before == null ? null : before.classCode(), after.classCode(),
                    before == null ? null : before.status(), after.status(), after.tdClassCode(), umAppointment,
                    lpelEntry, inLpel(after));
        }

        private static Period next(Period s, TimelineAction a) {
            LocalDate day = a.effectiveDate();
            String supervisor = a.supervisorId() != null ? a.supervisorId() : s == null ? null : s.supervisorId();
            if (a.type().changesClass()) {
                return new Period(day, null, a.actionId(), a.department(), a.toClassCode(), a.positionNumber(),
                        supervisor, EmployeeStatus.ACTIVE, s == null ? null : s.tdClassCode(),
                        s == null ? null : s.tdPositionNumber(), s == null ? null : s.tdSince());
            }
            String department = s == null ? a.department() : s.department();
            String classCode = s == null ? null : s.classCode();
            String position = s == null ? null : s.positionNumber();
            EmployeeStatus status = s == null ? null : s.status();
            return switch (a.type()) {
                case SEPARATION -> new Period(day, null, a.actionId(), department, classCode, position, supervisor,
                        EmployeeStatus.SEPARATED, null, null, null);
                // a T&D assignment rides on top of the class of record: it never replaces it
                case TD_START -> new Period(day, null, a.actionId(), department, classCode, position, supervisor,
                        status, a.toClassCode(), a.positionNumber(), day);
                case TD_END -> new Period(day, null, a.actionId(), department, classCode, position, supervisor,
                        status, null, null, null);
                default -> throw new IllegalStateException("not a change of the timeline: " + a.type());
            };
        }

        /** Runs of periods active in one LPEL class of one department. */
        List<EligibilityPeriod> eligibility() {
            List<EligibilityPeriod> result = new ArrayList<>();
            for (Period p : periods) {
                if (!inLpel(p)) {
                    continue;
                }
                EligibilityPeriod last = result.isEmpty() ? null : result.get(result.size() - 1);
                if (last != null && p.from().equals(last.to()) && last.department().equals(p.department())
                        && last.classCode().equals(p.classCode())) {
                    result.set(result.size() - 1, new EligibilityPeriod(last.department(), last.classCode(),
                            last.from(), p.to()));
                } else {
                    result.add(new EligibilityPeriod(p.department(), p.classCode(), p.from(), p.to()));
                }
            }
            return List.copyOf(result);
        }

        /** Each entry with the day its LPEL spell ended: the first later period not active in an LPEL class. */
        List<LpelEntry> entries() {
            List<LpelEntry> result = new ArrayList<>();
            for (LpelEntry e : entries) {
                LocalDate end = periods.stream()
                        .filter(p -> p.from().isAfter(e.effectiveDate()) && !inLpel(p))
                        .map(Period::from).min(Comparator.naturalOrder()).orElse(null);
                // the same day's later change may already have left LPEL
                Period sameDay = periods.stream().filter(p -> p.from().equals(e.effectiveDate())).findFirst()
                        .orElse(null);
                if (sameDay != null && !inLpel(sameDay)) {
                    end = e.effectiveDate();
                }
                result.add(new LpelEntry(e.actionId(), e.department(), e.classCode(), e.effectiveDate(), end));
            }
            return List.copyOf(result);
        }
    }

    public LocalDate asOf() {
        return asOf;
    }

    public List<Period> periods() {
        return periods;
    }

    /** The employee's state today; empty before their first action takes effect. */
    public Optional<Period> current() {
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
    }

    /** What each action did, in timeline order (cancelled, repeated and scheduled ones included). */
    public List<ActionEffect> effects() {
        return effects;
    }

    public Optional<ActionEffect> effectOf(String actionId) {
        return Optional.ofNullable(effectsById.get(actionId));
    }

    public List<EligibilityPeriod> eligibility() {
        return eligibility;
    }

    public List<UmMove> umAppointments() {
        return umAppointments;
    }

    public List<LpelEntry> lpelEntries() {
        return lpelEntries;
    }

    /** The earliest date a scheduled action takes effect, or null when none is waiting. */
    public LocalDate nextEffectiveDate() {
        return nextEffectiveDate;
    }

    /** Active in an LPEL class of record today: eligible for the UM program. */
    public boolean eligibleNow() {
        return !eligibility.isEmpty() && eligibility.get(eligibility.size() - 1).to() == null;
    }
}
