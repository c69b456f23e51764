package org.essmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.essmarket.devstack.DevstackLayout;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web client as people use it (issue #13): the Playwright suites of {@code web/e2e/} in Debian's
 * headless Chromium, against the {@link WebPlatform} (launched as {@code ./marketplace up} starts it, demo data
 * included), through the gateway, signing in on Keycloak's real login page. One platform serves every
 * browser suite, and then the API fuzzing ({@link OpenApiFuzzIT}).
 *
 * <p>Without Chromium the test fails and says how to install it: a skipped browser suite would pass
 * for the wrong reason.
 */
@Order(WebPlatform.BROWSER_JOURNEYS)
class WebBrowserIT {

    /** Longest a whole browser run may take before it is stopped (and the test fails). */
    private static final long SUITE_MINUTES = 45;

    @RegisterExtension
    static final WebPlatform PLATFORM = new WebPlatform();

    private final DevstackLayout layout = DevstackLayout.detect();

    @Test
    void the_browser_journeys_pass_in_chromium_with_no_accessibility_violation() throws Exception {
        LaunchedPlatform platform = PLATFORM.platform();
        Path chromium = chromium();
        Path web = layout.projectRoot().resolve("web");
        ProcessBuilder npm = new ProcessBuilder("npm", "run", "test:browser").directory(web.toFile())
                .redirectErrorStream(true);
        npm.environment().putAll(Map.of(
                "ESS_BASE_URL", "http://127.0.0.1:" + platform.port("GATEWAY_PORT"),
                "ESS_KEYCLOAK_URL", platform.keycloakUrl(),
                "CHROMIUM_PATH", chromium.toString(),
                "CI", "true"));
        Process process = npm.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null;) {
                System.out.println(line); // Playwright's list reporter: each journey as it runs
                output.append(line).append('\n');
            }
        }
        boolean finished = process.waitFor(SUITE_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("the browser suites finished within %d minutes", SUITE_MINUTES).isTrue();
        assertThat(process.exitValue()).as("npm run test:browser (web/e2e) failed:\n%s", output).isZero();
        assertThat(output).as("the browser suites ran journeys").containsPattern("\\d+ passed");
    }

    /** Debian's chromium (or CHROMIUM_PATH); none → a failure that says how to get it. */
    private static Path chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        List<Path> candidates = configured == null || configured.isBlank()
                ? List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"))
                : List.of(Path.of(configured));
        return candidates.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new AssertionError(
                "The browser tests need Debian's Chromium: run `apt-get install chromium` (as root; .ci/run does it "
                        + "when it is missing), or set CHROMIUM_PATH to a Chromium 156 executable."));
    }
}
