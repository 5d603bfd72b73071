package io.quarkus.hibernate.orm.panache;

import java.util.List;

/**
 * Fixture of the test kit's HouseRulesTest: stands for Panache's repository interface, whose
 * methods take a query string; only a repository may call them.
 */
public interface FixtureRepository {
    default List<Object> list(String query, Object... parameters) {
        return List.of(query, parameters);
    }
}
