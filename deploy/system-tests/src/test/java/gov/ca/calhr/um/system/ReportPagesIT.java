package gov.ca.calhr.um.system;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The annual report as people read it: its printable page renders in a real headless browser
 * (Debian's Chromium, {@link HeadlessChromium}) with its charts, and its PDF holds the same figures.
 */
@ExtendWith(SharedStack.class)
class ReportPagesIT {

    @Test
    void theReportPageRendersWithItsChartsInABrowserAndThePdfHoldsTheSameFigures() throws Exception {
        String coordinator = SharedStack.keycloak().userToken("edd-coordinator");
        String reporting = SharedStack.url("reporting-service");
        // a fiscal year no other test writes: EDD's goals for it, then the page
        String fiscalYear = "2033-34";
        Map<String, Object> goals = Map.of("goals", List.of(Map.of("classCode", "5157", "expectedAppointments", 2,
                "timetable", "one by December, one by June")));
        // reporting knows the class once the catalog's events reached it
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(goals)
                        .put(reporting + "/api/departments/EDD/goals/" + fiscalYear).statusCode() == 200);
        String report = reporting + "/api/reports/departments/EDD/" + fiscalYear;
        given().auth().oauth2(coordinator).get(report).then().statusCode(200)
                .body("goals.lines[0].expectedAppointments", equalTo(2));

        String html = given().auth().oauth2(coordinator).accept("text/html").get(report).then().statusCode(200)
                .extract().asString();
        Path page = Files.createTempFile("um-report-" + UUID.randomUUID(), ".html");
        Files.writeString(page, html);

        ChromeDriver browser = HeadlessChromium.start();
        try {
            browser.get(page.toUri().toString());
            await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(By.id("appointments-chart")).isEmpty());
            assertThat(browser.getTitle()).isEqualTo("EDD Upward Mobility report, fiscal year " + fiscalYear);
            WebElement chart = browser.findElement(By.id("appointments-chart"));
            assertThat(chart.getSize().getWidth()).as("the chart is drawn").isGreaterThan(100);
            // four fiscal years of appointments, this year's goal drawn across its bar
            assertThat(chart.findElements(By.cssSelector("rect.bar"))).hasSize(4);
            assertThat(chart.findElements(By.cssSelector("line.goal"))).hasSize(1);
            assertThat(browser.findElement(By.id("spend-chart")).getSize().getWidth()).isGreaterThan(100);
            assertThat(browser.findElement(By.id("goals")).getText()).contains("5157").contains("2");
            assertThat(browser.findElement(By.id("edition")).getText()).contains("not the report as submitted");
            byte[] screenshot = browser.getScreenshotAs(OutputType.BYTES);
            assertThat(java.util.Arrays.copyOf(screenshot, 4)).as("a PNG screenshot")
                    .containsExactly((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        } finally {
            browser.quit();
            Files.deleteIfExists(page);
        }

        byte[] pdf = given().auth().oauth2(coordinator).accept("application/pdf").get(report).then().statusCode(200)
                .extract().asByteArray();
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p)).append('\n');
        }
        reader.close();
        assertThat(text.toString()).contains("EDD Upward Mobility report, fiscal year " + fiscalYear)
                .contains("ELTPA class").contains("5157 2 0 one by December")
                .contains("FY " + fiscalYear);
    }
}
