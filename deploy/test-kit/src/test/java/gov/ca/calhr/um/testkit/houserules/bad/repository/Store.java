package gov.ca.calhr.um.testkit.houserules.bad.repository;

/** Fixture: a repository. */
public class Store {
}
