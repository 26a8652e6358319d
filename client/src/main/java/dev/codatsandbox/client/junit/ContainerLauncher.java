package dev.codatsandbox.client.junit;

import dev.codatsandbox.client.SandboxSettings;
import dev.codatsandbox.client.testcontainers.CodatSandboxContainer;
import org.testcontainers.DockerClientFactory;

/**
 * The extension's use of Testcontainers, in a class of its own so that nothing of Testcontainers is loaded unless it
 * is on the class path.
 */
final class ContainerLauncher {

    private ContainerLauncher() {
    }

    static boolean available() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory", false, ContainerLauncher.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    static RunningSandbox start(String image, SandboxSettings settings) {
        CodatSandboxContainer container = new CodatSandboxContainer(image).withSettings(settings);
        container.start();
        return new RunningSandbox("container " + image + " at " + container.getBaseUrl(), container.client(),
                container::stop);
    }
}
