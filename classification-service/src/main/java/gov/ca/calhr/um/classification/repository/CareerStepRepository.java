package gov.ca.calhr.um.classification.repository;

import gov.ca.calhr.um.classification.domain.CareerStep;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CareerStepRepository implements PanacheRepositoryBase<CareerStep, CareerStep.Key> {

    /** Steps whose current state was not announced yet (those loaded by migration). */
    public List<CareerStep> unannounced() {
        return list("announced = false");
    }

    public List<CareerStep> touching(String classCode) {
        return list("fromClass = ?1 or toClass = ?1 order by fromClass, toClass", classCode);
    }
}
