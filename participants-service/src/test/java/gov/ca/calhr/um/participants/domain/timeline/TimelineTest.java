package gov.ca.calhr.um.participants.domain.timeline;

import gov.ca.calhr.um.participants.domain.ActionType;
import gov.ca.calhr.um.participants.domain.EmployeeStatus;
import gov.ca.calhr.um.participants.domain.timeline.ActionEffect.Disposition;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The counting rules of DOMAIN.md ("Counting UM appointments precisely"), one example each. */
class TimelineTest {

    static final String OFFICE_TECHNICIAN = "1139"; // LPEL
    static final String OFFICE_ASSISTANT = "1379"; // LPEL
    static final String SERVICES_TECHNICIAN = "5278"; // bridging
    static final String ANALYST = "5157"; // ELTPA
    static final String ASSOCIATE_ANALYST = "5393"; // ELTPA
    static final String OFFICE_SUPERVISOR = "1150"; // the next step in the office series: neither

    static final Map<String, UmCategory> CATALOG = Map.of(
            OFFICE_TECHNICIAN, UmCategory.LPEL, OFFICE_ASSISTANT, UmCategory.LPEL,
            SERVICES_TECHNICIAN, UmCategory.BRIDGING, ANALYST, UmCategory.ELTPA,
            ASSOCIATE_ANALYST, UmCategory.ELTPA, OFFICE_SUPERVISOR, UmCategory.NONE);

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static TimelineAction action(String id, ActionType type, String date, String toClass) {
        return action(id, type, date, toClass, null);
    }

    static TimelineAction action(String id, ActionType type, String date, String toClass, String fromClass) {
        return new TimelineAction(id, type, "DGS", "307-110-" + id, fromClass, toClass, LocalDate.parse(date),
                null, null, null);
    }

    static TimelineAction cancellation(String id, String cancels, String date) {
        return new TimelineAction(id, ActionType.CANCELLATION, "DGS", "307", null, null, LocalDate.parse(date), null,
                null, cancels);
    }

    static Timeline timeline(LocalDate asOf, TimelineAction... actions) {
        return Timeline.of(List.of(actions), c -> CATALOG.getOrDefault(c, UmCategory.NONE), asOf);
    }

    static Timeline timeline(TimelineAction... actions) {
        return timeline(TODAY, actions);
    }

    static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void lpelThroughBridgingIntoEltpaCountsOnceAtTheEltpaStep() {
        Timeline t = timeline(
                action("a1", ActionType.APPOINTMENT, "2021-03-01", OFFICE_TECHNICIAN),
                action("a2", ActionType.TRANSFER, "2022-03-01", SERVICES_TECHNICIAN),
                action("a3", ActionType.PROMOTION, "2023-07-01", ANALYST));
        assertThat(t.umAppointments()).containsExactly(
                new UmMove("a3", "DGS", SERVICES_TECHNICIAN, ANALYST, day("2023-07-01")));
        // eligible only while in the LPEL class: bridging is not LPEL
        assertThat(t.eligibility()).containsExactly(
                new EligibilityPeriod("DGS", OFFICE_TECHNICIAN, day("2021-03-01"), day("2022-03-01")));
    }

    @Test
    void lpelIntoBridgingAloneIsNoUmAppointment() {
        Timeline t = timeline(
                action("a1", ActionType.APPOINTMENT, "2021-03-01", OFFICE_TECHNICIAN),
                action("a2", ActionType.PROMOTION, "2022-03-01", SERVICES_TECHNICIAN));
        assertThat(t.umAppointments()).isEmpty();
    }

    @Test
    void movingUpInsideASeriesOrBetweenEltpaClassesIsNoUmAppointment() {
        Timeline t = timeline(
                action("a1", ActionType.APPOINTMENT, "2021-03-01", OFFICE_TECHNICIAN),
                action("a2", ActionType.PROMOTION, "2022-03-01", OFFICE_SUPERVISOR),
                action("a3", ActionType.PROMOTION, "2023-03-01", ANALYST),
                action("a4", ActionType.PROMOTION, "2024-03-01", ASSOCIATE_ANALYST));
        assertThat(t.umAppointments()).isEmpty();
    }

