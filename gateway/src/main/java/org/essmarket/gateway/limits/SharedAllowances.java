package org.essmarket.gateway.limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;

import reactor.core.publisher.Mono;

/**
 * Allowances counted in Redis, so that every gateway node draws on the same one per caller. Redis
 * is a help, never a dependency: while it cannot answer within {@code redisTimeout} (down, not
 * started yet, slow), each node counts in its own memory, so requests are neither held up nor let
 * through unlimited, and the gateway starts whether Redis is there or not. Commands fail at once
 * while disconnected, and the client reconnects by itself.
 */
final class SharedAllowances implements Allowances, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SharedAllowances.class);
    private static final String TOKEN_BUCKET = script("token-bucket.lua");
    /** Between attempts to open the first connection; after that, the client's own reconnects. */
    private static final Duration CONNECT_RETRY = Duration.ofSeconds(1);

    private final RedisClient client;
    private final RedisURI address;
    private final Duration timeout;
    private final Allowances whileUnavailable;
    private final AtomicReference<StatefulRedisConnection<String, String>> connection = new AtomicReference<>();
    private final AtomicBoolean connecting = new AtomicBoolean();
    private final AtomicBoolean available = new AtomicBoolean(true);
    private volatile long nextConnectAttemptNanos = System.nanoTime();

    SharedAllowances(String redisUrl, Duration timeout, Allowances whileUnavailable) {
        this.address = RedisURI.create(redisUrl);
        this.address.setTimeout(timeout);
        this.timeout = timeout;
        this.whileUnavailable = whileUnavailable;
        this.client = RedisClient.create(ClientResources.builder().reconnectDelay(Delay.constant(CONNECT_RETRY)).build());
        this.client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .build());
        connect();
    }

    @Override
    public Mono<Long> take(String caller, int requestsPerMinute) {
        StatefulRedisConnection<String, String> redis = connection.get();
        if (redis == null) {
            connect();
            return whileUnavailable.take(caller, requestsPerMinute);
        }
        return redis.reactive()
                .<Long>eval(TOKEN_BUCKET, ScriptOutputType.INTEGER, new String[] { "rate-limit:" + caller },
                        Integer.toString(requestsPerMinute))
                .next()
                // Lettuce's command timeout frees the command on its side; this one bounds the
                // request's wait whatever state the connection is in.
                .timeout(timeout)
                .doOnNext(answered -> {
                    if (available.compareAndSet(false, true)) {
                        LOG.info("Redis at {} answers again: rate limits are shared by the gateway nodes", where());
                    }
                })
                .onErrorResume(failure -> {
                    unavailable(failure);
                    return whileUnavailable.take(caller, requestsPerMinute);
                });
    }

    /** Opens the first connection in the background, at most once a second while Redis is away. */
    private void connect() {
        if (System.nanoTime() - nextConnectAttemptNanos < 0 || !connecting.compareAndSet(false, true)) {
            return;
        }
        client.connectAsync(StringCodec.UTF8, address).whenComplete((opened, failure) -> {
            if (failure == null) {
                connection.set(opened);
            } else {
                nextConnectAttemptNanos = System.nanoTime() + CONNECT_RETRY.toNanos();
                unavailable(failure);
            }
            connecting.set(false);
        });
    }

    private void unavailable(Throwable failure) {
        if (available.compareAndSet(true, false)) {
            LOG.warn("Redis at {} does not answer ({}): each gateway node counts rate limits on its own until it does",
                    where(), failure.toString());
        }
    }

    private String where() {
        return address.getHost() + ":" + address.getPort();
    }

    @Override
    public void close() {
        StatefulRedisConnection<String, String> redis = connection.getAndSet(null);
        if (redis != null) {
            redis.close();
        }
        client.shutdown();
    }

    private static String script(String name) {
        try {
            return new ClassPathResource(name, SharedAllowances.class).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
