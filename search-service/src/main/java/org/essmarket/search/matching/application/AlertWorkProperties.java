package org.essmarket.search.matching.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The alert work outbox ({@code essmarket.matching.alert-work.*}, application.yml): how long a
 * worker keeps a piece of work before another may take it ({@code claim}: longer than matching one
 * document takes), and how a failed piece is retried (a pause from {@code firstRetry} doubling up to
 * {@code longestRetry}, for as long as it fails: an alert is never given up).
 */
@ConfigurationProperties("essmarket.matching.alert-work")
public record AlertWorkProperties(Duration claim, Duration firstRetry, Duration longestRetry) {

    /** {@code firstRetry}, doubled at each further failure, at most {@code longestRetry}. */
    Duration pauseAfter(int failures) {
        Duration pause = firstRetry.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 30));
        return pause.compareTo(longestRetry) > 0 ? longestRetry : pause;
    }
}
