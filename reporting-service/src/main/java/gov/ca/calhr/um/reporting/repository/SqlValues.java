package gov.ca.calhr.um.reporting.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.Session;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Values of native query results, whichever JDBC or Hibernate type they come as. */
public final class SqlValues {

    /** Reads one row of a JDBC result. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private SqlValues() {
    }

    /**
     * Runs {@code sql} (a statement {@code returning} rows, its one parameter an array of employee
     * ids) on the connection of the caller's transaction; answers each row returned, read.
     */
    public static <T> List<T> returning(EntityManager em, String sql, Collection<String> employeeIds, Row<T> row) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<T> rows = new ArrayList<>();
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                statement.setArray(1, c.createArrayOf("varchar", employeeIds.toArray()));
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(row.read(result));
                    }
                }
            }
            return rows;
        });
    }

    /** Binds {@code params} to the query's positional parameters ?1, ?2, ... in order. */
    public static Query bind(Query query, Object... params) {
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
