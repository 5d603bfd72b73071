package gov.ca.calhr.um.testkit;

import gov.ca.calhr.um.stack.EventContracts;

import java.util.UUID;

/** Events other services publish, for tests that play those services; each checked against its contract. */
public final class TestEvents {

    private TestEvents() {
    }

    /** classification-service's {@code ClassificationUpserted} v1 for one class. */
    public static String classificationUpserted(String code, String schematic, String title, String category) {
        String event = """
                {"specversion":"1.0","id":"%s","source":"/upward-mobility/classification-service",
                 "type":"ClassificationUpserted","eventversion":1,"subject":"%s","time":"2026-11-23T10:00:00Z",
                 "datacontenttype":"application/json",
                 "data":{"classCode":"%s","schematicCode":"%s","title":"%s","salaryMin":3000,"salaryMax":4000,
                         "occupationalGroup":null,"umCategory":"%s"}}"""
                .formatted(UUID.randomUUID(), code, code, schematic, title, category);
        EventContracts.assertConforms(event);
        return event;
    }

    /** reporting-service's announcement of a department's program (who the UM coordinator is), dated now. */
    public static String departmentProgramChanged(String department, String name, String email, String phone) {
        return departmentProgramChanged(department, name, email, phone, null);
    }

    /** The same with the department's selection criteria (null: none stated). */
    public static String departmentProgramChanged(String department, String name, String email, String phone,
                                                  String selectionCriteria) {
        String event = """
                {"specversion":"1.0","id":"%s","source":"/upward-mobility/reporting-service",
                 "type":"DepartmentProgramChanged","eventversion":1,"subject":"%s","time":"%s",
                 "department":"%s","datacontenttype":"application/json",
                 "data":{"department":"%s","coordinatorName":"%s","coordinatorEmail":"%s","coordinatorPhone":"%s",
                         "selectionCriteria":%s}}"""
                .formatted(UUID.randomUUID(), department, java.time.Instant.now(), department, department, name,
                        email, phone, selectionCriteria == null ? "null" : "\"" + selectionCriteria + "\"");
        EventContracts.assertConforms(event);
        return event;
    }

    /** An eligibility period of {@code EmployeeFactsChanged}: in {@code classCode} from {@code from} until before {@code to}. */
    public static String period(String department, String classCode, String from, String to) {
        return """
                {"department":"%s","classCode":"%s","from":"%s","to":%s}"""
                .formatted(department, classCode, from, to == null ? "null" : "\"" + to + "\"");
    }

    /** A UM appointment of {@code EmployeeFactsChanged}. */
    public static String umAppointment(String actionId, String department, String fromClass, String toClass,
                                       String effectiveDate, boolean participant) {
        return """
                {"actionId":"%s","department":"%s","fromClassCode":"%s","toClassCode":"%s","effectiveDate":"%s",
                 "participant":%s,"participantId":%s}"""
                .formatted(actionId, department, fromClass, toClass, effectiveDate, participant,
                        participant ? "\"" + UUID.randomUUID() + "\"" : "null");
    }

    /**
     * participants-service's {@code EmployeeFactsChanged} v1: the whole of one employee's derived
     * facts at {@code version}; {@code periods} and {@code appointments} from {@link #period} and
     * {@link #umAppointment}.
     */
    public static String employeeFactsChanged(String eventId, String employeeId, String department, long version,
                                              java.util.List<String> periods, java.util.List<String> appointments) {
        String event = """
                {"specversion":"1.0","id":"%s","source":"/upward-mobility/participants-service",
                 "type":"EmployeeFactsChanged","eventversion":1,"subject":"%s","time":"2026-11-23T10:00:00Z",
                 "department":"%s","datacontenttype":"application/json",
                 "data":{"employeeId":"%s","version":%d,"department":"%s","status":"ACTIVE","classCode":null,
                         "eligibility":[%s],"umAppointments":[%s]}}"""
                .formatted(eventId, employeeId, department, employeeId, version, department,
                        String.join(",", periods), String.join(",", appointments));
        EventContracts.assertConforms(event);
        return event;
    }
}
