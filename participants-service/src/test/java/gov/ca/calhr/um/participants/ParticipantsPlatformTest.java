package gov.ca.calhr.um.participants;

import gov.ca.calhr.um.stack.PlatformContract;
import gov.ca.calhr.um.stack.UmTestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = UmTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "participants"))
class ParticipantsPlatformTest extends PlatformContract {

    @Override
    protected String protectedPath() {
        return "/api/notices?employeeId=E1";
    }
}
