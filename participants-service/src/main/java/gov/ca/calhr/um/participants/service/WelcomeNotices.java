package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.participants.config.ParticipantsConfig;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.commons.mail.MailOutbox;
import gov.ca.calhr.um.participants.domain.ProgramSettings;
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
 * withdrawn and the coordinator is told. A notice that names its coordinator is mailed
 * ({@link WelcomeLetters}); one issued before the department had a coordinator is completed and
 * mailed when it names one. Appointments before {@code um.welcome-notice.since} (a
 * department's history being loaded) get none.
 */
@ApplicationScoped
public class WelcomeNotices {

    private final WelcomeNoticeRepository notices;
    private final WelcomeNoticeFactory factory;
    private final Notifier notifier;
    private final ParticipantEvents events;
    private final MailOutbox mail;
    private final LocalDate since;

    public WelcomeNotices(WelcomeNoticeRepository notices, WelcomeNoticeFactory factory, Notifier notifier,
                          ParticipantEvents events, MailOutbox mail,
                          ParticipantsConfig config) {
        this.notices = notices;
        this.factory = factory;
        this.notifier = notifier;
        this.events = events;
        this.mail = mail;
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
            if (n.coordinatorEmail != null) {
                mail.enqueue(WelcomeLetters.KIND, n.noticeId.toString());
            }
            notifier.toRole(e.department(), Roles.UM_COORDINATOR, "LPEL_APPOINTEE", employeeId,
                    "Employee " + employeeId + " was appointed to LPEL class " + e.classCode()
                            + " effective " + e.effectiveDate() + " and has been sent the UM welcome notice.");
        }
        Map<LpelEntry.Key, UUID> result = new HashMap<>();
        byId.values().forEach(n -> result.put(n.entryKey(), n.noticeId));
        return result;
    }

    /**
     * The department named its coordinator (or changed its program): the notices issued before it
     * had one get the contact and its selection criteria, and are mailed now. Answers how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int completeAwaitingCoordinator(ProgramSettings program) {
        if (program.coordinatorEmail == null) {
            return 0;
        }
        List<WelcomeNotice> waiting = notices.awaitingCoordinator(program.department);
        for (WelcomeNotice n : waiting) {
            factory.complete(n, program);
        }
        mail.enqueueAll(WelcomeLetters.KIND, waiting.stream().map(n -> n.noticeId.toString()).toList());
        return waiting.size();
    }
}
