package gov.ca.calhr.um.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Something a department did in good faith to advance UM in a year, for the annual report. */
@Entity
@Table(name = "good_faith_action")
public class GoodFaithAction {

    @Id
    @Column(name = "action_id")
    public UUID actionId;

    @Column(nullable = false)
    public String department;

    @Column(name = "fiscal_year", nullable = false)
    public String fiscalYear;

    @Column(name = "action_date", nullable = false)
    public LocalDate actionDate;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false)
    public String description;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
