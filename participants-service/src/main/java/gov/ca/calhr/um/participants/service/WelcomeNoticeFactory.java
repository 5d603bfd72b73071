package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.PersonnelAction;
import gov.ca.calhr.um.participants.domain.ProgramSettings;
import gov.ca.calhr.um.participants.domain.WelcomeNotice;
import gov.ca.calhr.um.participants.repository.ProgramSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.UUID;

/**
 * Builds the welcome notice for an appointment to an LPEL class: the participation criteria and
 * the department coordinator's contact (CalHR UM Program Guidelines: HR notifies new LPEL
 * appointees of the program and of whom to contact).
 */
@ApplicationScoped
public class WelcomeNoticeFactory {

    private final ProgramSettingsRepository settings;
    private final String criteria;

    public WelcomeNoticeFactory(ProgramSettingsRepository settings,
                                @ConfigProperty(name = "um.welcome-notice.criteria") String criteria) {
        this.settings = settings;
        this.criteria = criteria;
    }

    public WelcomeNotice issue(PersonnelAction action) {
        WelcomeNotice notice = new WelcomeNotice();
        notice.noticeId = UUID.randomUUID();
        notice.actionId = action.actionId;
        notice.employeeId = action.employeeId;
        notice.department = action.department;
        notice.classCode = action.toClassCode;
        notice.criteria = criteria;
        notice.issuedAt = Timestamps.now();
        ProgramSettings program = settings.findById(action.department);
        if (program != null) {
            notice.coordinatorName = program.coordinatorName;
            notice.coordinatorEmail = program.coordinatorEmail;
            notice.coordinatorPhone = program.coordinatorPhone;
        }
        return notice;
    }
}
