package gov.ca.calhr.um.testkit.houserules.bad.rest;

import jakarta.persistence.EntityManager;

/** Fixture: a resource that queries through the entity manager. */
public class Queries {
    public EntityManager em;

    public Object count() {
        return em.createQuery("select count(e) from Entry e").getSingleResult();
    }
}
