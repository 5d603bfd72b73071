package gov.ca.calhr.um.stack.houserules.good.domain;

/** Fixture: a domain rule. */
public class Rule {
}
