package gov.ca.calhr.um.participants.domain;

import gov.ca.calhr.um.commons.audit.AuditExcluded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A step of the career ladders as classification-service announced it: of the statewide ladders
 * ({@link #STATEWIDE}) or of one department's own (kept when removed: newest wins).
 */
@Entity
@AuditExcluded("a copy of another service's facts, kept from its events; the owner audits the change")
@Table(name = "career_step_copy")
@IdClass(CareerStepCopy.Key.class)
public class CareerStepCopy {

    /** The ladder of the statewide steps. */
    public static final String STATEWIDE = "*";

    public static class Key implements Serializable {
        public String ladder;
        public String fromClass;
        public String toClass;

        public Key() {
        }

        public Key(String ladder, String fromClass, String toClass) {
            this.ladder = ladder;
            this.fromClass = fromClass;
            this.toClass = toClass;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.ladder.equals(ladder) && k.fromClass.equals(fromClass)
                    && k.toClass.equals(toClass);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ladder, fromClass, toClass);
        }
    }

    /** {@link #STATEWIDE}, or the department whose own ladder the step belongs to. */
    @Id
    public String ladder = STATEWIDE;

    @Id
    @Column(name = "from_class")
    public String fromClass;

    @Id
    @Column(name = "to_class")
    public String toClass;

    @Column(nullable = false)
    public String kind;

    public String note;

    @Column(nullable = false)
    public boolean removed;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
