package org.essmarket.devstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

class MongoStandInTest {

    @Test
    void a_write_the_stand_in_acknowledged_is_in_its_file_at_once_as_a_kill_9_would_leave_it(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("marketplace.mv");
        Path leftByAKill = folder.resolve("left-by-a-kill.mv");
        try (MongoStandIn standIn = MongoStandIn.onDisk(file, 0);
                MongoClient client = MongoClients.create(standIn.connectionString())) {
            client.getDatabase("tenders").getCollection("bids").insertOne(new Document("_id", "bid-1").append("amount", 42000));
            // The file as it is the moment the write is acknowledged: what a kill -9 would leave.
            Files.copy(file, leftByAKill);
        }

        try (MongoStandIn restarted = MongoStandIn.onDisk(leftByAKill, 0);
                MongoClient client = MongoClients.create(restarted.connectionString())) {
            assertThat(client.getDatabase("tenders").getCollection("bids").find(Filters.eq("_id", "bid-1")).first())
                    .as("the acknowledged bid").isNotNull();
        }
    }
}
