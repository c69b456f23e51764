package org.essmarket.platform.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import com.mongodb.client.MongoClient;

/**
 * MongoDB health through {@code ping}. Boot's own indicator sends {@code hello}, which the MongoDB
 * stand-in of the local platform does not know; {@code ping} works on both it and real MongoDB.
 */
public final class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient client;

    public MongoPingHealthIndicator(MongoClient client) {
        super("MongoDB ping failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        client.getDatabase("admin").runCommand(new Document("ping", 1));
        builder.up();
    }
}
