package dev.codatsandbox.push;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The default configuration in a sandbox of its own: the README's walk pushes to the default company, whose
 * customers other tests count, so it runs in a fresh application.
 */
public class ReadmeWalk implements QuarkusTestProfile {
}
