package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.participants.config.ParticipantsConfig;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.WelcomeNotice;
import gov.ca.calhr.um.participants.domain.timeline.LpelEntry;
import gov.ca.calhr.um.participants.domain.timeline.Timeline;
import gov.ca.calhr.um.participants.domain.timeline.WelcomeNoticeRule;
import gov.ca.calhr.um.participants.events.ParticipantEvents;
import gov.ca.calhr.um.participants.repository.WelcomeNoticeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The welcome notices a changed timeline calls for ({@link WelcomeNoticeRule}): new LPEL
 * appointees get one and their coordinator is told; a notice that turned out wrong is marked
 * withdrawn and the coordinator is told. Appointments before {@code um.welcome-notice.since} (a
 * department's history being loaded) get none.
 */
@ApplicationScoped
public class WelcomeNotices {

    private final WelcomeNoticeRepository notices;
    private final WelcomeNoticeFactory factory;
    private final Notifier notifier;
    private final ParticipantEvents events;
    private final LocalDate since;

    public WelcomeNotices(WelcomeNoticeRepository notices, WelcomeNoticeFactory factory, Notifier notifier,
                          ParticipantEvents events,
                          ParticipantsConfig config) {
        this.notices = notices;
        this.factory = factory;
        this.notifier = notifier;
        this.events = events;
        this.since = config.welcomeNotice().since().orElse(null);
    }

    /** Brings the employee's notices in line with the timeline; answers the standing notice of each entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<LpelEntry.Key, UUID> reconcile(String employeeId, Timeline timeline, List<WelcomeNotice> standing,
                                              LocalDate today) {
        Map<String, WelcomeNotice> byId = new HashMap<>();
        standing.forEach(n -> byId.put(n.noticeId.toString(), n));
        List<WelcomeNoticeRule.Issued> issued = standing.stream()
                .map(n -> new WelcomeNoticeRule.Issued(n.noticeId.toString(),
                        n.entryKey(),
                        n.issuedAt.atZone(Timestamps.CALIFORNIA).toLocalDate()))
                .toList();
        WelcomeNoticeRule.Decision decision = WelcomeNoticeRule.decide(timeline.lpelEntries(), issued, today, since);
        for (WelcomeNoticeRule.Withdrawal w : decision.withdraw()) {
            WelcomeNotice n = byId.remove(w.notice().noticeId());
            n.withdrawnAt = Timestamps.now();
            n.withdrawnReason = w.reason();
            events.noticeWithdrawn(n);
            notifier.toRole(n.department, Roles.UM_COORDINATOR, "WELCOME_NOTICE_WITHDRAWN", employeeId,
                    "The UM welcome notice sent to employee " + employeeId + " for class " + n.classCode
                            + " was withdrawn: " + w.reason() + ".");
        }
        if (!decision.withdraw().isEmpty() && !decision.issue().isEmpty()) {
            notices.flush(); // one standing notice per action: the withdrawal first
        }
        for (LpelEntry e : decision.issue()) {
            WelcomeNotice n = factory.issue(employeeId, e);
            notices.persist(n);
            byId.put(n.noticeId.toString(), n);
            events.noticeIssued(n);
            notifier.toRole(e.department(), Roles.UM_COORDINATOR, "LPEL_APPOINTEE", employeeId,
                    "Employee " + employeeId + " was appointed to LPEL class " + e.classCode()
                            + " effective " + e.effectiveDate() + " and has been sent the UM welcome notice.");
        }
        Map<LpelEntry.Key, UUID> result = new HashMap<>();
        byId.values().forEach(n -> result.put(n.entryKey(), n.noticeId));
        return result;
    }
}
