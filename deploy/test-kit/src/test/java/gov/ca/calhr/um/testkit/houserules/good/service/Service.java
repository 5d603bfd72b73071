package gov.ca.calhr.um.testkit.houserules.good.service;

import gov.ca.calhr.um.testkit.houserules.good.repository.Store;

/** Fixture: a service over a repository. */
public class Service {
    public Store store = new Store();
}
