package org.essmarket.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    @Test
    void allows_its_capacity_then_says_how_long_to_wait_and_refills_over_the_minute() {
        TokenBucket bucket = new TokenBucket(3, 0);

        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).as("one token comes back every 20 s").isEqualTo(20);
        assertThat(bucket.take(19_000)).isEqualTo(1);
        assertThat(bucket.take(20_000)).isZero();
        assertThat(bucket.take(10 * 60_000)).as("never more than its capacity").isZero();
        assertThat(bucket.take(10 * 60_000)).isZero();
        assertThat(bucket.take(10 * 60_000)).isZero();
        assertThat(bucket.take(10 * 60_000)).isPositive();
    }
}
