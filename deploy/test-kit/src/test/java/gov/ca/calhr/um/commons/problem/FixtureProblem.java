package gov.ca.calhr.um.commons.problem;

/**
 * Fixture of the test kit's HouseRulesTest: stands for the HTTP problems of service-commons (not on
 * the kit's class path), which a service must not raise.
 */
public class FixtureProblem extends RuntimeException {
}
