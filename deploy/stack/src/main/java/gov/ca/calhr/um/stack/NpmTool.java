package gov.ca.calhr.um.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A command-line tool from npm (e.g. Spectral, the AsyncAPI CLI) at a fixed version, installed once
 * per machine under {@code ~/.cache/upward-mobility/npm} (or {@code UM_NPM_CACHE}) with the
 * system's {@code npm}; the build and the tests call it from there.
 */
public record NpmTool(String pkg, String version, String bin) {

    public static final NpmTool SPECTRAL = new NpmTool("@stoplight/spectral-cli", "6.16.3", "spectral");
    /** A library, no command: scripts load it with {@code NODE_PATH} = {@link #modules()}. */
    public static final NpmTool ASYNCAPI_PARSER = new NpmTool("@asyncapi/parser", "3.6.6", null);

    /** The tool's executable, installed first if this machine does not have it yet. */
    public Path executable() {
        return installed(modules().resolve(".bin").resolve(bin));
    }

    /** The {@code node_modules} folder the package is installed in (installed first if need be). */
    public Path modules() {
        Path modules = home().resolve("node_modules");
        installed(modules.resolve(pkg).resolve("package.json"));
        return modules;
    }

    private Path home() {
        return cache().resolve(pkg.replace('/', '_').replace("@", "") + "-" + version);
    }

    /** {@code marker} once the package is installed (a file the installation makes). */
    private synchronized Path installed(Path marker) {
        Path home = home();
        if (Files.exists(marker)) {
            return marker;
        }
        try {
            Files.createDirectories(home);
            Path log = home.resolve("npm-install.log");
            Process npm = new ProcessBuilder("npm", "install", "--prefix", home.toString(), "--no-audit", "--no-fund",
                    "--loglevel=error", pkg + "@" + version)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.exists(marker)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm install " + pkg + "@" + version + " failed: "
                        + Files.readString(log));
            }
            return marker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install " + pkg + " (is npm installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted installing " + pkg, e);
        }
    }

    private static Path cache() {
        String override = System.getenv("UM_NPM_CACHE");
        return override != null ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".cache", "upward-mobility", "npm");
    }
}
