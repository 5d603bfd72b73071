package gov.ca.calhr.um.plans.domain;

/**
 * What a career development plan may hold (CalHR UM Program Guidelines, "Upward Mobility
 * Program Components" and "Mobility Options").
 */
public enum ActivityType {
    CAREER_COUNSELING("Career counseling"),
    ACADEMIC_COUNSELING("Academic counseling"),
    TRAINING_COURSE("Training course (internal, CalHR, college, contractor or out-service)"),
    TRAINING_AND_DEVELOPMENT_ASSIGNMENT("Training and development (T&D) assignment"),
    ON_THE_JOB_TRAINING("On-the-job training"),
    ROTATIONAL_ASSIGNMENT("Rotational assignment"),
    JOB_SHADOWING("Job shadowing"),
    MENTORING("Mentoring"),
    LATERAL_TRANSFER("Lateral transfer"),
    BRIDGING_CLASS_APPOINTMENT("Appointment to a bridging class"),
    EDUCATION_LEAVE("Education leave"),
    JOB_SHARING("Job sharing");

    private final String label;

    ActivityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
