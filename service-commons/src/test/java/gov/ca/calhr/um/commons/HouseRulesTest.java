package gov.ca.calhr.um.commons;

import gov.ca.calhr.um.testkit.HouseRules;
import org.junit.jupiter.api.Test;

/** The shared library's packages build on each other without cycles (rules in the test kit). */
class HouseRulesTest {

    @Test
    void theSharedLibrarysPackagesAreFreeOfCycles() {
        HouseRules.checkCommons();
    }
}
