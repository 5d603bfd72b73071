package gov.ca.calhr.um.reporting.domain;

/** An annual report submitted to CalHR, then accepted or returned with feedback. */
public enum SubmissionStatus {
    SUBMITTED, ACCEPTED, RETURNED
}
