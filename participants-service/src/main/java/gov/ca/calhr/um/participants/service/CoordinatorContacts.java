package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.participants.domain.ProgramSettings;
import gov.ca.calhr.um.participants.repository.ProgramSettingsRepository;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The departments' program settings as one transaction reads them: a batch of thousands of
 * appointments looks each department up once, also a department that has no settings yet (which
 * the persistence context would look up again every time). Injected as a client proxy.
 */
@TransactionScoped
public class CoordinatorContacts implements Serializable {

    @Inject
    transient ProgramSettingsRepository settings;

    private final Map<String, Optional<ProgramSettings>> byDepartment = new HashMap<>();

    public Optional<ProgramSettings> of(String department) {
        return byDepartment.computeIfAbsent(department, d -> settings.findByIdOptional(d));
    }
}
