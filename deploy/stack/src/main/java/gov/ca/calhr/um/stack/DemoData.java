package gov.ca.calhr.um.stack;

import java.io.FileNotFoundException;
import java.net.URI;
import java.nio.file.Path;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Loads the demo data through the public APIs with real tokens, as HR, the department and the HR
 * system would: the starter catalog (deploy/demo/classifications.csv), career ladders, the
 * departments' UM and bridging classes, coordinator contacts for DGS and EDD, then LPEL
 * appointments. Safe to run again (the import and personnel actions are idempotent; the rest is
 * replaced).
 */
public final class DemoData {

    private record Appointment(String actionId, String employeeId, String department, String position,
                               String toClass, String date, String name, String supervisorId) {
    }

    private static final List<Appointment> APPOINTMENTS = List.of(
            new Appointment("DEMO-DGS-0001", "DGS-E1001", "DGS", "307-110-1139-001", "1139", "2025-08-01", "Jordan Lee", "DGS-E1000"),
            new Appointment("DEMO-DGS-0002", "DGS-E1002", "DGS", "307-110-1441-004", "1441", "2025-10-15", "Sam Ortiz", "DGS-E1000"),
            new Appointment("DEMO-EDD-0001", "EDD-E2001", "EDD", "701-220-1139-002", "1139", "2025-09-02", "Casey Nguyen", "EDD-E2000"),
            new Appointment("DEMO-EDD-0002", "EDD-E2002", "EDD", "701-220-5157-001", "5157", "2025-11-03", "Riley Chen", "EDD-E2000"));

    private final StackLayout layout;
    private final Keycloak keycloak;

    public DemoData(StackLayout layout) {
        this.layout = layout;
        this.keycloak = new Keycloak(layout.realmUrl());
    }

    /** Career ladders of the demo: LPEL -> bridging -> ELTPA, and the trainee route to accounting. */
    private static final List<String[]> STEPS = List.of(
            new String[]{"1441", "1139", "PROMOTION", null},
            new String[]{"1139", "5278", "BRIDGING", "MST experience qualifies for Staff Services Analyst"},
            new String[]{"1139", "5221", "BRIDGING", null},
            new String[]{"1139", "5160", "BRIDGING", null},
            new String[]{"9928", "5278", "BRIDGING", null},
            new String[]{"5278", "5157", "PROMOTION", "one year as MST meets the SSA minimum qualifications"},
            new String[]{"5221", "5157", "PROMOTION", null},
            new String[]{"5160", "5142", "PROMOTION", null},
            new String[]{"1741", "4548", "PROMOTION", null},
            new String[]{"4548", "4549", "PROMOTION", null},
            new String[]{"2005", "2006", "PROMOTION", "a supervisory step inside the series: not upward mobility"});

