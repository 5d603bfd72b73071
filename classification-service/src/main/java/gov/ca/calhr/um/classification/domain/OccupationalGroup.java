package gov.ca.calhr.um.classification.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Occupational groups by schematic-code range (CalHR UM training slides, seed 003). The default
 * UM category of a class follows from its group: the low-paying groups give LPEL, the technical,
 * professional and administrative (TPA) groups give ELTPA. Where ranges nest, the narrower wins
 * (Horticulture BL00-BM00 lies inside Agriculture &amp; Conservation AA00-BZ99).
 */
public enum OccupationalGroup {
    HORTICULTURE("Horticulture", "BL00", "BM00", UmCategory.LPEL),
    OFFICE_AND_ALLIED_SERVICES("Office & Allied Services", "CA00", "CZ99", UmCategory.LPEL),
    CUSTODIAN_AND_DOMESTIC_SERVICES("Custodian & Domestic Services", "DA00", "DZ99", UmCategory.LPEL),
    MECHANICAL_AND_CONSTRUCTION_TRADES("Mechanical & Construction Trades", "PA00", "RZ99", UmCategory.LPEL),
    AGRICULTURE_AND_CONSERVATION("Agriculture & Conservation", "AA00", "BZ99", UmCategory.ELTPA),
    EDUCATION_AND_LIBRARY("Education & Library", "EA00", "FZ99", UmCategory.ELTPA),
    ENGINEERING_AND_ALLIED("Engineering & Allied", "GA00", "IZ99", UmCategory.ELTPA),
    FISCAL_MANAGEMENT_AND_STAFF_SERVICES("Fiscal, Management & Staff Services", "JA00", "MZ99", UmCategory.ELTPA),
    LEGAL("Legal", "OA60", "OZ99", UmCategory.ELTPA),
    MEDICINE_AND_ALLIED("Medicine & Allied", "SA00", "TZ99", UmCategory.ELTPA),
    STATE_EMERGENCY_DISASTER_PROGRAM("State Emergency Disaster Program", "UA00", "UG99", UmCategory.ELTPA),
    PROTECTIVE_SERVICES_AND_PUBLIC_SAFETY("Protective Services & Public Safety", "VA00", "VZ99", UmCategory.ELTPA),
    SOCIAL_SECURITY_AND_REHABILITATION("Social Security & Rehabilitation", "WA00", "ZY99", UmCategory.ELTPA);

    /** Two letters, then two letters or digits, e.g. {@code JY20}, {@code CA46}. */
    public static final Pattern SCHEMATIC_CODE = Pattern.compile("[A-Z]{2}[A-Z0-9]{2}");

    private final String label;
    private final String from;
    private final String to;
    private final UmCategory defaultCategory;

    OccupationalGroup(String label, String from, String to, UmCategory defaultCategory) {
        this.label = label;
        this.from = from;
        this.to = to;
        this.defaultCategory = defaultCategory;
    }

    /** The narrowest group whose range holds {@code schematicCode}, if any. */
    public static Optional<OccupationalGroup> of(String schematicCode) {
        if (schematicCode == null || !SCHEMATIC_CODE.matcher(schematicCode).matches()) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(g -> g.contains(schematicCode))
                .min(Comparator.comparingLong(OccupationalGroup::span));
    }

    boolean contains(String schematicCode) {
        // schematic codes are fixed-width upper-case alphanumerics: string order is range order
        return schematicCode.compareTo(from) >= 0 && schematicCode.compareTo(to) <= 0;
    }

    private long span() {
        return ordinalOf(to) - ordinalOf(from);
    }

    private static long ordinalOf(String code) {
        long value = 0;
        for (char c : code.toCharArray()) {
            value = value * 36 + Character.digit(c, 36);
        }
        return value;
    }

    public String label() {
        return label;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public UmCategory defaultCategory() {
        return defaultCategory;
    }
}
