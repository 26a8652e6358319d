package dev.codatsandbox.edge;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import static dev.codatsandbox.testing.TestSandbox.DEFAULT_COMPANY;

/**
 * The load a new user's Java integration puts on the sandbox: {@link #CLIENTS} instances of {@code java.net.http}'s
 * {@code HttpClient} with its defaults (HTTP/2 preferred: on an {@code http://} URL it asks to upgrade with h2c, on
 * {@code https://} it offers HTTP/2 through ALPN), each sending {@link #REQUESTS} requests at once, mixing a page of
 * 5,000 customers with small pages and a single customer. Every body is compared with the same request's answer over
 * HTTP/1.1.
 *
 * <p>The HTTP/2 tests use it, and so does {@code bench/java-client-load.sh}, which runs it against fresh starts of the
 * jar and the native executable: {@code java -cp target/test-classes dev.codatsandbox.edge.JavaClientLoad URL [CA]}.
 */
public final class JavaClientLoad {

    public static final int CLIENTS = 8;
    public static final int REQUESTS = 40;
    static final String API_KEY = "Basic ZGVtbw==";
    static final List<String> PATHS = List.of(
            "/companies/" + DEFAULT_COMPANY + "/data/customers?pageSize=5000",
            "/companies/" + DEFAULT_COMPANY + "/data/customers?pageSize=100",
            "/companies/" + DEFAULT_COMPANY + "/data/customers/71",
            "/companies/" + DEFAULT_COMPANY + "/data/customers?page=2&pageSize=20");

    /**
     * What one run saw: requests that failed (an exception or a status other than 200) with the first few causes,
     * the protocol versions answers came in, and bodies that differed from their HTTP/1.1 twin.
     */
    public record Result(int requests, int failed, int differing, Map<String, Integer> versions, List<String> causes) {

        @Override
        public String toString() {
            return "failed " + failed + " of " + requests + ", bodies differing from HTTP/1.1 " + differing
                    + ", versions " + versions + (causes.isEmpty() ? "" : ", first causes " + causes);
        }
    }

    private JavaClientLoad() {
    }

    /** Runs the load against {@code baseUrl}; {@code trust}, when not null, is the CA certificate (PEM) to trust. */
    public static Result run(String baseUrl, SSLContext trust) throws Exception {
        Map<String, byte[]> twins = new HashMap<>();
        HttpClient http11 = builder(trust).version(HttpClient.Version.HTTP_1_1).build();
        for (String path : PATHS) {
            HttpResponse<byte[]> answer = http11.send(request(baseUrl, path), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + answer.statusCode() + " over HTTP/1.1");
            }
            twins.put(path, answer.body());
        }
        List<CompletableFuture<Outcome>> calls = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            HttpClient client = builder(trust).build();
            for (int r = 0; r < REQUESTS; r++) {
                String path = PATHS.get((c + r) % PATHS.size());
                calls.add(client.sendAsync(request(baseUrl, path), HttpResponse.BodyHandlers.ofByteArray())
                        .handle((answer, failure) -> Outcome.of(path, answer, failure, twins.get(path))));
            }
        }
        int failed = 0;
        int differing = 0;
        Map<String, Integer> versions = new TreeMap<>();
        List<String> causes = new ArrayList<>();
        for (CompletableFuture<Outcome> call : calls) {
            Outcome outcome = call.get();
            if (outcome.failure() != null) {
                failed++;
                if (causes.size() < 3) {
                    causes.add(outcome.failure());
                }
                continue;
            }
            versions.merge(outcome.version(), 1, Integer::sum);
            if (!outcome.sameAsTwin()) {
                differing++;
            }
        }
        return new Result(calls.size(), failed, differing, versions, causes);
    }

    /** An SSL context that trusts the certificates in a PEM file (the sandbox's CA). */
    public static SSLContext trusting(Path pem) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            int i = 0;
            for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, (X509Certificate) certificate);
            }
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static HttpClient.Builder builder(SSLContext trust) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        return trust == null ? builder : builder.sslContext(trust);
    }

    private static HttpRequest request(String baseUrl, String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", API_KEY)
                .timeout(Duration.ofSeconds(60)).GET().build();
    }

    private record Outcome(String failure, String version, boolean sameAsTwin) {

        static Outcome of(String path, HttpResponse<byte[]> answer, Throwable failure, byte[] twin) {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                return new Outcome(path + ": " + cause, null, false);
            }
            if (answer.statusCode() != 200) {
                return new Outcome(path + ": status " + answer.statusCode(), null, false);
            }
            return new Outcome(null, answer.version().name(), Arrays.equals(answer.body(), twin));
        }
    }

    /** {@code JavaClientLoad URL [CA.pem]}: runs the load once and prints what it saw; exits 1 on any failure. */
    public static void main(String[] args) throws Exception {
        SSLContext trust = args.length > 1 ? trusting(Path.of(args[1])) : null;
        Result result = run(args[0], trust);
        System.out.println(result);
        System.exit(result.failed() == 0 && result.differing() == 0 ? 0 : 1);
    }
}
