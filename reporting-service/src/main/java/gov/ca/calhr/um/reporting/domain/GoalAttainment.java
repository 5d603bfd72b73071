package gov.ca.calhr.um.reporting.domain;

/**
 * Whether a goal was met: the UM appointments to the goal's ELTPA class in its fiscal year reached
 * the number expected (GC 19402; a department missing its goals two years running explains why,
 * 2 CCR 599.985). The one rule the report's lines, last year's comparison, the submission and the
 * statewide roll-up read.
 */
public final class GoalAttainment {

    private GoalAttainment() {
    }

    public static boolean met(long expectedAppointments, long appointments) {
        return appointments >= expectedAppointments;
    }
}
