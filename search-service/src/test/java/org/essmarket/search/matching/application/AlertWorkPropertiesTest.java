package org.essmarket.search.matching.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** How long failed alert work waits before it is taken again. */
class AlertWorkPropertiesTest {

    private final AlertWorkProperties settings = new AlertWorkProperties(Duration.ofMinutes(2), Duration.ofSeconds(2),
            Duration.ofMinutes(15));

    @Test
    void failed_alert_work_waits_twice_as_long_after_each_failure_up_to_the_longest_pause() {
        assertThat(settings.pauseAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.pauseAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.pauseAfter(9)).isEqualTo(Duration.ofSeconds(512));
        assertThat(settings.pauseAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.pauseAfter(200)).as("never given up, never longer").isEqualTo(Duration.ofMinutes(15));
    }
}
