package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.CareerStepCopy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CareerStepCopyRepository implements PanacheRepositoryBase<CareerStepCopy, CareerStepCopy.Key> {

    /** The steps that exist now. */
    public List<CareerStepCopy> current() {
        return list("removed = false");
    }
}
