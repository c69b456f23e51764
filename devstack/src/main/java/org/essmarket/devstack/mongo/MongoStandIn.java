package org.essmarket.devstack.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

/**
 * The MongoDB stand-in (mongo-java-server) speaking the MongoDB wire protocol on loopback. The
 * apps talk to it with the real MongoDB driver. It has no sessions, transactions or change
 * streams (see RECIPES.md): the apps rely on single-document atomicity only.
 */
public final class MongoStandIn implements AutoCloseable {

    private final MongoServer server;
    private final MongoBackend backend;
    private final String connectionString;

    private MongoStandIn(MongoBackend backend, int port) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        this.connectionString = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }

    /** For tests: fast, gone when the JVM ends. Port 0 picks a free one. */
    public static MongoStandIn inMemory(int port) {
        return new MongoStandIn(new MemoryBackend(), port);
    }

    /** For the local platform: an H2 MVStore file that survives restarts (and kill -9). */
    public static MongoStandIn onDisk(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MongoStandIn(new CommittingH2Backend(file.toAbsolutePath().toString()), port);
    }

    /**
     * Writes each command's changes to the file before answering it: MVStore alone writes them up to
     * a second later, so a kill -9 lost writes the apps had acknowledged. A command that changed
     * nothing (a read) commits nothing.
     */
    private static final class CommittingH2Backend extends H2Backend {

        CommittingH2Backend(String file) {
            super(file);
        }

        /** Each command the driver sends (OP_MSG): writes, reads and everything else. */
        @Override
        public Document handleMessage(MongoMessage message) {
            Document answer = super.handleMessage(message);
            commit();
            return answer;
        }
    }

    /** {@code mongodb://127.0.0.1:PORT}, without a database: each app names its own. */
    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdown();
        backend.close();
    }
}
