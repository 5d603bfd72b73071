package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.TdAgreementCopy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class TdAgreementCopyRepository implements PanacheRepositoryBase<TdAgreementCopy, UUID> {
}
