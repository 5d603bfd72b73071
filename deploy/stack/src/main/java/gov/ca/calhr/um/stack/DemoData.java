package gov.ca.calhr.um.stack;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Loads the demo data through the public APIs with real tokens, as the department and the HR
 * system would: coordinator contacts for DGS and EDD, then LPEL appointments. Safe to run again
 * (program settings are replaced, personnel actions are idempotent on actionId).
 */
public final class DemoData {

    private record Appointment(String actionId, String employeeId, String department, String position,
                               String toClass, String date, String name) {
    }

    private static final List<Appointment> APPOINTMENTS = List.of(
            new Appointment("DEMO-DGS-0001", "DGS-E1001", "DGS", "307-110-1139-001", "1139", "2025-08-01", "Jordan Lee"),
            new Appointment("DEMO-DGS-0002", "DGS-E1002", "DGS", "307-110-1441-004", "1441", "2025-10-15", "Sam Ortiz"),
            new Appointment("DEMO-EDD-0001", "EDD-E2001", "EDD", "701-220-1139-002", "1139", "2025-09-02", "Casey Nguyen"),
            new Appointment("DEMO-EDD-0002", "EDD-E2002", "EDD", "701-220-5157-001", "5157", "2025-11-03", "Riley Chen"));

    private final StackLayout layout;
    private final Keycloak keycloak;

    public DemoData(StackLayout layout) {
        this.layout = layout;
        this.keycloak = new Keycloak(layout.realmUrl());
    }

    public void load() {
        String participants = layout.serviceUrl("participants-service");
        for (String dept : List.of("DGS", "EDD")) {
            String token = keycloak.userToken(dept.toLowerCase() + "-coordinator");
            String body = """
                    {"coordinatorName": "%s UM Coordinator", "coordinatorEmail": "um-coordinator@%s.example.ca.gov",
                     "coordinatorPhone": "916-555-0100"}""".formatted(dept, dept.toLowerCase());
            expect(send("PUT", participants + "/api/departments/" + dept + "/program-settings", token, body), 200);
        }
        String hrSystem = keycloak.hrSystemToken();
        for (Appointment a : APPOINTMENTS) {
            String body = """
                    {"actionId": "%s", "employeeId": "%s", "department": "%s", "positionNumber": "%s",
                     "toClassCode": "%s", "transactionCode": "A01", "effectiveDate": "%s",
                     "employee": {"name": "%s", "email": "%s@example.ca.gov", "tenure": "PERMANENT",
                                  "timeBase": "FULL_TIME"}}"""
                    .formatted(a.actionId(), a.employeeId(), a.department(), a.position(), a.toClass(), a.date(),
                            a.name(), a.employeeId().toLowerCase());
            // the catalog reaches participants-service by event shortly after start: retry 422s a while
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            HttpResponse<String> response;
            do {
                response = send("POST", participants + "/api/personnel-actions", hrSystem, body);
            } while (response.statusCode() == 422 && System.nanoTime() < deadline && pause());
            expect(response, 200, 202);
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(500);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static HttpResponse<String> send(String method, String url, String token, String json) {
        return Http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static void expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return;
            }
        }
        throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                + response.statusCode() + ": " + response.body());
    }
}
