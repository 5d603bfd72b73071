package gov.ca.calhr.um.testkit.houserules.bad.service;

import gov.ca.calhr.um.testkit.houserules.bad.repository.Store;

import java.util.List;

/** Fixture: a service that writes its own query instead of asking the repository for what it needs. */
public class Finder {
    private final Store store = new Store();

    public List<Object> find() {
        return store.list("status = ?1", "OPEN");
    }
}
