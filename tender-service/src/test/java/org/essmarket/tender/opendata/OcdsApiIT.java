package org.essmarket.tender.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.devstack.test.ServiceIntegrationTest;
import org.essmarket.devstack.test.Tokens;
import org.essmarket.tender.bid.domain.Bid;
import org.essmarket.tender.bid.domain.BidStatus;
import org.essmarket.tender.bid.persistence.BidStore;
import org.essmarket.tender.tender.domain.LotAward;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.essmarket.tender.tender.persistence.TenderStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/tenders/{id}/ocds} on the running service, with real tokens: open data for
 * whoever may see the tender, 404 for the others, and a body the official OCDS schema accepts.
 * The bids of {@link OcdsExportTest} are stored directly on each tender (ids prefixed when asked).
 */
@ServiceIntegrationTest
class OcdsApiIT {

    private static final String PARIS = "21750001600019";

    @LocalServerPort
    int port;

    @Autowired
    TenderStore store;

    @Autowired
    BidStore bidStore;

    private void storeBids(String tenderId, String idPrefix, List<Bid> bids) {
        for (Bid bid : bids) {
            bidStore.insertNew(Bid.restore(idPrefix + bid.id(), tenderId, bid.consortiumId(), bid.tenderers(),
                    bid.offers(), bid.submittedBy(), bid.submittedAt(), bid.requestFingerprint(), null,
                    bid.status(), bid.withdrawnAt()));
        }
    }

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** The tender of {@link OcdsExportTest} (three lots, the second reserved), of another buyer body, under a new id. */
    private Tender store(TenderStatus status, Instant deadline, List<LotAward> awards) {
        Tender tender = OcdsExportTest.publishedTender();
        return store.save(Tender.restore(UUID.randomUUID().toString(), PARIS, "someone-else",
                Instant.now().minus(Duration.ofDays(40)), null, tender.terms().withDeadline(deadline), status, null,
                status == TenderStatus.DRAFT ? null : deadline.minus(Duration.ofDays(30)), awards));
    }

    private JsonNode validOcds(String tenderId, String token) {
        Response response = api.get("/api/v1/tenders/" + tenderId + "/ocds", token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode releasePackage = response.json();
        assertThat(OcdsSchema.errors(releasePackage)).as(response.body()).isEmpty();
        return releasePackage;
    }

    @Test
    void anyone_reads_the_open_data_of_a_public_tender_and_it_validates() {
        Tender tender = store(TenderStatus.PUBLISHED, Instant.now().plus(Duration.ofDays(20)), List.of());
        storeBids(tender.id(), "sealed-", OcdsExportTest.bids());

        JsonNode releasePackage = validOcds(tender.id(), null);

        assertThat(releasePackage.get("uri").asString()).endsWith("/api/v1/tenders/" + tender.id() + "/ocds");
        JsonNode release = releasePackage.get("releases").get(0);
        assertThat(release.get("ocid").asString()).isEqualTo("ocds-essmkt-" + tender.id());
        assertThat(release.get("buyer").get("id").asString()).isEqualTo("FR-RCS-" + PARIS);
        assertThat(release.has("bids")).as("sealed until the deadline").isFalse();
        assertThat(release.get("tender").get("lots").get(1).get("otherRequirements").get("reservedParticipation")
                .get(0).asString()).isEqualTo("shelteredWorkshop");
    }

    @Test
    void a_draft_is_not_found_by_anyone_but_its_buyer_body() {
        Tender draft = store(TenderStatus.DRAFT, Instant.now().plus(Duration.ofDays(20)), List.of());

        assertThat(api.get("/api/v1/tenders/" + draft.id() + "/ocds", null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/tenders/" + draft.id() + "/ocds", Tokens.forUser(DemoUsers.BUYER)).status())
                .as("the demo buyer acts for Lyon, not Paris").isEqualTo(404);
        assertThat(api.get("/api/v1/tenders/" + UUID.randomUUID() + "/ocds", null).status()).isEqualTo(404);
    }

    @Test
    void once_awarded_the_open_data_names_the_winners_and_counts_the_bids() {
        Instant deadline = Instant.now().minus(Duration.ofDays(5));
        Instant awardedAt = deadline.plus(Duration.ofDays(2));
        Tender tender = store(TenderStatus.CLOSED, deadline, List.of(
                new LotAward(2, "b-esat", OcdsExportTest.ESAT.supplierId(), new BigDecimal("76500.50"), awardedAt, true,
                        null)));
        storeBids(tender.id(), "", OcdsExportTest.bids().stream().map(bid -> bid.id().equals("b-esat")
                ? OcdsExportTest.bid(bid.id(), bid.consortiumId(), bid.tenderers(), bid.offers(), bid.submittedAt(),
                        BidStatus.AWARDED)
                : bid).toList());

        JsonNode release = validOcds(tender.id(), Tokens.forUser(DemoUsers.SUPPLIER)).get("releases").get(0);

        assertThat(release.get("bids").has("details")).isFalse();
        assertThat(release.get("bids").get("statistics").get(0).get("value").asInt()).isEqualTo(2);
        assertThat(release.toString()).doesNotContain("Jardins", "110000");
        JsonNode award = release.get("awards").get(0);
        assertThat(award.get("suppliers").get(0).get("id").asString())
                .isEqualTo("FR-RCS-" + OcdsExportTest.ESAT.siret());
        assertThat(award.get("value").get("amount").decimalValue()).isEqualByComparingTo("76500.50");
    }
}
