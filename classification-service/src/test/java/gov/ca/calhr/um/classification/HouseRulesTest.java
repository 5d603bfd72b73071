package gov.ca.calhr.um.classification;

import gov.ca.calhr.um.testkit.HouseRules;
import org.junit.jupiter.api.Test;

/** The layering every service keeps (rules in the test kit's {@link HouseRules}). */
class HouseRulesTest {

    @Test
    void classificationServiceKeepsTheHouseLayering() {
        HouseRules.check("gov.ca.calhr.um.classification");
    }
}
