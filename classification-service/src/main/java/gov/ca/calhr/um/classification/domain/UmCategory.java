package gov.ca.calhr.um.classification.domain;

/** Where a class stands in the Upward Mobility program (DOMAIN.md, "Classifications"). */
public enum UmCategory {
    /** Low-paying entry-level: "traditionally low-paying", not simply the lowest salary. */
    LPEL,
    /** Entry-level technical, professional or administrative: a UM classification. */
    ELTPA,
    /** A bridging class between LPEL and ELTPA, e.g. Management Services Technician. */
    BRIDGING,
    NONE
}
