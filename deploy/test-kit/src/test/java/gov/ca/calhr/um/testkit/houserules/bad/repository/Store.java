package gov.ca.calhr.um.testkit.houserules.bad.repository;

import io.quarkus.hibernate.orm.panache.FixtureRepository;

/** Fixture: a Panache-style repository. */
public class Store implements FixtureRepository {
}
