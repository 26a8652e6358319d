package dev.codatsandbox.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One company's push operations: the outcomes scripted for its next valid pushes
 * ({@code /_sandbox/companies/{id}/push/outcomes}), and its operations as Codat's API reads them
 * ({@code /companies/{id}/push}).
 */
public final class Push {

    private static final JavaType OUTCOMES = Json.MAPPER.getTypeFactory()
            .constructCollectionType(List.class, PushOutcome.class);

    private final Http http;
    private final String company;

    Push(Http http, String company) {
        this.http = http;
        this.company = company;
    }

    private String outcomesPath() {
        return "/_sandbox/companies/" + Http.segment(company) + "/push/outcomes";
    }

    /** Appends outcomes, taken in order by the company's next valid pushes; answers all those waiting. */
    public List<PushOutcome> script(PushOutcome... outcomes) {
        return Json.read(http.admin("POST", outcomesPath(), Json.write(Arrays.asList(outcomes))), OUTCOMES);
    }

    /** The scripted outcomes not yet taken. */
    public List<PushOutcome> scripted() {
        return Json.read(http.admin("GET", outcomesPath(), null), OUTCOMES);
    }

    /** Drops the scripted outcomes not yet taken. */
    public void clearScripted() {
        http.admin("DELETE", outcomesPath(), null);
    }

    /** Every push operation of the company, in request order (all pages). */
    public List<PushOperation> operations() {
        List<PushOperation> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode answer = Json.tree(http.codat("GET", Http.query("/companies/" + Http.segment(company) + "/push",
                    Map.of("page", page, "pageSize", 5000)), null));
            for (JsonNode operation : answer.path("results")) {
                all.add(Json.MAPPER.convertValue(operation, PushOperation.class));
            }
            if (answer.path("results").size() < 5000) {
                return all;
            }
        }
    }

    /** One push operation. */
    public PushOperation operation(String pushOperationKey) {
        return Json.read(http.codat("GET", "/companies/" + Http.segment(company) + "/push/"
                + Http.segment(pushOperationKey), null), PushOperation.class);
    }
}
