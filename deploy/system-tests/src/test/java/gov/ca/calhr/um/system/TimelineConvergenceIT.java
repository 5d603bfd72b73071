package gov.ca.calhr.um.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.stack.Keycloak;
import gov.ca.calhr.um.testkit.TopicWriter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same personnel actions, sent in order to one department and, to another, shuffled, repeated,
 * resent under new actionIds, half of them through Kafka, with a cancellation before the action
 * it cancels: both departments' reports give the figures the rules give, worked out by hand below.
 */
@ExtendWith(SharedStack.class)
class TimelineConvergenceIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Six employees of one department (ids are prefixed by the department):
     * <ol>
     *   <li>E1: LPEL 2024-08-01, promoted to ELTPA 2025-09-01: a UM appointment in FY 2025-26; eligible in it (July, August).</li>
     *   <li>E2: LPEL 2024-08-01, bridging 2025-01-01, ELTPA 2025-10-01: a UM appointment (from bridging); not eligible in FY 2025-26.</li>
     *   <li>E3: LPEL 2024-08-01, separated 2025-03-01, hired into ELTPA 2025-11-01 (HR says from 1139): no UM appointment, not eligible.</li>
     *   <li>E4: LPEL 2025-08-01, promoted 2026-02-01, reported twice under two actionIds: one UM appointment; eligible.</li>
     *   <li>E5: LPEL 2025-08-01, T&D assignment in an ELTPA class from 2025-12-01: no UM appointment; eligible; its class is no LPEL class used.</li>
     *   <li>E6: LPEL 2025-08-01, promoted 2026-01-15, the promotion cancelled: no UM appointment; eligible.</li>
     * </ol>
     * FY 2025-26: 4 eligible (E1, E4, E5, E6), 3 UM appointments to 5157 (E1, E2, E4), LPEL classes used: 1139.
     */
    private static List<Map<String, Object>> history(String d) {
        List<Map<String, Object>> actions = new ArrayList<>();
        for (int e = 1; e <= 6; e++) {
            String hired = e <= 3 ? "2024-08-01" : "2025-08-01";
            Map<String, Object> hire = action(d + "-H" + e, "APPOINTMENT", d + "-E" + e, d, "1139", hired);
            hire.put("employee", Map.of("name", "Employee " + e, "tenure", "PERMANENT", "timeBase", "FULL_TIME"));
            actions.add(hire);
        }
        actions.add(action(d + "-P1", "PROMOTION", d + "-E1", d, "5157", "2025-09-01"));
        actions.add(action(d + "-B2", "TRANSFER", d + "-E2", d, "5278", "2025-01-01"));
        actions.add(action(d + "-P2", "PROMOTION", d + "-E2", d, "5157", "2025-10-01"));
        actions.add(action(d + "-S3", "SEPARATION", d + "-E3", d, null, "2025-03-01"));
        Map<String, Object> rehire = action(d + "-R3", "APPOINTMENT", d + "-E3", d, "5157", "2025-11-01");
        rehire.put("fromClassCode", "1139");
        actions.add(rehire);
        actions.add(action(d + "-P4", "PROMOTION", d + "-E4", d, "5157", "2026-02-01"));
        actions.add(action(d + "-P4-RESENT", "PROMOTION", d + "-E4", d, "5157", "2026-02-01"));
        actions.add(action(d + "-T5", "TD_START", d + "-E5", d, "5157", "2025-12-01"));
        actions.add(action(d + "-P6", "PROMOTION", d + "-E6", d, "5157", "2026-01-15"));
        Map<String, Object> cancel = action(d + "-C6", "CANCELLATION", d + "-E6", d, null, "2026-01-15");
        cancel.put("cancelsActionId", d + "-P6");
        cancel.put("reason", "keyed twice");
        actions.add(cancel);
        return actions;
    }

    static Map<String, Object> action(String actionId, String type, String employeeId, String department,
                                              String toClass, String date) {
        Map<String, Object> a = new HashMap<>();
        a.put("actionId", actionId);
        a.put("actionType", type);
        a.put("employeeId", employeeId);
        a.put("department", department);
        a.put("positionNumber", "100-100-" + (toClass == null ? "0000" : toClass) + "-001");
        if (toClass != null) {
            a.put("toClassCode", toClass);
        }
        a.put("transactionCode", switch (type) {
            case "SEPARATION" -> "S01";
            case "CANCELLATION" -> "C01";
            case "PROMOTION" -> "P01";
            default -> "A01";
        });
        a.put("effectiveDate", date);
        return a;
    }

    @Test
    void everyArrivalOrderGivesTheFiguresTheRulesGive() throws Exception {
        Keycloak keycloak = SharedStack.keycloak();
        String hr = keycloak.userToken("dgs-hr");
        String hrSystem = keycloak.hrSystemToken();
        String calhr = keycloak.userToken("calhr-analyst");
        String classification = SharedStack.url("classification-service");
        String participants = SharedStack.url("participants-service");
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String inOrder = "IO" + suffix;
        String shuffled = "SH" + suffix;

        catalogIsKnown(classification, participants, hr, hrSystem);

        // in order, one at a time
        for (Map<String, Object> a : history(inOrder)) {
            given().auth().oauth2(hrSystem).contentType(ContentType.JSON).body(a)
                    .post(participants + "/api/personnel-actions").then().statusCode(202);
        }

        // shuffled, each sent one to three times, half by Kafka and half in REST batches
        Random random = new Random(20261201L);
        List<Map<String, Object>> sent = new ArrayList<>();
        for (Map<String, Object> a : history(shuffled)) {
            for (int i = random.nextInt(3); i >= 0; i--) {
                sent.add(a);
            }
        }
        Collections.shuffle(sent, random);
        List<Map<String, Object>> batch = new ArrayList<>();
        try (TopicWriter writer = new TopicWriter(SharedStack.layout().kafkaBootstrap())) {
            for (int i = 0; i < sent.size(); i++) {
                Map<String, Object> a = sent.get(i);
                if (i % 2 == 0) {
                    writer.send("hr.personnel-actions.v1", (String) a.get("employeeId"), json(a));
                } else {
                    batch.add(a);
                    if (batch.size() == 3) {
                        postBatch(participants, hrSystem, batch);
                    }
                }
            }
        }
        postBatch(participants, hrSystem, batch);

        String reports = SharedStack.url("reporting-service") + "/api/reports/departments/";
        for (String d : List.of(inOrder, shuffled)) {
            await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                JsonPath r = given().auth().oauth2(calhr).get(reports + d + "/2025-26").then().statusCode(200)
                        .extract().jsonPath();
                assertThat(r.getInt("lpelEligibleEmployees")).as(d + " eligible").isEqualTo(4);
                assertThat(r.getList("lpelClassificationsUsed")).as(d + " LPEL classes").containsExactly("1139");
                assertThat(r.getInt("umAppointments[0].total")).as(d + " UM appointments").isEqualTo(3);
                assertThat(r.getString("umAppointments[0].byClass[0].classCode")).isEqualTo("5157");
            });
        }
        // the figures of the two reports are the same throughout (the department name aside)
        String a = given().auth().oauth2(calhr).get(reports + inOrder + "/2025-26").then().extract().asString();
        String b = given().auth().oauth2(calhr).get(reports + shuffled + "/2025-26").then().extract().asString();
        assertThat(b.replace(shuffled, inOrder)).isEqualTo(a);
    }

    private static void postBatch(String participants, String hrSystem, List<Map<String, Object>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        given().auth().oauth2(hrSystem).contentType(ContentType.JSON).body(Map.of("actions", List.copyOf(batch)))
                .post(participants + "/api/personnel-actions/batch").then().statusCode(200);
        batch.clear();
    }

    /** The classes these tests name, put in the catalog, and known to participants-service once it accepts each. */
    static void catalogIsKnown(String classification, String participants, String hr, String hrSystem) {
        putClass(classification, hr, "1139", "CA46", "Office Technician (Typing)", null);
        putClass(classification, hr, "5157", "JY20", "Staff Services Analyst (General)", null);
        putClass(classification, hr, "5278", "JY40", "Management Services Technician", "BRIDGING");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        for (String code : List.of("1139", "5157", "5278")) {
            Map<String, Object> probe = action("PROBE-" + UUID.randomUUID(), "APPOINTMENT", "PROBE-" + suffix + code,
                    "PROBE", code, "2020-01-01");
            probe.put("employee", Map.of("name", "Probe", "tenure", "PERMANENT", "timeBase", "FULL_TIME"));
            await().atMost(EVENTUAL).pollInterval(Duration.ofMillis(500)).until(() -> given().auth()
                    .oauth2(hrSystem).contentType(ContentType.JSON).body(probe)
                    .post(participants + "/api/personnel-actions").statusCode() == 202);
        }
    }

    private static void putClass(String classification, String hr, String code, String schematic, String title,
                                 String category) {
        Map<String, Object> body = new HashMap<>(Map.of("schematicCode", schematic, "title", title,
                "salaryMin", 3000, "salaryMax", 6000));
        if (category != null) {
            body.put("umCategory", category);
            body.put("umDesignationReason", "a statewide bridging class (CalHR UM training deck)");
        }
        given().auth().oauth2(hr).contentType(ContentType.JSON).body(body)
                .put(classification + "/api/classifications/" + code).then().statusCode(200);
    }

    private static String json(Map<String, Object> action) throws JsonProcessingException {
        return JSON.writeValueAsString(action);
    }
}
