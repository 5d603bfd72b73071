package gov.ca.calhr.um.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where the project and the build's artefacts live, as recorded when this module was built. */
public final class ProjectPaths {

    private static final Properties BUILD = load();

    private ProjectPaths() {
    }

    /** The repository root (the folder holding mvnw). */
    public static Path root() {
        String override = System.getProperty("um.project.root");
        Path root = Path.of(override != null ? override : BUILD.getProperty("project.root"));
        if (!Files.isRegularFile(root.resolve("mvnw"))) {
            throw new IllegalStateException("not the project root (no mvnw): " + root);
        }
        return root;
    }

    public static Path eventContracts() {
        return root().resolve("deploy/events");
    }

    public static Path keycloakZip() {
        return Path.of(BUILD.getProperty("keycloak.zip"));
    }

    /** GreenMail standalone, the local SMTP server with its inbox API. */
    public static Path greenmailJar() {
        return Path.of(BUILD.getProperty("greenmail.jar"));
    }

    public static String keycloakVersion() {
        return BUILD.getProperty("keycloak.version");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ProjectPaths.class.getResourceAsStream("/stack-build.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
