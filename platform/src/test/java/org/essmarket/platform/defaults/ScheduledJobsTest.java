package org.essmarket.platform.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** With the platform's defaults, one slow scheduled job (a push to search) does not hold up the others. */
class ScheduledJobsTest {

    @Test
    void a_slow_job_does_not_hold_up_the_others() {
        new ApplicationContextRunner()
                .withInitializer(app -> new PlatformDefaults().postProcessEnvironment(app.getEnvironment(),
                        new SpringApplication()))
                .withConfiguration(AutoConfigurations.of(TaskSchedulingAutoConfiguration.class))
                .withUserConfiguration(TwoJobs.class)
                .run(app -> {
                    TwoJobs jobs = app.getBean(TwoJobs.class);
                    try {
                        assertThat(jobs.slowStarted.await(30, TimeUnit.SECONDS)).isTrue();
                        assertThat(jobs.otherRan.await(30, TimeUnit.SECONDS))
                                .as("the other job ran while the slow one was still running").isTrue();
                    } finally {
                        jobs.slowMayEnd.countDown();
                    }
                });
    }

    @Configuration
    @EnableScheduling
    static class TwoJobs {
        final CountDownLatch slowStarted = new CountDownLatch(1);
        final CountDownLatch slowMayEnd = new CountDownLatch(1);
        final CountDownLatch otherRan = new CountDownLatch(1);

        @Scheduled(fixedDelay = 10)
        void slow() throws InterruptedException {
            slowStarted.countDown();
            slowMayEnd.await();
        }

        @Scheduled(fixedDelay = 10, initialDelay = 50)
        void other() {
            otherRan.countDown();
        }
    }
}
