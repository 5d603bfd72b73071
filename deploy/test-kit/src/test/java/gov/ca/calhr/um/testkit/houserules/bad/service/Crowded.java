package gov.ca.calhr.um.testkit.houserules.bad.service;

import jakarta.enterprise.context.ApplicationScoped;

/** Fixture: a service that needs nine collaborators. */
@ApplicationScoped
public class Crowded {
    public Crowded(Object a, Object b, Object c, Object d, Object e, Object f, Object g, Object h, Object i) {
    }
}
