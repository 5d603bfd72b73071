package gov.ca.calhr.um.participants.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A training activity, T&D assignment or job opening announced to a department's employees. */
@Entity
@Table(name = "opportunity")
public class Opportunity {

    @Id
    @Column(name = "opportunity_id")
    public UUID opportunityId;

    @Column(nullable = false)
    public String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OpportunityKind kind;

    @Column(nullable = false)
    public String title;

    public String description;

    /** The UM (ELTPA) or bridging class of a job opening or T&D assignment. */
    @Column(name = "class_code")
    public String classCode;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    @Column(name = "eligibility_notes")
    public String eligibilityNotes;

    @Column(name = "posted_by", nullable = false)
    public String postedBy;

    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OpportunityStatus status = OpportunityStatus.OPEN;

    @Column(name = "cancelled_reason")
    public String cancelledReason;

    /** 1 when posted; each change, extension or cancellation a new version. */
    @Column(nullable = false)
    public int version = 1;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isOpenOn(LocalDate day) {
        return status == OpportunityStatus.OPEN && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
