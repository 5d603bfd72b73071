package gov.ca.calhr.um.testkit.houserules.good.repository;

import gov.ca.calhr.um.testkit.houserules.good.domain.Rule;

/** Fixture: a repository of domain objects. */
public class Store {
    public Rule rule = new Rule();
}
