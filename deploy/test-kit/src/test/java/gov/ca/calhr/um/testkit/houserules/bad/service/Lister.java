package gov.ca.calhr.um.testkit.houserules.bad.service;

import gov.ca.calhr.um.commons.problem.FixtureProblem;
import io.quarkus.hibernate.orm.panache.FixtureQuery;

/** Fixture: a service that hands its query to the caller and answers in HTTP problems. */
public class Lister {
    public void refuse() {
        throw new FixtureProblem();
    }

    public FixtureQuery list() {
        return new FixtureQuery();
    }
}
