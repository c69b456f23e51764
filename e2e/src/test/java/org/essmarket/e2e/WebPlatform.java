package org.essmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.essmarket.e2e.LaunchedPlatform.Run;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The platform, launched as {@code ./marketplace up} starts it (demo data included) with rate limits far above
 * a person's, that the browser journeys and the API fuzzing share: launching one costs minutes on two cores.
 * The first class that needs it starts it; it is stopped when the whole test run ends (JUnit closes the root
 * store then). Register it with {@code @RegisterExtension static final WebPlatform PLATFORM = new WebPlatform();}.
 */
final class WebPlatform implements BeforeAllCallback {

    /**
     * The @Order of the classes sharing it: last, after the classes that launch platforms of their own (so that
     * this one is up only while used, as JUnit stops it at the very end), the browser journeys on pristine demo
     * data first, then the fuzzing, which leaves odd data behind.
     */
    static final int BROWSER_JOURNEYS = Integer.MAX_VALUE - 1;
    static final int API_FUZZING = Integer.MAX_VALUE;

    private static final Namespace NAMESPACE = Namespace.create(WebPlatform.class);

    private LaunchedPlatform platform;

    @Override
    public void beforeAll(ExtensionContext context) {
        platform = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Started.class, key -> Started.launch(), Started.class).platform();
    }

    LaunchedPlatform platform() {
        return platform;
    }

    /** The started platform; JUnit closes it (so stops it) at the end of the run. */
    private record Started(LaunchedPlatform platform) implements AutoCloseable {

        static Started launch() {
            // A browser suite and the fuzzing call the API far more often than a person does.
            LaunchedPlatform platform = new LaunchedPlatform("web-marketplace", Map.of(
                    "RATE_LIMIT_USER_PER_MINUTE", "100000", "RATE_LIMIT_ANONYMOUS_PER_MINUTE", "100000"));
            try {
                platform.forgetEarlierRuns();
                Run up = platform.marketplace("up");
                assertThat(up.exit()).as(up.output()).isZero();
            } catch (Exception e) {
                throw new IllegalStateException("./marketplace up of the shared web platform failed", e);
            }
            return new Started(platform);
        }

        @Override
        public void close() throws Exception {
            platform.marketplace("down");
        }
    }
}
