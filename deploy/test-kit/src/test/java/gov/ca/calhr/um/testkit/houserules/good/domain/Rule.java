package gov.ca.calhr.um.testkit.houserules.good.domain;

/** Fixture: a domain rule. */
public class Rule {
}
