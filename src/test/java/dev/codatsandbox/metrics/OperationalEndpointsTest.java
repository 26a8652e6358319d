package dev.codatsandbox.metrics;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The operational endpoints under {@code /q}: health, the sandbox's OpenAPI document and Swagger UI, and Prometheus
 * metrics, all without an API key (the requests here send none).
 */
@QuarkusTest
class OperationalEndpointsTest {


    @Test
    void livenessIsUp() {
        given().auth().none().when().get("/q/health/live")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("UP"));
    }

    @Test
    void readinessIsUpOnceTheSandboxDataIsLoaded() {
        JsonPath health = given().auth().none().when().get("/q/health/ready")
                .then().statusCode(200).extract().jsonPath();

        assertEquals("UP", health.getString("status"));
        assertEquals(List.of(Map.of("name", "sandbox-data", "status", "UP", "data", Map.of("configuredCompanies", 1))),
                health.getList("checks"));
    }

    @Test
    void openApiDocumentDescribesCodatsEndpointsAsServedWithTheApiKey() {
        JsonPath document = given().auth().none().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();

        Map<String, Object> list = document.getMap("paths.'/companies/{companyId}/data/customers'.get");
        Map<String, Object> one = document.getMap("paths.'/companies/{companyId}/data/customers/{customerId}'.get");
        assertEquals("list-accounting-customers", list.get("operationId"));
        assertEquals("get-accounting-customer", one.get("operationId"));
        assertTrue(document.getList("paths.'/companies/{companyId}/data/customers'.get.parameters.name")
                .containsAll(List.of("companyId", "page", "pageSize")));
        assertTrue(document.getMap("paths.'/companies/{companyId}/data/customers'.get.responses").keySet()
                .containsAll(List.of("200", "400", "401", "404")));
        assertEquals(Map.of("type", "apiKey", "in", "header", "name", "Authorization"),
                withoutDescription(document.getMap("components.securitySchemes.auth_header")));
        assertEquals(List.of(Map.of("auth_header", List.of())), document.getList("security"));
        assertTrue(document.getMap("components.schemas").keySet().containsAll(List.of("Customer", "CodatError")));
    }

    @Test
    void openApiDocumentDescribesTheSandboxsAnswersNotTheJavaTypesBehindThem() {
        JsonPath document = given().auth().none().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();

        Map<String, Object> described = document.getMap("components.schemas");
        Set<String> schemas = described.keySet();
        for (String javaType : List.of("JsonNode", "JsonNodeType", "StreamingOutput", "OutboundSseEvent",
                "MediaType")) {
            assertFalse(schemas.contains(javaType), javaType + " is described as a schema: " + schemas);
        }
        String content = "components.schemas.SupplementalData.properties.content";
        assertEquals("#/components/schemas/AnyValue", document.getString(content + ".additionalProperties.'$ref'"));
        String stream = "paths.'/_sandbox/journal/stream'.get.responses.'200'.content.'text/event-stream'";
        assertEquals("#/components/schemas/JournalEntry", document.getString(stream + ".schema.'$ref'"));
        String fixture = "paths.'/_sandbox/companies/{companyId}/fixture'.get.responses.'200'.content";
        assertEquals("object", document.getString(fixture + ".'application/json'.schema.type"));
    }

    @Test
    void openApiDocumentIsServedAsYamlByDefault() {
        given().auth().none().when().get("/q/openapi")
                .then().statusCode(200).body(containsString("/companies/{companyId}/data/customers/{customerId}:"));
    }

    @Test
    void swaggerUiIsServed() {
        given().auth().none().when().get("/q/swagger-ui/")
                .then().statusCode(200).contentType(containsString("text/html")).body(containsString("swagger-ui"));
    }

    @Test
    void metricsCountRequestsByRouteTemplateAndStatusNotByCompanyId() {
        String firstCompany = "7d1c2f4e-0b7a-4c55-9d3e-5f0e6a1b2c3d";
        String secondCompany = "8e2d3a5f-1c8b-4d66-8e4f-6a1f7b2c3d4e";
        given().when().get("/companies/" + firstCompany + "/data/customers?pageSize=1").then().statusCode(200);
        given().when().get("/companies/" + secondCompany + "/data/customers/no-such-customer").then().statusCode(404);
        given().auth().none().when().get("/companies/" + secondCompany + "/data/customers").then().statusCode(401);
        given().when().get("/companies/" + DEFAULT_COMPANY + "/data/nothing-here").then().statusCode(404);

        String metrics = given().auth().none().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertTrue(series(metrics, "http_server_requests_seconds_count", "uri=\"/companies/{companyId}/data/customers\"",
                "status=\"200\"", "method=\"GET\""), metrics);
        assertTrue(series(metrics, "http_server_requests_seconds_count",
                "uri=\"/companies/{companyId}/data/customers/{customerId}\"", "status=\"404\""), metrics);
        assertFalse(metrics.contains(firstCompany) || metrics.contains(secondCompany) || metrics.contains(DEFAULT_COMPANY)
                || metrics.contains("no-such-customer") || metrics.contains("nothing-here"),
                "a series per id: " + metrics);
    }

    @Test
    void sandboxCountersAreServedByName() {
        SandboxMetrics sandbox = Arc.container().instance(SandboxMetrics.class).get();
        // other tests of this application fire latency faults too: count from where they left the counter
        io.micrometer.core.instrument.Counter fired = Arc.container()
                .instance(io.micrometer.core.instrument.MeterRegistry.class).get()
                .find(SandboxMetrics.FAULTS_FIRED).tag("type", "latency").counter();
        double before = fired == null ? 0 : fired.count();
        // and push tests complete operations
        io.micrometer.core.instrument.Counter succeeded = Arc.container()
                .instance(io.micrometer.core.instrument.MeterRegistry.class).get()
                .find(SandboxMetrics.PUSH_OPERATIONS).tag("status", "Success").counter();
        double pushedBefore = succeeded == null ? 0 : succeeded.count();
        sandbox.faultFired("latency");
        sandbox.faultFired("latency");
        sandbox.pushCompleted("Success");

        String metrics = given().auth().none().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertTrue(metrics.contains("sandbox_faults_fired_total{type=\"latency\"} " + (before + 2)), metrics);
        assertTrue(metrics.contains("sandbox_push_operations_total{status=\"Success\"} " + (pushedBefore + 1)), metrics);
        assertThrows(IllegalArgumentException.class, () -> sandbox.faultFired(DEFAULT_COMPANY + "/x"));
        assertThrows(IllegalArgumentException.class, () -> sandbox.pushCompleted(null));
    }

    /** Whether a line of this metric carries every one of these labels. */
    private static boolean series(String metrics, String name, String... labels) {
        return metrics.lines().filter(line -> line.startsWith(name + "{"))
                .anyMatch(line -> List.of(labels).stream().allMatch(line::contains));
    }

    private static Map<String, Object> withoutDescription(Map<String, Object> scheme) {
        Map<String, Object> copy = new java.util.HashMap<>(scheme);
        copy.remove("description");
        return copy;
    }
}
