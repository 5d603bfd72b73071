package gov.ca.calhr.um.classification;

import gov.ca.calhr.um.classification.domain.OccupationalGroup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class OccupationalGroupTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "CA00, OFFICE_AND_ALLIED_SERVICES",
            "CZ99, OFFICE_AND_ALLIED_SERVICES",
            "BK99, AGRICULTURE_AND_CONSERVATION",
            "BL00, HORTICULTURE",
            "BM00, HORTICULTURE",
            "BM01, AGRICULTURE_AND_CONSERVATION",
            "BN00, AGRICULTURE_AND_CONSERVATION",
            "JY40, FISCAL_MANAGEMENT_AND_STAFF_SERVICES",
            "OA59, ",
            "OA60, LEGAL",
            "UG99, STATE_EMERGENCY_DISASTER_PROGRAM",
            "UH00, ",
            "ZY99, SOCIAL_SECURITY_AND_REHABILITATION",
            "ZZ00, ",
            "ca46, ",
    })
    void schematicCodeRangesPickTheNarrowestGroup(String schematicCode, OccupationalGroup expected) {
        assertThat(OccupationalGroup.of(schematicCode).orElse(null)).isEqualTo(expected);
    }
}
