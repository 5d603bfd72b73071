package gov.ca.calhr.um.participants.domain.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which welcome notices an employee's timeline calls for (CalHR UM Guidelines: HR tells each new
 * LPEL appointee of the program and of the coordinator to contact).
 * <ul>
 *   <li>An LPEL entry is owed a notice while its LPEL spell lasts: an employee who already left the
 *       class when HR's actions reached us (a promotion that arrived before the appointment) is not
 *       sent one. Entries before the go-live date ({@code since}: history being loaded) are owed none.</li>
 *   <li>A notice sent stays, even after the employee later moves on, unless it was wrong: its entry is
 *       no longer on the timeline (the action was cancelled, or an earlier LPEL class turned up), or
 *       the spell had already ended on the day it was issued. A wrong notice is withdrawn, never
 *       deleted, and the coordinator is told.</li>
 * </ul>
 * For one day, the notices left standing depend only on the timeline, not on the order its
 * actions arrived in.
 */
public final class WelcomeNoticeRule {

    /** A notice already issued for the entry {@code key} on {@code issuedOn}, not withdrawn. */
    public record Issued(String noticeId, LpelEntry.Key key, LocalDate issuedOn) {
    }

    /** What to do now: notices to issue and notices to withdraw, each with why. */
    public record Decision(List<LpelEntry> issue, List<Withdrawal> withdraw) {
        public boolean isEmpty() {
            return issue.isEmpty() && withdraw.isEmpty();
        }
    }

    public record Withdrawal(Issued notice, String reason) {
    }

    private WelcomeNoticeRule() {
    }

    public static Decision decide(List<LpelEntry> entries, List<Issued> issued, LocalDate today, LocalDate since) {
        Map<LpelEntry.Key, LpelEntry> byKey = new HashMap<>();
        entries.forEach(e -> byKey.put(e.key(), e));
        Set<LpelEntry.Key> standing = new HashSet<>();
        List<Withdrawal> withdraw = new ArrayList<>();
        for (Issued n : issued) {
            LpelEntry entry = byKey.get(n.key());
            if (entry == null) {
                withdraw.add(new Withdrawal(n, "the appointment it welcomed is no longer on the employee's record "
                        + "(cancelled or corrected by HR)"));
            } else if (entry.spellEnd() != null && !entry.spellEnd().isAfter(n.issuedOn())) {
                withdraw.add(new Withdrawal(n, "the employee had already left the LPEL class on " + entry.spellEnd()
                        + " when the notice was issued"));
            } else if (!standing.add(n.key())) {
                withdraw.add(new Withdrawal(n, "a second notice for the same appointment"));
            }
        }
        List<LpelEntry> issue = new ArrayList<>();
        for (LpelEntry e : entries) {
            boolean owed = e.spellEnd() == null && !e.effectiveDate().isAfter(today)
                    && (since == null || !e.effectiveDate().isBefore(since));
            if (owed && !standing.contains(e.key())) {
                issue.add(e);
                standing.add(e.key());
            }
        }
        return new Decision(List.copyOf(issue), List.copyOf(withdraw));
    }
}
