package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.problem.Problems;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.ProgramSettings;
import gov.ca.calhr.um.participants.repository.ProgramSettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;


@ApplicationScoped
public class ProgramSettingsService {

    private final ProgramSettingsRepository settings;

    public ProgramSettingsService(ProgramSettingsRepository settings) {
        this.settings = settings;
    }

    public ProgramSettings get(String department) {
        return settings.findByIdOptional(department.toUpperCase()).orElseThrow(() ->
                Problems.notFound("department " + department + " has no program settings yet"));
    }

    @Transactional
    public ProgramSettings put(String department, String name, String email, String phone) {
        String d = department.toUpperCase();
        ProgramSettings s = settings.findByIdOptional(d, LockModeType.PESSIMISTIC_WRITE).orElseGet(ProgramSettings::new);
        s.department = d;
        s.coordinatorName = name;
        s.coordinatorEmail = email;
        s.coordinatorPhone = phone;
        s.updatedAt = Timestamps.now();
        settings.persist(s);
        return s;
    }
}
