package gov.ca.calhr.um.stack.houserules.bad.service;

import io.quarkus.hibernate.orm.panache.FixtureQuery;

/** Fixture: a service that hands its query to the caller. */
public class Lister {
    public FixtureQuery list() {
        return new FixtureQuery();
    }
}
