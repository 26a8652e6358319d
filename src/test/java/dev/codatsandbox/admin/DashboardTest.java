package dev.codatsandbox.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codatsandbox.testing.SendsAnApiKey;
import dev.codatsandbox.testing.AdminToken;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard ({@code /_sandbox/ui}) in a real browser, doing what a person would: sign in with the admin token,
 * watch requests sent by a plain HTTP client appear live, add a fault from the form and see the next request fail,
 * move the clock, browse and export a company, settle a push. One headless Chromium serves the whole class; each test
 * writes a screenshot of each view it uses to target/dashboard-screenshots/, named after the class and the view.
 * {@link FirefoxDashboardTest} runs the same tests in Firefox, by starting another {@link #browser}: one test instance
 * per class, so that the browser is started by a method a subclass overrides (a static one would be run for both).
 */
@QuarkusTest
@TestProfile(AdminToken.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest {

    static final String TOKEN = AdminToken.TOKEN;
    static final String LIST = "/companies/" + DEFAULT_COMPANY + "/data/customers";

    /** The class's browser, started before its first test by {@link #startBrowser()}. */
    static Browser browser;

    /** A failed test leaves a screenshot of where the page stood, and the browser's console, for its report. */
    @RegisterExtension
    final TestWatcher onFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                try {
                    String test = context.getDisplayName().replaceAll("\\W", "");
                    browser.screenshot(DashboardTest.this.getClass().getSimpleName() + "-failed-" + test);
                    System.err.println("Browser console at the failure:\n" + browser.console());
                } catch (Exception e) {
                    cause.addSuppressed(e);
                }
            }
        }
    };
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The browser the class's tests run in: Chromium ({@link FirefoxDashboardTest} starts Firefox). */
    Browser startBrowser() throws IOException {
        return Browser.start();
    }

    @BeforeAll
    void startTheBrowser() throws Exception {
        browser = startBrowser();
    }

    @AfterAll
    void stopTheBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void reset() {
        admin().post("/_sandbox/reset").then().statusCode(200);
    }

    private static RequestSpecification admin() {
        return given().auth().none().header("Authorization", "Bearer " + TOKEN);
    }

    private void screenshot(String view) throws Exception {
        browser.screenshot(getClass().getSimpleName() + "-" + view);
    }

    /** Sends a GET to Codat's endpoint as a client would, with the demo API key; answers the status. */
    private int codat(String pathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + pathAndQuery))
                .header("Authorization", SendsAnApiKey.DEMO_KEY_HEADER).timeout(Duration.ofSeconds(20)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static List<WebElement> rows(String tbody) {
        return browser.all("#" + tbody + " tr");
    }

    private static String cell(WebElement row, int column) {
        return row.findElements(By.tagName("td")).get(column).getText();
    }

    @Test
    void theDashboardAsksForTheAdminTokenAndKeepsItForTheTab() throws Exception {
        browser.open("live", TOKEN);
        browser.forgetToken();
        browser.driver().navigate().refresh();
        browser.waitUntil(d -> browser.visible("login"));
        assertTrue(!browser.visible("view-live"));
        screenshot("login");

        browser.find("token").sendKeys("not-the-token");
        browser.find("token").sendKeys(Keys.ENTER);
        browser.waitForText("error", "The token was not accepted: Unauthorized: the sandbox's admin API needs"
                + " Authorization: Bearer <sandbox.admin.token>.");

        browser.find("token").sendKeys(TOKEN, Keys.ENTER);
        browser.waitUntil(d -> browser.visible("view-live"));
        browser.driver().navigate().refresh();
        browser.waitUntil(d -> browser.visible("view-live"));
        assertTrue(!browser.visible("login"), "the token is kept for the tab across a reload");
    }

    @Test
    void requestsAppearLiveAndOpenWithWhatTheJournalKnowsOfThem() throws Exception {
        browser.open("live", TOKEN);
        browser.waitUntil(d -> browser.text("live-state").startsWith("Live") ? Boolean.TRUE : null);

        assertEquals(200, codat(LIST + "?page=2&pageSize=5"));
        assertEquals(404, codat(LIST + "/no-such-customer"));
        browser.waitUntil(d -> rows("live-rows").size() == 2 ? Boolean.TRUE : null);
        WebElement newest = rows("live-rows").get(0);
        assertEquals(LIST + "/no-such-customer", cell(newest, 3));
        assertEquals("404", cell(newest, 4));
        assertEquals("get", cell(newest, 6));
        assertEquals(LIST + "?page=2&pageSize=5", cell(rows("live-rows").get(1), 3));

        browser.find("filter-status").sendKeys("2xx");
        browser.waitUntil(d -> rows("live-rows").size() == 1 ? Boolean.TRUE : null);
        assertEquals("200", cell(rows("live-rows").get(0), 4));
        browser.find("filter-status").clear();
        new Select(browser.find("filter-operation")).selectByVisibleText("get");
        browser.waitUntil(d -> rows("live-rows").size() == 1 ? Boolean.TRUE : null);
        assertEquals("404", cell(rows("live-rows").get(0), 4));

        assertEquals(200, codat(LIST + "/71"));
        browser.waitUntil(d -> rows("live-rows").size() == 2 ? Boolean.TRUE : null);
        assertEquals(LIST + "/71", cell(rows("live-rows").get(0), 3));

        WebElement open = rows("live-rows").get(1).findElement(By.tagName("button"));
        open.sendKeys(Keys.ENTER);
        browser.waitUntil(d -> browser.visible("live-detail"));
        int sequence = admin().get("/_sandbox/journal?status=404").then().extract().path("[0].sequence");
        assertEquals("Request " + sequence + ": GET " + LIST + "/no-such-customer", browser.text("detail-heading"));
        assertEquals("detail-heading", browser.driver().switchTo().activeElement().getAttribute("id"));
        String detail = browser.text("detail-fields");
        assertTrue(detail.contains("Basic <redacted>"), detail);
        String correlationId = admin().get("/_sandbox/journal?status=404").then().extract().path("[0].correlationId");
        assertTrue(detail.contains(correlationId), detail);
        browser.waitUntil(d -> browser.text("answer-status").startsWith("Status 404") ? Boolean.TRUE : null);
        String sent = admin().get("/_sandbox/journal/" + sequence + "/answer/body").then().statusCode(200).extract()
                .asString();
        assertEquals(sent, browser.text("answer-body"));
        assertTrue(sent.contains(correlationId), sent);
        assertTrue(browser.text("answer-headers").contains("application/json"), browser.text("answer-headers"));
        screenshot("live");
        new Actions(browser.driver()).scrollToElement(browser.find("answer-body")).perform();
        screenshot("live-answer");
    }

    @Test
    void aFaultAddedFromTheFormFailsTheNextRequest() throws Exception {
        browser.open("faults", TOKEN);
        browser.find("attribute-status").sendKeys("99");
        new Select(browser.find("rule-trigger")).selectByValue("next");
        browser.find("rule-trigger-value").sendKeys("1");
        browser.find("rule-form").submit();
        String expected = admin().contentType("application/json")
                .body("{\"trigger\": {\"type\": \"next\", \"count\": 1}, \"fault\": {\"type\": \"status\","
                        + " \"status\": 99}}")
                .post("/_sandbox/faults").then().statusCode(400).extract().path("error");
        assertEquals("Invalid value '99' for field 'fault.status': must be a whole number from 400 to 599.",
                expected);
        browser.waitForText("error", expected);

        browser.find("attribute-status").clear();
        browser.find("attribute-status").sendKeys("503");
        browser.find("rule-form").submit();
        browser.waitUntil(d -> rows("rules-rows").size() == 1 ? Boolean.TRUE : null);
        WebElement rule = rows("rules-rows").get(0);
        assertEquals("next 1", cell(rule, 2));
        assertEquals("status: status=503", cell(rule, 3));
        assertEquals("0", cell(rule, 5));

        assertEquals(503, codat(LIST));
        assertEquals(200, codat(LIST));
        browser.waitUntil(d -> "2".equals(cell(rows("rules-rows").get(0), 4)) ? Boolean.TRUE : null);
        assertEquals("1", cell(rows("rules-rows").get(0), 5));

        browser.all("[data-quick=next-503]").get(0).click();
        browser.waitUntil(d -> rows("rules-rows").size() == 2 ? Boolean.TRUE : null);
        assertEquals("next 2", cell(rows("rules-rows").get(1), 2));
        browser.all("[data-quick=page-drift]").get(0).click();
        browser.waitUntil(d -> rows("rules-rows").size() == 3 ? Boolean.TRUE : null);
        assertEquals("page-drift: afterPage=1, inserted=3", cell(rows("rules-rows").get(2), 3));
        screenshot("faults");

        browser.click(() -> rows("rules-rows").get(1).findElement(By.tagName("button")));
        browser.waitUntil(d -> rows("rules-rows").size() == 2 ? Boolean.TRUE : null);
        browser.find("rules-delete-all").click();
        browser.waitUntil(d -> browser.visible("rules-empty"));
        assertEquals(List.of(), admin().get("/_sandbox/faults").then().extract().jsonPath().getList(""));

        browser.open("live", TOKEN);
        browser.find("filter-fault").sendKeys("any");
        browser.waitUntil(d -> rows("live-rows").size() == 1 ? Boolean.TRUE : null);
        assertEquals("503", cell(rows("live-rows").get(0), 4));
        assertEquals("status (rule 1)", cell(rows("live-rows").get(0), 7));
    }

    @Test
    void theClockIsSetFrozenAndAdvanced() throws Exception {
        browser.open("clock", TOKEN);
        browser.find("clock-set-now").sendKeys("2030-01-01T00:00:00Z");
        browser.find("clock-set-form").submit();
        browser.waitForText("clock-now", "2030-01-01T00:00:00Z");
        assertEquals("(frozen)", browser.text("clock-state"));

        browser.find("clock-advance-ms").clear();
        browser.find("clock-advance-ms").sendKeys("250", Keys.ENTER);
        browser.waitForText("clock-now", "2030-01-01T00:00:00.250Z");
        browser.all("[data-advance='60000']").get(0).click();
        browser.waitForText("clock-now", "2030-01-01T00:01:00.250Z");
        assertEquals("2030-01-01T00:01:00.250Z", admin().get("/_sandbox/clock").then().extract().path("now"));
        screenshot("clock");

        browser.find("clock-advance-ms").clear();
        browser.find("clock-advance-ms").sendKeys("soon", Keys.ENTER);
        browser.waitUntil(d -> browser.text("error").isEmpty() ? null : Boolean.TRUE);
        browser.find("clock-real").click();
        browser.waitForText("clock-state", "(running)");
    }

    @Test
    void companiesListTheirSourceAndServeTheirCustomersPageByPage() throws Exception {
        browser.open("companies", TOKEN);
        browser.waitUntil(d -> rows("companies-rows").size() >= 3 ? Boolean.TRUE : null);
        WebElement configured = row("companies-rows", DEFAULT_COMPANY);
        assertEquals("configuration", cell(configured, 2));
        assertEquals("51", cell(configured, 4));
        assertEquals("fixture-file", cell(row("companies-rows", "acme-edge-cases"), 2));

        configured.findElement(By.tagName("button")).click();
        browser.waitForText("customers-position", "Page 1 of 3, 51 customers");
        assertEquals("71", cell(rows("customers-rows").get(0), 0));
        assertEquals(25, rows("customers-rows").size());
        browser.find("customers-next").click();
        browser.waitForText("customers-position", "Page 2 of 3, 51 customers");
        browser.find("customers-next").click();
        browser.waitForText("customers-position", "Page 3 of 3, 51 customers");
        assertEquals(1, rows("customers-rows").size());
        assertTrue(!browser.find("customers-next").isEnabled());
        screenshot("customers");

        browser.find("company-export").click();
        Path file = browser.downloaded(DEFAULT_COMPANY + ".json");
        String exported = Files.readString(file);
        String expected = admin().get("/_sandbox/companies/" + DEFAULT_COMPANY + "/fixture").then().statusCode(200)
                .extract().asString();
        assertEquals(new ObjectMapper().readTree(expected), new ObjectMapper().readTree(exported));
    }

    @Test
    void aPendingPushIsSettledFromTheCompanyView() throws Exception {
        admin().contentType("application/json").body("{\"frozen\": true}").put("/_sandbox/clock").then()
                .statusCode(200);
        String connection = given().get("/companies/" + DEFAULT_COMPANY + "/connections").then().statusCode(200)
                .extract().path("results[0].id");
        String push = "/companies/" + DEFAULT_COMPANY + "/connections/" + connection + "/push/customers";
        String failing = given().contentType("application/json")
                .body("{\"customerName\": \"Acme Anvils Ltd\", \"status\": \"Active\"}").post(push).then()
                .statusCode(200).extract().path("pushOperationKey");
        String succeeding = given().contentType("application/json")
                .body("{\"customerName\": \"Roadrunner Supplies\", \"status\": \"Active\"}").post(push).then()
                .statusCode(200).extract().path("pushOperationKey");

        browser.open("companies", TOKEN);
        browser.waitUntil(d -> row("companies-rows", DEFAULT_COMPANY) != null ? Boolean.TRUE : null);
        browser.click(() -> row("companies-rows", DEFAULT_COMPANY).findElement(By.tagName("button")));
        browser.waitUntil(d -> rows("pushes-rows").size() == 2 ? Boolean.TRUE : null);
        browser.waitUntil(d -> "Pending".equals(cell(row("pushes-rows", failing), 3)) ? Boolean.TRUE : null);
        screenshot("companies");

        browser.find("settle-message").sendKeys("Name already used.");
        browser.click(() -> row("pushes-rows", failing).findElement(
                By.cssSelector("button[aria-label^='Settle as failure']")));
        browser.waitUntil(d -> "Failed".equals(cell(row("pushes-rows", failing), 3)) ? Boolean.TRUE : null);
        assertEquals("Name already used.", cell(row("pushes-rows", failing), 5));
        browser.click(() -> row("pushes-rows", succeeding).findElement(
                By.cssSelector("button[aria-label^='Settle as success']")));
        browser.waitUntil(d -> "Success".equals(cell(row("pushes-rows", succeeding), 3)) ? Boolean.TRUE : null);
        screenshot("pushes");

        given().get("/companies/" + DEFAULT_COMPANY + "/push/" + failing).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("Failed"))
                .body("errorMessage", org.hamcrest.Matchers.equalTo("Name already used."));
        String customer = given().get("/companies/" + DEFAULT_COMPANY + "/push/" + succeeding).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("Success"))
                .extract().path("changes[0].recordRef.id");
        given().get(LIST + "/" + customer).then().statusCode(200)
                .body("customerName", org.hamcrest.Matchers.equalTo("Roadrunner Supplies"));
    }

    /** The row of a table whose first cell reads {@code key}, or null. */
    private static WebElement row(String tbody, String key) {
        return rows(tbody).stream().filter(r -> cell(r, 0).equals(key)).findFirst().orElse(null);
    }
}
