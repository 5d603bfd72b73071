package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.participants.domain.ProgramSettings;
import gov.ca.calhr.um.participants.repository.ProgramSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The department's coordinator contact, as kept from reporting-service's DepartmentProgramChanged events. */
@ApplicationScoped
public class ProgramSettingsService {

    private final ProgramSettingsRepository settings;

    public ProgramSettingsService(ProgramSettingsRepository settings) {
        this.settings = settings;
    }

    public ProgramSettings get(String department) {
        return settings.findByIdOptional(department.toUpperCase()).orElseThrow(() ->
                new NotFound("department " + department + " has no program settings yet"));
    }
}
