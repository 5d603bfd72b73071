package gov.ca.calhr.um.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The official Keycloak distribution (keycloak-quarkus-dist from Maven Central), unpacked once per run folder. */
final class KeycloakDistribution {

    private KeycloakDistribution() {
    }

    /** Unpacks the zip into {@code target} unless already there; returns the Keycloak home. */
    static Path install(Path zip, String version, Path target) {
        Path home = target.resolve("keycloak-" + version);
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution missing: " + zip + " (run ./mvnw package)");
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try (var scripts = Files.list(home.resolve("bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip, e);
        }
        return home;
    }

    /**
     * Puts the realm file where {@code --import-realm} reads it, with each origin the file names
     * (e.g. {@code http://localhost:8082}) replaced by the one this stack's service runs at: a stack
     * on shifted ports gets redirect URIs and web origins that match its Swagger UIs.
     */
    static void importRealm(Path home, Path realmFile, Map<String, String> origins) {
        try {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            String realm = Files.readString(realmFile);
            for (Map.Entry<String, String> origin : origins.entrySet()) {
                realm = realm.replace("\"" + origin.getKey(), "\"" + origin.getValue());
            }
            Files.writeString(importDir.resolve(realmFile.getFileName()), realm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