    @Test
    void aHireAfterASeparationIsNoUmAppointmentWhateverHrSaysTheFromClassWas() {
        Timeline t = timeline(
                action("a1", ActionType.APPOINTMENT, "2021-03-01", OFFICE_TECHNICIAN),
                action("a2", ActionType.SEPARATION, "2022-01-15", null),
                action("a3", ActionType.APPOINTMENT, "2022-06-01", ANALYST, OFFICE_TECHNICIAN));
        assertThat(t.umAppointments()).isEmpty();
        assertThat(t.current().orElseThrow().status()).isEqualTo(EmployeeStatus.ACTIVE);
        assertThat(t.eligibility()).containsExactly(
                new EligibilityPeriod("DGS", OFFICE_TECHNICIAN, day("2021-03-01"), day("2022-01-15")));
    }

    @Test
    void aRehireAfterASeparationIsNoUmAppointmentEvenWhenTheHistoryStartsAtTheSeparation() {
        // a history load whose first action is the separation (the original hire predates the feed)
        Timeline t = timeline(
                action("s", ActionType.SEPARATION, "2024-05-01", null),
                action("r", ActionType.APPOINTMENT, "2025-01-06", ANALYST, OFFICE_TECHNICIAN),
                action("l", ActionType.APPOINTMENT, "2025-06-02", OFFICE_TECHNICIAN));
        assertThat(t.umAppointments()).isEmpty();
        // nor is a rehire into an LPEL class a move inside LPEL: it owes a welcome notice
        Timeline rehiredIntoLpel = timeline(
                action("s", ActionType.SEPARATION, "2024-05-01", null),
                action("r", ActionType.APPOINTMENT, "2025-01-06", OFFICE_TECHNICIAN, OFFICE_ASSISTANT));
        assertThat(rehiredIntoLpel.lpelEntries()).extracting(LpelEntry::actionId).containsExactly("r");
    }

    @Test
    void theSameMoveReportedUnderTwoActionIdsIsOneMove() {
        Timeline t = timeline(
                action("a1", ActionType.APPOINTMENT, "2021-03-01", OFFICE_TECHNICIAN),
                action("sco-9", ActionType.PROMOTION, "2023-07-01", ANALYST),
                action("sco-2", ActionType.APPOINTMENT, "2023-07-01", ANALYST));
        assertThat(t.umAppointments()).extracting(UmMove::actionId).containsExactly("sco-2");
        assertThat(t.effectOf("sco-9").orElseThrow().disposition()).isEqualTo(Disposition.SAME_MOVE);
        assertThat(t.effectOf("sco-9").orElseThrow().sameMoveAs()).isEqualTo("sco-2");
    }

    @Test
    void aTdAssignmentNeverChangesTheClassOfRecord() {
        Timeline t = timeline(
                action("a1", ActionType.APPOINTMENT, "2021-03-01", OFFICE_TECHNICIAN),
                action("a2", ActionType.TD_START, "2022-01-03", ANALYST),
                action("a3", ActionType.TD_END, "2023-01-03", null));
        assertThat(t.umAppointments()).isEmpty();
        assertThat(t.periods()).extracting(Period::classCode).containsOnly(OFFICE_TECHNICIAN);
        assertThat(t.periods().get(1).tdClassCode()).isEqualTo(ANALYST);
        // one unbroken eligibility period in the LPEL class: the T&D class is never an LPEL class used
        assertThat(t.eligibility()).containsExactly(
                new EligibilityPeriod("DGS", OFFICE_TECHNICIAN, day("2021-03-01"), null));
    }

    @Test
    void aPromotionFromTheLpelClassDuringATdAssignmentCounts() {
        Timeline t = timeline(
                action("a1", ActionType.APPOINTMENT, "2021-03-01", OFFICE_TECHNICIAN),
                action("a2", ActionType.TD_START, "2022-01-03", ANALYST),
                action("a3", ActionType.PROMOTION, "2022-09-01", ANALYST));
        assertThat(t.umAppointments()).extracting(UmMove::fromClassCode).containsExactly(OFFICE_TECHNICIAN);
    }

