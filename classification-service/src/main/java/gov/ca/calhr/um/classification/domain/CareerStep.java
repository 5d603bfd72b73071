package gov.ca.calhr.um.classification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * A directed step of a career ladder, from one class to another: of the statewide ladders
 * ({@link #STATEWIDE}) or of one department's own.
 */
@Entity
@Table(name = "career_step")
@IdClass(CareerStep.Key.class)
public class CareerStep {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StepKind kind;

    /** E.g. which minimum qualification of the next class this step satisfies. */
    public String note;

    /** Whether its current state was announced (CareerStepChanged); steps of migrations are announced at start. */
    @Column(nullable = false)
    public boolean announced;

    /** The department of a department's own step; null for a statewide one. */
    public String department() {
        return STATEWIDE.equals(ladder) ? null : ladder;
    }
}
