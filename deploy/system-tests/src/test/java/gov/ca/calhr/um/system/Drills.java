package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.StackLayout;
import gov.ca.calhr.um.testkit.PrometheusText;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;

/**
 * What the fault drills share: a generated HR feed whose effects the rules fix in advance (each
 * employee appointed to Office Technician (Typing) 1139, LPEL, and promoted to Staff Services
 * Analyst 5157, ELTPA: one welcome notice and one UM appointment per employee), counts read from
 * the services' own databases, and the figures each drill prints.
 */
final class Drills {

    static final String HR_TOPIC = "hr.personnel-actions.v1";

    private Drills() {
    }

    /** The two actions of employee {@code e} of a drill's department. */
    static List<String> actionsOf(String department, int e) {
        String id = department + "-E" + e;
        String appointment = """
                {"actionId":"%s-A","actionType":"APPOINTMENT","employeeId":"%s","department":"%s",\
                "positionNumber":"999-100-1139-%03d","toClassCode":"1139","transactionCode":"A01",\
                "effectiveDate":"2025-09-01","employee":{"name":"Drill Employee %d","tenure":"PERMANENT",\
                "timeBase":"FULL_TIME"}}""".formatted(id, id, department, e % 1000, e);
        String promotion = """
                {"actionId":"%s-P","actionType":"PROMOTION","employeeId":"%s","department":"%s",\
                "positionNumber":"999-100-5157-%03d","toClassCode":"5157","transactionCode":"P01",\
                "effectiveDate":"%s"}""".formatted(id, id, department, e % 1000, LocalDate.of(2026, 7, 1));
        return List.of(appointment, promotion);
    }

    /**
     * Waits until participants-service knows the drill's classes (the catalog reaches it as events
     * after the stack starts): a feed is loaded after the catalog, as at a department's go-live.
     */
    static void awaitCatalog(StackLayout layout) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2))
                .pollInterval(java.time.Duration.ofSeconds(1)).until(() -> count(layout, "participants",
                        "select count(*) from classification_view where class_code in ('1139', '5157') "
                                + "and um_category is not null") == 2);
    }

    /**
     * Standing welcome notices of the department. By the rules there are none: each drill employee
     * left the LPEL class on 2026-07-01, before the drill runs, and a notice for a class already left
     * is not sent (or is withdrawn when the promotion arrives after it).
     */
    static long standingNotices(StackLayout layout, String department) {
        return count(layout, "participants",
                "select count(*) from welcome_notice where department = ? and withdrawn_at is null", department);
    }

    /** Posts employees {@code from}..{@code to-1} of the department to the batch endpoint as HR. */
    static void postBatch(String participants, String hrToken, String department, int from, int to) {
        List<String> actions = new ArrayList<>();
        for (int e = from; e < to; e++) {
            actions.addAll(actionsOf(department, e));
        }
        given().auth().oauth2(hrToken).contentType("application/json")
                .body("{\"actions\":[" + String.join(",", actions) + "]}")
                .post(participants + "/api/personnel-actions/batch").then().statusCode(200);
    }

    /** Publishes the department's {@code employees} to HR's topic (keyed by employee), waiting for every ack. */
    static void publish(String bootstrap, String department, int employees) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            List<Future<?>> acks = new ArrayList<>();
            for (int e = 0; e < employees; e++) {
                for (String action : actionsOf(department, e)) {
                    acks.add(producer.send(new ProducerRecord<>(HR_TOPIC, department + "-E" + e, action)));
                }
            }
            for (Future<?> ack : acks) {
                ack.get(60, TimeUnit.SECONDS);
            }
        }
    }

    /** A count from a service's database, or -1 while it cannot be read. */
    static long count(StackLayout layout, String database, String sql, String... parameters) {
        String url = "jdbc:postgresql://localhost:" + layout.postgresPort() + "/" + database;
        try (Connection c = DriverManager.getConnection(url, database, database);
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException unavailable) {
            return -1;
        }
    }

    /** A gauge or counter from a service's /q/metrics (the first sample), or -1 when absent. */
    static double metric(String serviceUrl, String name) {
        return PrometheusText.value(given().get(serviceUrl + "/q/metrics").then().statusCode(200).extract().asString(),
                name);
    }

    static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }

    /** One drill's figures, as the note and README quote them. */
    static void print(String drill, String figures) {
        System.out.printf("DRILL %s: %s%n", drill, figures);
    }
}