    public void load() {
        loadCatalog();
        String participants = layout.serviceUrl("participants-service");
        for (String dept : List.of("DGS", "EDD")) {
            String token = keycloak.userToken(dept.toLowerCase() + "-coordinator");
            String program = """
                    {"coordinatorName": "%s UM Coordinator", "coordinatorEmail": "um-coordinator@%s.example.ca.gov",
                     "coordinatorPhone": "916-555-0100", "annualTrainingBudget": 250000,
                     "policyStatement": "%s supports the advancement of employees in low-paying entry-level classes.",
                     "componentsOffered": "Career counseling, training, T&D assignments, bridging classes",
                     "howToAccess": "Talk with your supervisor, then apply to the UM coordinator",
                     "selectionCriteria": "Department objectives, staffing needs, funds, tenure, performance, motivation",
                     "rolesResponsibilities": "Employee, supervisor, UM coordinator, HR and EEO officer"}"""
                    .formatted(dept, dept.toLowerCase(), dept);
            String reporting = layout.serviceUrl("reporting-service") + "/api/departments/" + dept;
            expect(send("PUT", reporting + "/program", token, program), 200);
            // the last full fiscal year: its training budget and the part assigned to UM
            expect(send("PUT", reporting + "/program-years/2025-26", token, """
                    {"trainingBudget": 240000, "assignedToUm": 36000}"""), 200);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            // welcome notices name the coordinator: wait until participants-service has the program's event
            String settings = participants + "/api/departments/" + dept + "/program-settings";
            while (!send("GET", settings, token, null).body().contains("um-coordinator@" + dept.toLowerCase())
                    && System.nanoTime() < deadline && pause()) {
                // polled until the event arrived
            }
        }
        String hrSystem = keycloak.hrSystemToken();
        for (Appointment a : APPOINTMENTS) {
            String body = """
                    {"actionId": "%s", "actionType": "APPOINTMENT", "employeeId": "%s", "department": "%s",
                     "positionNumber": "%s",
                     "toClassCode": "%s", "transactionCode": "A01", "effectiveDate": "%s", "supervisorId": "%s",
                     "employee": {"name": "%s", "email": "%s@example.ca.gov", "tenure": "PERMANENT",
                                  "timeBase": "FULL_TIME"}}"""
                    .formatted(a.actionId(), a.employeeId(), a.department(), a.position(), a.toClass(), a.date(),
                            a.supervisorId(), a.name(), a.employeeId().toLowerCase());
            // the catalog reaches participants-service by event shortly after start: retry 422s a while
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            HttpResponse<String> response;
            do {
                response = send("POST", participants + "/api/personnel-actions", hrSystem, body);
            } while (response.statusCode() == 422 && System.nanoTime() < deadline && pause());
            expect(response, 200, 202);
        }
        postOpportunities(participants);
    }

    /** One open job opening per department, posted once (a second load finds it by title). */
    private void postOpportunities(String participants) {
        for (String dept : List.of("DGS", "EDD")) {
            String token = keycloak.userToken(dept.toLowerCase() + "-coordinator");
            String title = "Staff Services Analyst (General), " + dept + " Business Services";
            String url = participants + "/api/departments/" + dept + "/opportunities";
            HttpResponse<String> posted = send("GET", url + "?all=true&size=500", token, null);
            expect(posted, 200);
            if (posted.body().contains(title)) {
                continue;
            }
            String body = """
                    {"kind": "JOB_OPENING", "title": "%s", "classCode": "5157", "opensOn": "%s", "closesOn": "%s",
                     "description": "Upward Mobility opening: analytical work in contracts and purchasing.",
                     "eligibilityNotes": "Employees in LPEL classes; bridging-class experience welcome."}"""
                    .formatted(title, LocalDate.now().minusDays(7), LocalDate.now().plusDays(60));
            expect(send("POST", url, token, body), 201);
        }
    }

    private void loadCatalog() {
        String classification = layout.serviceUrl("classification-service");
        String hr = keycloak.userToken("dgs-hr");
        Path csv = ProjectPaths.root().resolve("deploy/demo/classifications.csv");
        try {
            expect(Http.send(HttpRequest.newBuilder(URI.create(classification + "/api/classifications/import"))
                    .header("Authorization", "Bearer " + hr).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofFile(csv)).build()), 200);
        } catch (FileNotFoundException e) {
            throw new IllegalStateException("missing " + csv, e);
        }
        for (String[] step : STEPS) {
            String note = step[3] == null ? "null" : "\"" + step[3] + "\"";
            String body = """
                    {"fromClassCode": "%s", "toClassCode": "%s", "kind": "%s", "note": %s}"""
                    .formatted(step[0], step[1], step[2], note);
            expect(send("PUT", classification + "/api/career-ladders/steps", hr, body), 200);
        }
        for (String dept : List.of("DGS", "EDD")) {
            String body = """
                    {"umClassCodes": ["5157", "4548"], "bridgingClassCodes": ["5278", "5221", "5160"]}""";
            expect(send("PUT", classification + "/api/departments/" + dept + "/um-classifications",
                    keycloak.userToken(dept.toLowerCase() + "-hr"), body), 200);
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
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build());
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
