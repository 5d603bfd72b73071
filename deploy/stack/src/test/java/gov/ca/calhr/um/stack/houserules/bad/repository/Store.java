package gov.ca.calhr.um.stack.houserules.bad.repository;

/** Fixture: a repository. */
public class Store {
}
