package io.quarkus.hibernate.orm.panache;

/**
 * Fixture of the test kit's HouseRulesTest: stands for a Panache query type (the real ones are not
 * on the kit's class path), which a service must not hand out.
 */
public class FixtureQuery {
}
