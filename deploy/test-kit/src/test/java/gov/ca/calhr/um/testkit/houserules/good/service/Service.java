package gov.ca.calhr.um.testkit.houserules.good.service;

import gov.ca.calhr.um.testkit.houserules.good.repository.Store;

import java.util.List;

/** Fixture: a service over a repository. */
public class Service {
    public Store store = new Store();

    public List<Object> open() {
        return store.open();
    }

    public List<Object> closed() {
        return store.list("CLOSED");
    }
}
