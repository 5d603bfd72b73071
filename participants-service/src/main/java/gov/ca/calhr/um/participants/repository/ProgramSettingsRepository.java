package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.ProgramSettings;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProgramSettingsRepository implements PanacheRepositoryBase<ProgramSettings, String> {
}
