package gov.ca.calhr.um.reporting;

import gov.ca.calhr.um.testkit.PlatformContract;
import gov.ca.calhr.um.testkit.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "reporting"))
class ReportingPlatformTest extends PlatformContract {

    @Override
    protected String protectedPath() {
        return "/api/reports/departments/DGS/2025-26";
    }
}
