package dev.codatsandbox.edge;

import dev.codatsandbox.config.SandboxConfig;
import io.quarkus.tls.BaseTlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.KeyCertOptions;
import io.vertx.core.net.PemKeyCertOptions;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * Which HTTP versions the sandbox's ports speak, as Codat's API does: HTTP/1.1 on the plain port, HTTP/2 and HTTP/1.1
 * (chosen by TLS ALPN) on the HTTPS port.
 *
 * <ul>
 *   <li>The plain port declines HTTP/2 without TLS (h2c) unless {@code sandbox.http.h2c} is on: an upgrade request is
 *       answered over HTTP/1.1, a connection that starts with HTTP/2's preface is refused. Java's
 *       {@code java.net.http} client asks for that upgrade on every {@code http://} URL by default, and its h2c path
 *       fails now and then on large answers (a frame it misreads), against any h2c server.</li>
 *   <li>The HTTPS port opens with the certificate given through Quarkus' TLS registry ({@code quarkus.tls.*}, or the
 *       configuration {@code quarkus.http.tls-configuration-name} names); when none is given and
 *       {@code sandbox.https.enabled} is on, with a certificate for {@code localhost} that the sandbox makes
 *       ({@link LocalhostCertificate}), registered in the TLS registry as {@value #TLS_CONFIGURATION}.</li>
 * </ul>
 * Both are done through Quarkus' documented customizer of the servers' options, which runs after Quarkus has applied
 * its own configuration and before the servers open.
 */
@Singleton
public class HttpProtocols implements HttpServerOptionsCustomizer {

    /** The name under which the certificate made for {@code localhost} is registered in the TLS registry. */
    public static final String TLS_CONFIGURATION = "sandbox-localhost";

    private final SandboxConfig config;
    private final TlsConfigurationRegistry registry;

    HttpProtocols(SandboxConfig config, TlsConfigurationRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(config.http().h2c());
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        if (options.getKeyCertOptions() != null || !config.https().enabled()) {
            return;
        }
        LocalhostCertificate.Pem pem;
        try {
            pem = LocalhostCertificate.in(Path.of(config.https().dir()).toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the HTTPS certificate for localhost in '"
                    + config.https().dir() + "' (sandbox.https.dir): " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not make the HTTPS certificate for localhost: " + e, e);
        }
        PemKeyCertOptions keyCert = new PemKeyCertOptions()
                .addCertValue(Buffer.buffer(pem.chain()))
                .addKeyValue(Buffer.buffer(pem.key()));
        registry.register(TLS_CONFIGURATION, new BaseTlsConfiguration() {
            @Override
            public KeyCertOptions getKeyStoreOptions() {
                return keyCert;
            }

            @Override
            public String getName() {
                return TLS_CONFIGURATION;
            }
        });
        options.setSsl(true).setKeyCertOptions(keyCert);
    }
}
