package gov.ca.calhr.um.participants.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static gov.ca.calhr.um.participants.domain.ApplicationAction.END_ON_SEPARATION;
import static gov.ca.calhr.um.participants.domain.ApplicationAction.NOT_SELECT;
import static gov.ca.calhr.um.participants.domain.ApplicationAction.SELECT;
import static gov.ca.calhr.um.participants.domain.ApplicationAction.SUPERVISOR_APPROVE;
import static gov.ca.calhr.um.participants.domain.ApplicationAction.SUPERVISOR_DECLINE;
import static gov.ca.calhr.um.participants.domain.ApplicationAction.WAITLIST;
import static gov.ca.calhr.um.participants.domain.ApplicationAction.WITHDRAW;
import static gov.ca.calhr.um.participants.domain.ApplicationStatus.NOT_SELECTED;
import static gov.ca.calhr.um.participants.domain.ApplicationStatus.SELECTED;
import static gov.ca.calhr.um.participants.domain.ApplicationStatus.SUBMITTED;
import static gov.ca.calhr.um.participants.domain.ApplicationStatus.SUPERVISOR_APPROVED;
import static gov.ca.calhr.um.participants.domain.ApplicationStatus.SUPERVISOR_DECLINED;
import static gov.ca.calhr.um.participants.domain.ApplicationStatus.WAITLISTED;
import static gov.ca.calhr.um.participants.domain.ApplicationStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

/** The application's transition table: from where each step may be taken, and where it leads. */
class ApplicationActionTest {

    @Test
    void theSupervisorReviewsASubmittedApplication() {
        assertThat(ApplicationAction.review(true)).isEqualTo(SUPERVISOR_APPROVE);
        assertThat(ApplicationAction.review(false)).isEqualTo(SUPERVISOR_DECLINE);
        assertTable(SUPERVISOR_APPROVE, EnumSet.of(SUBMITTED), SUPERVISOR_APPROVED);
        assertTable(SUPERVISOR_DECLINE, EnumSet.of(SUBMITTED), SUPERVISOR_DECLINED);
    }

    @Test
    void theCoordinatorDecidesOnAnApprovedOrWaitlistedApplication() {
        Set<ApplicationStatus> decidable = EnumSet.of(SUPERVISOR_APPROVED, WAITLISTED);
        assertTable(SELECT, decidable, SELECTED);
        assertTable(WAITLIST, decidable, WAITLISTED);
        assertTable(NOT_SELECT, decidable, NOT_SELECTED);
    }

    @Test
    void aDecisionIsOneOfThreeOutcomes() {
        assertThat(ApplicationAction.decisionFor(SELECTED)).contains(SELECT);
        assertThat(ApplicationAction.decisionFor(WAITLISTED)).contains(WAITLIST);
        assertThat(ApplicationAction.decisionFor(NOT_SELECTED)).contains(NOT_SELECT);
        for (ApplicationStatus other : EnumSet.of(SUBMITTED, SUPERVISOR_APPROVED, SUPERVISOR_DECLINED, WITHDRAWN)) {
            assertThat(ApplicationAction.decisionFor(other)).as("%s", other).isEmpty();
        }
        assertThat(ApplicationAction.decisionFor(null)).isEmpty();
    }

    @Test
    void onlyAnApplicationAwaitingADecisionIsWithdrawnOrEndedBySeparation() {
        assertTable(WITHDRAW, ApplicationStatus.OPEN, WITHDRAWN);
        assertTable(END_ON_SEPARATION, ApplicationStatus.OPEN, WITHDRAWN);
    }

    @Test
    void noStepLeavesAClosedApplication() {
        for (ApplicationStatus closed : EnumSet.complementOf(EnumSet.copyOf(ApplicationStatus.OPEN))) {
            for (ApplicationAction action : ApplicationAction.values()) {
                assertThat(action.allowedFrom(closed)).as("%s from %s", action, closed).isFalse();
            }
        }
    }

    private static void assertTable(ApplicationAction action, Set<ApplicationStatus> from, ApplicationStatus to) {
        assertThat(action.from()).as("%s from", action).containsExactlyInAnyOrderElementsOf(from);
        assertThat(action.to()).as("%s to", action).isEqualTo(to);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(action.allowedFrom(status)).as("%s from %s", action, status).isEqualTo(from.contains(status));
        }
    }
}
