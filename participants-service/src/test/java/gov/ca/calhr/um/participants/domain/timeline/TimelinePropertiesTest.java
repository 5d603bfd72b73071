package gov.ca.calhr.um.participants.domain.timeline;

import gov.ca.calhr.um.participants.domain.ActionType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything derived from an employee's actions is the same for every arrival order and every
 * repetition of those actions (issue 13, rule 2): generated histories with same-day actions,
 * repeated moves under new actionIds, cancellations, future-dated actions and wrong fromClassCodes.
 */
class TimelinePropertiesTest {

    private static final List<String> CLASSES = List.copyOf(TimelineTest.CATALOG.keySet().stream().sorted().toList());
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final LocalDate TODAY = TimelineTest.TODAY;
    private static final LocalDate GO_LIVE = LocalDate.of(2023, 1, 1);

    private static UmCategory category(String classCode) {
        return TimelineTest.CATALOG.getOrDefault(classCode, UmCategory.NONE);
    }

    /** One employee's actions as HR sends them: some repeated as the same move under another id, some cancelled. */
    @Provide
    Arbitrary<List<TimelineAction>> histories() {
        Arbitrary<ActionType> types = Arbitraries.of(ActionType.APPOINTMENT, ActionType.PROMOTION,
                ActionType.TRANSFER, ActionType.DEMOTION, ActionType.SEPARATION, ActionType.TD_START,
                ActionType.TD_END);
        // a narrow range of days makes same-day actions common; some fall after today
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 2600).edgeCases(e -> e.add(2526));
        Arbitrary<String> classes = Arbitraries.of(CLASSES);
        Arbitrary<String> fromClasses = Arbitraries.of(CLASSES).injectNull(0.5);
        Arbitrary<Long> sequences = Arbitraries.longs().between(1, 3).injectNull(0.6);
        Arbitrary<Step> steps = Combinators.combine(types, days, classes, fromClasses, sequences,
                Arbitraries.integers().between(0, 9)).as(Step::new);
        return steps.list().ofMinSize(1).ofMaxSize(9).map(TimelinePropertiesTest::toActions);
    }

    record Step(ActionType type, int day, String toClass, String fromClass, Long sequence, int twist) {
    }

    private static List<TimelineAction> toActions(List<Step> steps) {
        List<TimelineAction> actions = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            LocalDate date = FIRST.plusDays(s.day() % 7 == 0 && i > 0 ? steps.get(i - 1).day() : s.day());
            String to = s.type().namesClass() ? s.toClass() : null;
            String from = s.type().changesClass() ? s.fromClass() : null;
            TimelineAction a = new TimelineAction("A" + i, s.type(), i % 3 == 0 ? "EDD" : "DGS", "P" + i, from, to,
                    date, null, s.sequence(), null);
            actions.add(a);
            if (s.twist() == 1) {
                // the same move resent under a new actionId
                actions.add(new TimelineAction("R" + i, s.type(), a.department(), a.positionNumber(), from, to, date,
                        null, null, null));
            } else if (s.twist() == 2) {
                actions.add(new TimelineAction("C" + i, ActionType.CANCELLATION, a.department(), a.positionNumber(),
                        null, null, date, null, null, a.actionId()));
            }
        }
        return actions;
    }

    /** The arrival: a shuffle of the actions, each sent one to three times. */
    private static List<TimelineAction> arrival(List<TimelineAction> actions, Random random) {
        List<TimelineAction> sent = new ArrayList<>();
        for (TimelineAction a : actions) {
            int times = 1 + random.nextInt(3);
            for (int i = 0; i < times; i++) {
                sent.add(a);
            }
        }
        Collections.shuffle(sent, random);
        return sent;
    }

    private static Timeline timeline(List<TimelineAction> actions, LocalDate asOf) {
        return Timeline.of(actions, TimelinePropertiesTest::category, asOf);
    }

    @Property(tries = 400)
    void theTimelineIsTheSameForEveryArrivalOrderAndRepetition(@ForAll("histories") List<TimelineAction> actions,
                                                               @ForAll Random random) {
        Timeline inOrder = timeline(actions.stream().sorted(TimelineAction.ORDER).toList(), TODAY);
        Timeline arrived = timeline(arrival(actions, random), TODAY);
        assertThat(arrived.periods()).isEqualTo(inOrder.periods());
        assertThat(arrived.umAppointments()).isEqualTo(inOrder.umAppointments());
        assertThat(arrived.eligibility()).isEqualTo(inOrder.eligibility());
        assertThat(arrived.lpelEntries()).isEqualTo(inOrder.lpelEntries());
        assertThat(arrived.effects()).isEqualTo(inOrder.effects());
        assertThat(arrived.nextEffectiveDate()).isEqualTo(inOrder.nextEffectiveDate());
    }

    /**
     * What the service does on each arrival: rebuild the timeline from the actions so far and
     * reconcile the notices. After the last arrival the notices left standing are those the whole
     * timeline owes, and the UM appointments are those of the whole set, whatever the order.
     */
    @Property(tries = 400)
    void actionsArrivingOneByOneConvergeOnWhatTheWholeTimelineGives(
            @ForAll("histories") List<TimelineAction> actions, @ForAll Random random) {
        Map<String, TimelineAction> received = new LinkedHashMap<>();
        Map<String, WelcomeNoticeRule.Issued> standing = new HashMap<>();
        int noticeIds = 0;
        for (TimelineAction a : arrival(actions, random)) {
            received.putIfAbsent(a.actionId(), a);
            Timeline now = timeline(List.copyOf(received.values()), TODAY);
            WelcomeNoticeRule.Decision d = WelcomeNoticeRule.decide(now.lpelEntries(),
                    List.copyOf(standing.values()), TODAY, GO_LIVE);
            d.withdraw().forEach(w -> standing.remove(w.notice().noticeId()));
            for (LpelEntry e : d.issue()) {
                String id = "N" + noticeIds++;
                standing.put(id, new WelcomeNoticeRule.Issued(id, e.key(), TODAY));
            }
        }
        Timeline whole = timeline(actions, TODAY);
        Set<LpelEntry.Key> owed = WelcomeNoticeRule.decide(whole.lpelEntries(), List.of(), TODAY, GO_LIVE).issue()
                .stream().map(LpelEntry::key).collect(Collectors.toSet());
        assertThat(standing.values().stream().map(WelcomeNoticeRule.Issued::key).collect(Collectors.toSet()))
                .isEqualTo(owed);
        assertThat(standing).hasSameSizeAs(owed);
        assertThat(timeline(List.copyOf(received.values()), TODAY).umAppointments())
                .isEqualTo(whole.umAppointments());
    }

    /** Rules that hold for every history, stated without the code's own derivation. */
    @Property(tries = 400)
    void umAppointmentsOnlyEverGoFromTheLpelSideIntoEltpaAndOncePerMove(
            @ForAll("histories") List<TimelineAction> actions) {
        Timeline t = timeline(actions, TODAY);
        Set<UmMove.Key> keys = new HashSet<>();
        for (UmMove m : t.umAppointments()) {
            assertThat(category(m.fromClassCode()).startsUpwardMobility()).isTrue();
            assertThat(category(m.toClassCode())).isEqualTo(UmCategory.ELTPA);
            assertThat(m.effectiveDate()).isBeforeOrEqualTo(TODAY);
            assertThat(keys.add(m.key())).as("one UM appointment per move").isTrue();
        }
        // a T&D class is never the class of record, nor an eligibility period's class
        Set<String> classesOfRecord = actions.stream().filter(a -> a.type().changesClass())
                .map(TimelineAction::toClassCode).collect(Collectors.toSet());
        t.periods().stream().map(Period::classCode).filter(c -> c != null)
                .forEach(c -> assertThat(classesOfRecord).contains(c));
        t.eligibility().forEach(p -> assertThat(category(p.classCode())).isEqualTo(UmCategory.LPEL));
        // periods follow each other without gaps or overlaps
        List<Period> periods = t.periods();
        for (int i = 1; i < periods.size(); i++) {
            assertThat(periods.get(i - 1).to()).isEqualTo(periods.get(i).from());
        }
        assertThat(periods.stream().map(Period::from).sorted(Comparator.naturalOrder()).toList())
                .isEqualTo(periods.stream().map(Period::from).toList());
    }
}
