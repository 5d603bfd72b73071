package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.Keycloak;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Signing in as browsers do: a service's Swagger UI, its "Authorize" button, Keycloak's own login
 * page in the pop-up (Authorization Code flow with PKCE, client um-portal), then "Try it out" on a
 * department's employee list, in headless Chromium. No password grant anywhere on this path.
 */
@ExtendWith(SharedStack.class)
class BrowserSignInIT {

    private static final Duration UI = Duration.ofSeconds(30);
    private static final String EMPLOYEES = "/api/departments/{department}/employees";

    private static String participants;
    private static String employeeId;

    /** A DGS employee, so that DGS's list has data whatever ran before. */
    @BeforeAll
    static void aDgsEmployee() {
        participants = SharedStack.url("participants-service");
        String hrSystem = SharedStack.keycloak().hrSystemToken();
        employeeId = "DGS-UI-" + UUID.randomUUID().toString().substring(0, 13);
        Map<String, Object> appointment = Map.of("actionId", "UI-" + UUID.randomUUID(), "actionType", "APPOINTMENT",
                "employeeId", employeeId, "department", "DGS", "positionNumber", "307-110-1139-077",
                "toClassCode", "1139", "transactionCode", "A01", "effectiveDate", "2024-03-01",
                "employee", Map.of("name", "Robin Ortiz", "tenure", "PERMANENT", "timeBase", "FULL_TIME"));
        // participants-service takes appointments once the catalog's events reached it
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().auth().oauth2(hrSystem).contentType(ContentType.JSON).body(appointment)
                        .post(participants + "/api/personnel-actions").statusCode() == 202);
    }

    @Test
    void theDepartmentsCoordinatorSignsInOnKeycloaksPageAndReadsTheDepartmentsEmployees() throws Exception {
        Call call = signInAndTryEmployees("dgs-coordinator", "DGS");

        assertThat(call.status()).isEqualTo("200");
        JsonPath page = JsonPath.from(call.body());
        assertThat(page.getLong("total")).isPositive();
        List<String> departments = page.getList("items.department");
        assertThat(departments).isNotEmpty().containsOnly("DGS");
    }

    @Test
    void anotherDepartmentsCoordinatorSignsInButIsRefusedDgsEmployees() throws Exception {
        Call call = signInAndTryEmployees("edd-coordinator", "DGS");

        assertThat(call.status()).isEqualTo("403");
        JsonPath problem = JsonPath.from(call.body());
        assertThat(problem.getInt("status")).isEqualTo(403);
        assertThat(call.body()).doesNotContain(employeeId);
    }

    @Test
    void thePortalClientRefusesThePasswordGrantWhichOnlyTheDemoClientHas() {
        String token = SharedStack.layout().realmUrl() + "/protocol/openid-connect/token";
        given().formParam("grant_type", "password").formParam("client_id", Keycloak.PORTAL_CLIENT)
                .formParam("username", "dgs-coordinator").formParam("password", Keycloak.DEMO_PASSWORD)
                .post(token).then().statusCode(400).body("error", equalTo("unauthorized_client"));
        given().formParam("grant_type", "password").formParam("client_id", Keycloak.DEMO_CLIENT)
                .formParam("username", "dgs-coordinator").formParam("password", Keycloak.DEMO_PASSWORD)
                .post(token).then().statusCode(200);
    }

    private record Call(String status, String body) {
    }

    private static Call signInAndTryEmployees(String username, String department) throws Exception {
        ChromeDriver browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, UI);
            browser.get(participants + "/q/swagger-ui/");
            String swaggerUi = browser.getWindowHandle();

            // Authorize: the keycloak scheme's Authorization Code flow, client id filled in by the configuration
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".scheme-container button.authorize")))
                    .click();
            WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux")));
            assertThat(dialog.getText()).contains("keycloak").contains("authorizationCode");
            assertThat(dialog.findElement(By.cssSelector("input[id^='client_id']")).getAttribute("value"))
                    .isEqualTo(Keycloak.PORTAL_CLIENT);
            dialog.findElement(By.cssSelector("button.modal-btn.auth.authorize")).click();

            // Keycloak's login page, in the pop-up Swagger UI opened
            wait.until(d -> d.getWindowHandles().size() == 2);
            String popUp = browser.getWindowHandles().stream().filter(h -> !h.equals(swaggerUi)).findFirst()
                    .orElseThrow();
            browser.switchTo().window(popUp);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
            assertThat(browser.getCurrentUrl()).startsWith(SharedStack.layout().realmUrl() + "/protocol/openid-connect/auth")
                    .contains("client_id=" + Keycloak.PORTAL_CLIENT).contains("code_challenge_method=S256");
            browser.findElement(By.id("password")).sendKeys(Keycloak.DEMO_PASSWORD);
            browser.findElement(By.id("kc-login")).click();

            // the redirect page hands the code back and closes; Swagger UI exchanges it for the token
            wait.until(d -> d.getWindowHandles().size() == 1);
            browser.switchTo().window(swaggerUi);
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//div[contains(@class,'modal-ux')]//button[normalize-space()='Logout']")));
            browser.findElement(By.cssSelector(".modal-ux button.close-modal")).click();

            // Try it out on the department's employee list
            WebElement operation = operation(browser, EMPLOYEES);
            operation.findElement(By.cssSelector(".opblock-summary")).click();
            wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector("button.try-out__btn"))))
                    .click();
            operation.findElement(By.cssSelector("tr[data-param-name='department'] input")).sendKeys(department);
            operation.findElement(By.cssSelector("button.execute")).click();
            WebElement status = wait.until(d -> operation.findElements(
                    By.cssSelector(".live-responses-table tr.response .response-col_status")).stream().findFirst().orElse(null));
            String body = operation.findElement(By.cssSelector(".live-responses-table tr.response .response-col_description pre"))
                    .getText();
            return new Call(status.getText().trim(), body);
        } finally {
            browser.quit();
        }
    }

    private static WebElement operation(WebDriver browser, String path) {
        return new WebDriverWait(browser, UI).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(concat(' ', @class, ' '), ' opblock-get ')][.//*[@data-path='" + path + "']]")));
    }
}
