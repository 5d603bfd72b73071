package gov.ca.calhr.um.plans.domain;

/** The three categories training money is allocated in (2 CCR 599.819). */
public enum TrainingCategory {
    JOB_REQUIRED("Job required"),
    JOB_RELATED("Job related"),
    UPWARD_MOBILITY_AND_CAREER_RELATED("Upward mobility and career related");

    private final String label;

    TrainingCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
