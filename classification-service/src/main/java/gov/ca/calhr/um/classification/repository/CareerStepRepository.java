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

    /** The steps from or to a class on the statewide ladders and, when {@code department} is given, its own. */
    public List<CareerStep> touching(String classCode, String department) {
        return list("(fromClass = ?1 or toClass = ?1) and ladder in ?2 order by fromClass, toClass, ladder",
                classCode, ladders(department));
    }

    /** The steps of the statewide ladders and, when {@code department} is given, of its own. */
    public List<CareerStep> onLadders(String department) {
        return list("ladder in ?1", ladders(department));
    }

    /** The ladders that hold steps: the statewide one and every department's that has any. */
    public List<String> ladders() {
        return getEntityManager().createQuery("select distinct s.ladder from CareerStep s", String.class)
                .getResultList();
    }

    private static List<String> ladders(String department) {
        return department == null ? List.of(CareerStep.STATEWIDE) : List.of(CareerStep.STATEWIDE, department);
    }
}
