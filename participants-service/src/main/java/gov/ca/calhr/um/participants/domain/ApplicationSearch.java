package gov.ca.calhr.um.participants.domain;

import java.util.UUID;

/**
 * What the department's staff look for among its applications: every field optional (null: any);
 * {@code opportunityId}: the posting the application answers.
 */
public record ApplicationSearch(ApplicationStatus status, String targetClassCode, UUID opportunityId) {

    public static ApplicationSearch byStatus(ApplicationStatus status) {
        return new ApplicationSearch(status, null, null);
    }
}
