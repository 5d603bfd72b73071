package gov.ca.calhr.um.testkit.houserules.bad.rest;

import jakarta.persistence.EntityManager;

/** Fixture: a resource that queries through the entity manager. */
public class Queries {
    public EntityManager em;
}
