package gov.ca.calhr.um.stack;

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
        String event = """
                {"specversion":"1.0","id":"%s","source":"/upward-mobility/reporting-service",
                 "type":"DepartmentProgramChanged","eventversion":1,"subject":"%s","time":"%s",
                 "department":"%s","datacontenttype":"application/json",
                 "data":{"department":"%s","coordinatorName":"%s","coordinatorEmail":"%s","coordinatorPhone":"%s"}}"""
                .formatted(UUID.randomUUID(), department, java.time.Instant.now(), department, department, name,
                        email, phone);
        EventContracts.assertConforms(event);
        return event;
    }
}
