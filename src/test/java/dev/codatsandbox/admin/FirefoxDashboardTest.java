package dev.codatsandbox.admin;

import dev.codatsandbox.testing.AdminToken;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Typed;

import java.io.IOException;

/**
 * {@link DashboardTest}'s tests, the same methods, in Debian's Firefox ESR (headless, through its own WebDriver BiDi,
 * no geckodriver: see {@link Firefox}) instead of Chromium. The same test profile, so Quarkus is not restarted between
 * the two classes. Screenshots go to target/dashboard-screenshots/ as {@code firefox-FirefoxDashboardTest-<view>.png};
 * where Firefox is not installed the tests are skipped, loudly. A Quarkus test class is a CDI bean: {@link Typed} keeps
 * this one from also being a {@code DashboardTest} bean, which would make {@code DashboardTest} ambiguous.
 */
@QuarkusTest
@TestProfile(AdminToken.class)
@Typed(FirefoxDashboardTest.class)
class FirefoxDashboardTest extends DashboardTest {

    @Override
    Browser startBrowser() throws IOException {
        return Browser.firefox();
    }
}