    @Test
    void aFutureDatedSeparationLeavesTheEmployeeActiveUntilItsDate() {
        TimelineAction hire = action("a1", ActionType.APPOINTMENT, "2021-03-01", OFFICE_TECHNICIAN);
        TimelineAction leaves = action("a2", ActionType.SEPARATION, "2027-01-15", null);
        Timeline before = timeline(TODAY, hire, leaves);
        assertThat(before.current().orElseThrow().status()).isEqualTo(EmployeeStatus.ACTIVE);
        assertThat(before.eligibleNow()).isTrue();
        assertThat(before.nextEffectiveDate()).isEqualTo(day("2027-01-15"));
        assertThat(before.effectOf("a2").orElseThrow().disposition()).isEqualTo(Disposition.SCHEDULED);

        Timeline after = timeline(day("2027-01-15"), hire, leaves);
        assertThat(after.current().orElseThrow().status()).isEqualTo(EmployeeStatus.SEPARATED);
        assertThat(after.eligibility()).containsExactly(
                new EligibilityPeriod("DGS", OFFICE_TECHNICIAN, day("2021-03-01"), day("2027-01-15")));
        assertThat(after.nextEffectiveDate()).isNull();
    }

    @Test
    void aCancelledActionHasNoEffectWhicheverArrivesFirst() {
        TimelineAction hire = action("a1", ActionType.APPOINTMENT, "2021-03-01", OFFICE_TECHNICIAN);
        TimelineAction promotion = action("a2", ActionType.PROMOTION, "2023-07-01", ANALYST);
        TimelineAction cancel = cancellation("a2/cancellation", "a2", "2023-07-01");
        assertThat(timeline(hire, promotion).umAppointments()).hasSize(1);
        Timeline t = timeline(cancel, promotion, hire);
        assertThat(t.umAppointments()).isEmpty();
        assertThat(t.eligibleNow()).isTrue();
        assertThat(t.effectOf("a2").orElseThrow().disposition()).isEqualTo(Disposition.CANCELLED);
    }

    @Test
    void hrsFromClassIsCheckedAgainstTheTimelineWhichWins() {
        Timeline t = timeline(
                action("a1", ActionType.APPOINTMENT, "2021-03-01", OFFICE_SUPERVISOR),
                action("a2", ActionType.PROMOTION, "2023-07-01", ANALYST, OFFICE_TECHNICIAN));
        // HR says the employee came from an LPEL class; the timeline says the office supervisor class
        assertThat(t.umAppointments()).isEmpty();
        ActionEffect effect = t.effectOf("a2").orElseThrow();
        assertThat(effect.fromClassDisagrees()).isTrue();
        assertThat(effect.timelineFromClassCode()).isEqualTo(OFFICE_SUPERVISOR);
        assertThat(effect.reportedFromClassCode()).isEqualTo(OFFICE_TECHNICIAN);
    }

    @Test
    void whereTheTimelineKnowsNoEarlierClassHrsFromClassStandsIn() {
        Timeline t = timeline(action("a1", ActionType.PROMOTION, "2023-07-01", ANALYST, OFFICE_TECHNICIAN));
        assertThat(t.umAppointments()).extracting(UmMove::fromClassCode).containsExactly(OFFICE_TECHNICIAN);
        assertThat(t.effectOf("a1").orElseThrow().fromClassDisagrees()).isFalse();
    }

    @Test
    void sameDayActionsFollowTheDocumentedOrder() {
        // a separation the same day as a promotion comes last, whatever the actionIds
        Timeline t = timeline(
                action("z1", ActionType.APPOINTMENT, "2021-03-01", OFFICE_TECHNICIAN),
                action("a9", ActionType.SEPARATION, "2023-07-01", null),
                action("b1", ActionType.PROMOTION, "2023-07-01", ANALYST));
        assertThat(t.umAppointments()).extracting(UmMove::actionId).containsExactly("b1");
        assertThat(t.current().orElseThrow().status()).isEqualTo(EmployeeStatus.SEPARATED);
        // the SCO transaction's sequence orders two class changes of one day
        List<TimelineAction> sameDay = new ArrayList<>(List.of(
                action("z1", ActionType.APPOINTMENT, "2021-03-01", OFFICE_ASSISTANT),
                new TimelineAction("x", ActionType.TRANSFER, "DGS", "1", null, OFFICE_TECHNICIAN, day("2023-07-01"),
                        null, 1L, null),
                new TimelineAction("a", ActionType.PROMOTION, "DGS", "2", null, ANALYST, day("2023-07-01"),
                        null, 2L, null)));
        Timeline s = Timeline.of(sameDay, c -> CATALOG.getOrDefault(c, UmCategory.NONE), TODAY);
        assertThat(s.umAppointments()).containsExactly(
                new UmMove("a", "DGS", OFFICE_TECHNICIAN, ANALYST, day("2023-07-01")));
        assertThat(s.current().orElseThrow().classCode()).isEqualTo(ANALYST);
    }

