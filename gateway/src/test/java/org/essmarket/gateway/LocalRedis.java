package org.essmarket.gateway;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.essmarket.devstack.process.Ports;

import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * A real Redis server of the test's own, on a free port, that a test can stop and start again:
 * Debian's {@code redis-server} when it is installed, else the Redis binary that embedded-redis
 * ships. Nothing is saved to disk, so a restart starts empty, as a Redis replaced in production would.
 */
final class LocalRedis implements AutoCloseable {

    private final int port = Ports.freePort();
    private final RedisServer server;

    private LocalRedis() throws IOException {
        server = RedisServer.newRedisServer()
                .executableProvider(executable())
                .port(port)
                .bind("127.0.0.1")
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
    }

    static LocalRedis started() {
        try {
            LocalRedis redis = new LocalRedis();
            redis.start();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Redis", e);
        }
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    void start() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Redis on port " + port, e);
        }
    }

    void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop Redis on port " + port, e);
        }
    }

    @Override
    public void close() {
        if (server.isActive()) {
            stop();
        }
    }

    private static ExecutableProvider executable() {
        try {
            return ExecutableProvider.newExecutableInPath("redis-server");
        } catch (FileNotFoundException notInstalled) {
            return ExecutableProvider.newJarResourceProvider();
        }
    }
}
