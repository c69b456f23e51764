package org.essmarket.devstack.mongo;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The stand-in as a server process of the local platform:
 * {@code java -cp devstack-exec.jar ... MongoStandInMain PORT FILE}. Stops cleanly on SIGTERM.
 */
public final class MongoStandInMain {

    private MongoStandInMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: MongoStandInMain PORT DATA_FILE");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        MongoStandIn standIn = MongoStandIn.onDisk(file, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            standIn.close();
            System.out.println("MongoDB stand-in stopped");
            stopped.countDown();
        }, "mongo-stand-in-shutdown"));
        System.out.println("MongoDB stand-in listening on " + standIn.connectionString() + ", data in " + file);
        stopped.await();
    }
}