    @Test
    void aLateEarlierAppointmentMakesTheLaterPromotionAUmAppointmentAndOwesNoNotice() {
        // the promotion arrived first; the appointment it followed arrives later
        Timeline t = timeline(
                action("p", ActionType.PROMOTION, "2024-07-01", ANALYST),
                action("a", ActionType.APPOINTMENT, "2022-03-01", OFFICE_TECHNICIAN));
        assertThat(t.umAppointments()).extracting(UmMove::actionId).containsExactly("p");
        assertThat(t.lpelEntries()).containsExactly(
                new LpelEntry("a", "DGS", OFFICE_TECHNICIAN, day("2022-03-01"), day("2024-07-01")));
        assertThat(WelcomeNoticeRule.decide(t.lpelEntries(), List.of(), TODAY, null).issue()).isEmpty();
    }

    @Test
    void aNoticeSentStaysWhenTheEmployeeLaterMovesOnButAWrongOneIsWithdrawn() {
        LpelEntry.Key key = new LpelEntry.Key(day("2022-03-01"), OFFICE_TECHNICIAN);
        Timeline promotedLater = timeline(
                action("a", ActionType.APPOINTMENT, "2022-03-01", OFFICE_TECHNICIAN),
                action("p", ActionType.PROMOTION, "2024-07-01", ANALYST));
        WelcomeNoticeRule.Issued sentAtHire = new WelcomeNoticeRule.Issued("n1", key, day("2022-03-02"));
        assertThat(WelcomeNoticeRule.decide(promotedLater.lpelEntries(), List.of(sentAtHire), TODAY, null).isEmpty())
                .isTrue();
        // sent after the employee had already left: wrong, withdrawn
        WelcomeNoticeRule.Issued sentLate = new WelcomeNoticeRule.Issued("n2", key, day("2024-08-01"));
        assertThat(WelcomeNoticeRule.decide(promotedLater.lpelEntries(), List.of(sentLate), TODAY, null).withdraw())
                .extracting(WelcomeNoticeRule.Withdrawal::notice).containsExactly(sentLate);
        // the appointment cancelled: withdrawn
        Timeline cancelled = timeline(action("a", ActionType.APPOINTMENT, "2022-03-01", OFFICE_TECHNICIAN),
                cancellation("c", "a", "2022-03-01"));
        assertThat(WelcomeNoticeRule.decide(cancelled.lpelEntries(), List.of(sentAtHire), TODAY, null).withdraw())
                .hasSize(1);
    }

    @Test
    void historyBeforeTheGoLiveDateOwesNoNoticeButStillCounts() {
        Timeline t = timeline(action("a", ActionType.APPOINTMENT, "2022-03-01", OFFICE_TECHNICIAN));
        assertThat(WelcomeNoticeRule.decide(t.lpelEntries(), List.of(), TODAY, day("2026-01-01")).issue()).isEmpty();
        assertThat(WelcomeNoticeRule.decide(t.lpelEntries(), List.of(), TODAY, day("2022-03-01")).issue()).hasSize(1);
        assertThat(t.eligibleNow()).isTrue();
    }

    @Test
    void aTransferBetweenLpelClassesIsNoNewEntry() {
        Timeline t = timeline(
                action("a", ActionType.APPOINTMENT, "2022-03-01", OFFICE_ASSISTANT),
                action("b", ActionType.TRANSFER, "2023-03-01", OFFICE_TECHNICIAN));
        assertThat(t.lpelEntries()).extracting(LpelEntry::actionId).containsExactly("a");
        assertThat(t.eligibility()).extracting(EligibilityPeriod::classCode)
                .containsExactly(OFFICE_ASSISTANT, OFFICE_TECHNICIAN);
    }
}
