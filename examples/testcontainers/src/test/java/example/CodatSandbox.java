package example;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

import java.time.Duration;

/**
 * The Codat Customers sandbox as a Testcontainers container: the image (system property {@code sandbox.image}),
 * a seed, this project's fixture files copied in, and a wait on the sandbox's readiness endpoint.
 */
public class CodatSandbox extends GenericContainer<CodatSandbox> {

    public static final String API_KEY_HEADER = "Basic ZGVtbw==";

    public CodatSandbox() {
        super(DockerImageName.parse(System.getProperty("sandbox.image", "localhost/codat-customers-sandbox:jvm")));
        withExposedPorts(8080);
        withEnv("SANDBOX_SEED", "7");
        withCopyFileToContainer(MountableFile.forClasspathResource("fixtures/"), "/fixtures/");
        withEnv("SANDBOX_FIXTURES_DIR", "/fixtures");
        waitingFor(Wait.forHttp("/q/health/ready").forStatusCode(200).withStartupTimeout(Duration.ofSeconds(60)));
    }

    /** Where a client under test points its Codat base URL. */
    public String baseUrl() {
        return "http://" + getHost() + ":" + getMappedPort(8080);
    }
}
