package example;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** What the application does with Codat: count a company's customers, retrying an answer 503 up to three times. */
@ApplicationScoped
public class CustomerCount {

    private final CodatCustomers codat;
    private final String authorization;

    CustomerCount(@RestClient CodatCustomers codat, @ConfigProperty(name = "codat.api-key") String apiKey) {
        this.codat = codat;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(apiKey.getBytes(StandardCharsets.UTF_8));
    }

    /** The company's {@code totalResults}. */
    public int of(String companyId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return codat.page(companyId, 1, 1, authorization).path("totalResults").asInt();
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() != 503 || attempt == 3) {
                    throw e;
                }
            }
        }
    }
}
