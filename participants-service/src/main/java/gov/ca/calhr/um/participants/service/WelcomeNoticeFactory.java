package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.participants.config.ParticipantsConfig;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.ProgramSettings;
import gov.ca.calhr.um.participants.domain.WelcomeNotice;
import gov.ca.calhr.um.participants.domain.timeline.LpelEntry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Builds the welcome notice for an appointment to an LPEL class: the participation criteria (the
 * department's own selection criteria, or {@code um.welcome-notice.criteria}) and the department
 * coordinator's contact (CalHR UM Program Guidelines: HR notifies new LPEL
 * appointees of the program and of whom to contact).
 */
@ApplicationScoped
public class WelcomeNoticeFactory {

    private final CoordinatorContacts contacts;
    private final String criteria;

    public WelcomeNoticeFactory(CoordinatorContacts contacts,
                                ParticipantsConfig config) {
        this.contacts = contacts;
        this.criteria = config.welcomeNotice().criteria();
    }

    public WelcomeNotice issue(String employeeId, LpelEntry entry) {
        WelcomeNotice notice = new WelcomeNotice();
        notice.noticeId = UUID.randomUUID();
        notice.actionId = entry.actionId();
        notice.employeeId = employeeId;
        notice.department = entry.department();
        notice.classCode = entry.classCode();
        notice.effectiveDate = entry.effectiveDate();
        notice.criteria = criteria;
        notice.issuedAt = Timestamps.now();
        contacts.of(entry.department()).ifPresent(program -> complete(notice, program));
        return notice;
    }

    /** The department's coordinator contact and own selection criteria (the default when it has none). */
    public void complete(WelcomeNotice notice, ProgramSettings program) {
        notice.coordinatorName = program.coordinatorName;
        notice.coordinatorEmail = program.coordinatorEmail;
        notice.coordinatorPhone = program.coordinatorPhone;
        notice.criteria = program.selectionCriteria == null || program.selectionCriteria.isBlank()
                ? criteria : program.selectionCriteria;
    }
}
