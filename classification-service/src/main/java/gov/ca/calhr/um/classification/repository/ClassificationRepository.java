package gov.ca.calhr.um.classification.repository;

import gov.ca.calhr.um.classification.domain.Classification;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class ClassificationRepository implements PanacheRepositoryBase<Classification, String> {

    public List<Classification> unannounced() {
        return list("announced = false order by classCode");
    }
}
