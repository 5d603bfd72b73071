package gov.ca.calhr.um.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;

/**
 * A real PostgreSQL server from the binaries zonky ships on Maven Central, with one database and
 * one login role per service (role name = database name = password, for local use only).
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param durable keep fsync and synchronous commit on (the local run users treat as real);
     *                tests run faster without them.
     */
    public static PostgresServer start(int port, Path dataDir, Path workDir, boolean durable,
                                       Collection<String> databases) throws IOException {
        Files.createDirectories(dataDir);
        Files.createDirectories(workDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(!durable)
                .setOverrideWorkingDirectory(workDir.toFile())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200");
        if (durable) {
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        PostgresServer server = new PostgresServer(builder.start());
        server.createDatabases(databases);
        return server;
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    private void createDatabases(Collection<String> databases) {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            createDatabases(c, databases);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the service databases", e);
        }
    }

    /** Creates each database, owned by a login role of the same name and password, unless it exists. */
    static void createDatabases(Connection c, Collection<String> databases) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String db : databases) {
                requireIdentifier(db);
                if (!exists(s, "select 1 from pg_roles where rolname = '" + db + "'")) {
                    s.execute("create role " + db + " login password '" + db + "'");
                }
                if (!exists(s, "select 1 from pg_database where datname = '" + db + "'")) {
                    s.execute("create database " + db + " owner " + db);
                }
            }
        }
    }

    private static boolean exists(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            return rs.next();
        }
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
