package gov.ca.calhr.um.participants.domain.timeline;

/** Where a class stands in the UM program, as the catalog designates it (DOMAIN.md, "UM category"). */
public enum UmCategory {
    LPEL, ELTPA, BRIDGING, NONE;

    /** The category the catalog names; an unknown or missing one is {@code NONE}. */
    public static UmCategory of(String name) {
        if (name == null) {
            return NONE;
        }
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            return NONE;
        }
    }

    /**
     * The side a UM appointment starts from: an LPEL class or a bridging class, the LPEL side's
     * stepping stones (GC 19402; 2 CCR 599.981; CalHR UM training deck 2023).
     */
    public boolean startsUpwardMobility() {
        return this == LPEL || this == BRIDGING;
    }
}
