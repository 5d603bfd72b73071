package gov.ca.calhr.um.testkit.houserules.bad.rest;

import gov.ca.calhr.um.testkit.houserules.bad.repository.Store;

/** Fixture: a resource that reads the repository itself. */
public class Resource {
    public Store store = new Store();
}
