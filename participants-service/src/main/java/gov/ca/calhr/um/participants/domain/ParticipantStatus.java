package gov.ca.calhr.um.participants.domain;

import java.util.Set;

/** A participation ends in promotion to an ELTPA class, withdrawal or separation. */
public enum ParticipantStatus {
    ACTIVE, SUSPENDED, WITHDRAWN, PROMOTED, SEPARATED;

    public static final Set<ParticipantStatus> CURRENT = Set.of(ACTIVE, SUSPENDED);

    public boolean isCurrent() {
        return CURRENT.contains(this);
    }
}
