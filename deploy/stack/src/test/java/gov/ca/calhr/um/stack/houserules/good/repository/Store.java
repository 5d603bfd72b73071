package gov.ca.calhr.um.stack.houserules.good.repository;

import gov.ca.calhr.um.stack.houserules.good.domain.Rule;

/** Fixture: a repository of domain objects. */
public class Store {
    public Rule rule = new Rule();
}
