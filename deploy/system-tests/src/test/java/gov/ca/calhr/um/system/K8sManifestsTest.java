package gov.ca.calhr.um.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.stack.EventContracts;
import gov.ca.calhr.um.stack.ProjectPaths;
import gov.ca.calhr.um.stack.StackLayout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests (deploy/k8s, Kustomize base and overlays) render with {@code kubectl
 * kustomize} (Debian's kubectl, installed when missing) and describe the platform the services
 * expect: every resource of a known kind and API version in the namespace; each service a
 * Deployment with startup, liveness and readiness probes on its health checks, resources, the
 * launcher's environment names (database credentials from the CloudNativePG secret), a Service
 * and an autoscaler; a KafkaTopic for every channel of asyncapi.yaml with its partitions and
 * retention; a PostgreSQL cluster per service database; Keycloak importing the same realm.
 */
class K8sManifestsTest {

    private static final Path K8S = ProjectPaths.root().resolve("deploy/k8s");
    private static final StackLayout LOCAL = StackLayout.local(ProjectPaths.root());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The kinds the manifests may use, with the API version each must have. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("Namespace", "v1"), Map.entry("ConfigMap", "v1"), Map.entry("Service", "v1"),
            Map.entry("Deployment", "apps/v1"), Map.entry("HorizontalPodAutoscaler", "autoscaling/v2"),
            Map.entry("Kafka", "kafka.strimzi.io/v1beta2"), Map.entry("KafkaNodePool", "kafka.strimzi.io/v1beta2"),
            Map.entry("KafkaTopic", "kafka.strimzi.io/v1beta2"), Map.entry("Cluster", "postgresql.cnpg.io/v1"),
            Map.entry("Keycloak", "k8s.keycloak.org/v2alpha1"),
            Map.entry("KeycloakRealmImport", "k8s.keycloak.org/v2alpha1"));

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theOverlayRendersThePlatform(String overlay) throws IOException, InterruptedException {
        List<JsonNode> resources = render(K8S.resolve("overlays").resolve(overlay));
        for (JsonNode r : resources) {
            String kind = r.path("kind").asText();
            String what = kind + " " + r.path("metadata").path("name").asText();
            assertThat(KINDS).as(what).containsKey(kind);
            assertThat(r.path("apiVersion").asText()).as(what).isEqualTo(KINDS.get(kind));
            assertThat(r.path("metadata").path("name").asText()).as(what).isNotBlank();
            if (!kind.equals("Namespace")) {
                assertThat(r.path("metadata").path("namespace").asText()).as(what).isEqualTo("upward-mobility");
            }
        }
        for (StackLayout.ServiceSpec spec : LOCAL.services()) {
            service(resources, spec, overlay);
        }
        topics(resources, overlay);
        Set<String> databases = names(resources, "Cluster");
        for (String db : LOCAL.databases()) {
            assertThat(databases).contains(db + "-db");
        }
        assertThat(databases).contains("keycloak-db");
        realm(resources);
    }

    private static void service(List<JsonNode> resources, StackLayout.ServiceSpec spec, String overlay) {
        JsonNode deployment = one(resources, "Deployment", spec.name());
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(container.path(probe).path("httpGet").path("path").asText()).as(spec.name() + " " + probe)
                    .startsWith("/q/health/");
        }
        assertThat(container.at("/resources/requests/cpu").asText()).as(spec.name() + " cpu request").isNotBlank();
        assertThat(container.at("/resources/requests/memory").asText()).as(spec.name()).isNotBlank();
        assertThat(container.at("/resources/limits/memory").asText()).as(spec.name()).isNotBlank();
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(spec.port());

        Set<String> names = new TreeSet<>();
        container.path("env").forEach(e -> names.add(e.path("name").asText()));
        JsonNode config = one(resources, "ConfigMap", "um-config").path("data");
        config.fieldNames().forEachRemaining(names::add);
        assertThat(names).as(spec.name() + " environment").containsAll(LOCAL.environment(spec).keySet());
        container.path("env").forEach(e -> {
            if (e.path("name").asText().equals("QUARKUS_DATASOURCE_PASSWORD")) {
                assertThat(e.at("/valueFrom/secretKeyRef/name").asText()).isEqualTo(spec.database() + "-db-app");
            }
            if (e.path("name").asText().equals("QUARKUS_DATASOURCE_JDBC_URL")) {
                assertThat(e.path("value").asText()).endsWith("/" + spec.database())
                        .contains(spec.database() + "-db-rw");
            }
        });
        assertThat(one(resources, "Service", spec.name()).at("/spec/ports/0/port").asInt()).isEqualTo(spec.port());
        JsonNode hpa = one(resources, "HorizontalPodAutoscaler", spec.name());
        assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(spec.name());
        int replicas = deployment.at("/spec/replicas").asInt();
        assertThat(hpa.at("/spec/minReplicas").asInt()).isEqualTo(replicas);
        // more replicas than partitions would leave consumers idle: prod runs one per partition
        assertThat(replicas).isEqualTo(overlay.equals("prod") ? 3 : 1);
    }

    private static void topics(List<JsonNode> resources, String overlay) {
        Set<String> expected = new TreeSet<>();
        EventContracts.asyncApi().path("channels").forEach(c -> expected.add(c.path("address").asText()));
        Set<String> declared = new TreeSet<>();
        int replicas = overlay.equals("prod") ? 3 : 1;
        for (JsonNode topic : resources) {
            if (!topic.path("kind").asText().equals("KafkaTopic")) {
                continue;
            }
            declared.add(topic.at("/spec/topicName").asText());
            assertThat(topic.at("/spec/partitions").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(topic.at("/spec/replicas").asInt()).isEqualTo(replicas);
            assertThat(topic.at("/spec/config/retention.ms").asLong()).isEqualTo(-1);
            assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo("um-kafka");
        }
        assertThat(declared).isEqualTo(expected);
        assertThat(one(resources, "KafkaNodePool", "dual-role").at("/spec/replicas").asInt()).isEqualTo(replicas);
    }

    private static void realm(List<JsonNode> resources) throws IOException {
        JsonNode realm = JSON.readTree(ProjectPaths.root().resolve("deploy/keycloak/upward-mobility-realm.json").toFile());
        JsonNode imported = one(resources, "KeycloakRealmImport", "upward-mobility-realm");
        assertThat(imported.at("/spec/keycloakCRName").asText())
                .isEqualTo(one(resources, "Keycloak", "um-keycloak").at("/metadata/name").asText());
        assertThat(imported.at("/spec/realm")).as("the realm of deploy/keycloak, unchanged").isEqualTo(realm);
    }

    private static JsonNode one(List<JsonNode> resources, String kind, String name) {
        List<JsonNode> found = resources.stream().filter(r -> r.path("kind").asText().equals(kind)
                && r.path("metadata").path("name").asText().equals(name)).toList();
        assertThat(found).as(kind + " " + name).hasSize(1);
        return found.get(0);
    }

    private static Set<String> names(List<JsonNode> resources, String kind) {
        return resources.stream().filter(r -> r.path("kind").asText().equals(kind))
                .map(r -> r.path("metadata").path("name").asText()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** {@code kubectl kustomize} of the folder, each resource as JSON. */
    private static List<JsonNode> render(Path kustomization) throws IOException, InterruptedException {
        Process kubectl = new ProcessBuilder(kubectl(), "kustomize", kustomization.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out;
        try (InputStream in = kubectl.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(kubectl.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(kubectl.exitValue()).as("kubectl kustomize " + kustomization).isZero();
        List<JsonNode> resources = new ArrayList<>();
        for (Object doc : new Yaml().loadAll(out)) {
            if (doc != null) {
                resources.add(JSON.valueToTree(doc));
            }
        }
        assertThat(resources).isNotEmpty();
        return resources;
    }

    private static synchronized String kubectl() throws IOException, InterruptedException {
        Path installed = Path.of("/usr/bin/kubectl");
        if (!Files.isExecutable(installed)) {
            Process p = new ProcessBuilder("sh", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive "
                    + "apt-get install -y -qq kubectl").inheritIO().start();
            assertThat(p.waitFor()).as("apt-get install kubectl").isZero();
        }
        return installed.toString();
    }
}
