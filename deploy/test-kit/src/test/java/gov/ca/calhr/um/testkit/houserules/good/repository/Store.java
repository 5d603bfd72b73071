package gov.ca.calhr.um.testkit.houserules.good.repository;

import gov.ca.calhr.um.testkit.houserules.good.domain.Rule;
import io.quarkus.hibernate.orm.panache.FixtureRepository;

import java.util.List;

/** Fixture: a repository of domain objects, whose queries are named for what they return. */
public class Store implements FixtureRepository {
    public Rule rule = new Rule();

    public List<Object> open() {
        return list("status = ?1", "OPEN");
    }

    /** Its own method named like Panache's: a named query, callable by services. */
    public List<Object> list(String status) {
        return list("status = ?1", status);
    }
}
