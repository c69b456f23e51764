package org.essmarket.tender.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.essmarket.tender.bid.domain.Bid;
import org.essmarket.tender.bid.domain.BidStatus;
import org.essmarket.tender.bid.domain.LotOffer;
import org.essmarket.tender.bid.domain.Tenderer;
import org.essmarket.tender.bid.domain.TendererRole;
import org.essmarket.tender.opendata.application.OcdsMapper;
import org.essmarket.tender.tender.domain.Fixtures;
import org.essmarket.tender.tender.domain.Lot;
import org.essmarket.tender.tender.domain.LotLimits;
import org.essmarket.tender.tender.domain.Reservation;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The acceptance check of the open-data export: a tender of three lots, the second reserved to
 * disabled workers' structures (L2113-12), exported while bids are sealed, then once two lots are
 * awarded to two different bids, then fully awarded; each release package validates against the
 * official OCDS 1.1.5 schema with the lots, bid and otherRequirements extensions.
 */
class OcdsExportTest {

    static final String LYON = "21690123100011";
    static final Instant PUBLISHED_AT = Fixtures.NOW;
    static final Instant DEADLINE = PUBLISHED_AT.plus(Duration.ofDays(30));
    static final Instant AFTER_DEADLINE = DEADLINE.plus(Duration.ofDays(5));
    static final URI URI_OF_PACKAGE = URI.create("https://essmarket.example/api/v1/tenders/t-1/ocds");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final OcdsMapper mapper = new OcdsMapper(Fixtures.CODES);

    static final Tenderer JARDINS = new Tenderer("s-jardins", "80746931700018", "Jardins de Cocagne", TendererRole.SOLE,
            Set.of(1, 3), Set.of("ACI"), "69");
    static final Tenderer ESAT = new Tenderer("s-esat", "75187049400026", "ESAT du Rhône", TendererRole.LEAD, Set.of(2),
            Set.of("ESAT"), "69");
    static final Tenderer EA = new Tenderer("s-ea", "79285470500029", "EA Propreté", TendererRole.MEMBER, Set.of(2),
            Set.of("EA"), "69");
    static final Tenderer SUBCONTRACTOR = new Tenderer("s-sub", "35600000000048", "Sous-traitant SA",
            TendererRole.SUBCONTRACTOR, Set.of(2), Set.of(), "75");

    /** Three lots, the second reserved (L2113-12). */
    static Tender publishedTender() {
        List<Lot> lots = List.of(new Lot(1, "Espaces verts", "77310000", new BigDecimal("120000"), Reservation.NONE),
                new Lot(2, "Nettoyage", "90910000", new BigDecimal("80000"), Reservation.DISABILITY),
                new Lot(3, "Restauration", "55300000", new BigDecimal("50000"), Reservation.NONE));
        return Tender.restore("t-1", LYON, "buyer-1", PUBLISHED_AT.minus(Duration.ofDays(3)), 4L,
                Fixtures.terms(lots, null, Fixtures.criteria(), DEADLINE).withLotLimits(new LotLimits(2, 2)),
                TenderStatus.PUBLISHED, null, PUBLISHED_AT,
                List.of());
    }

    /** A supplier alone on lots 1 and 3, a groupement (with a subcontractor) on lot 2, and a withdrawn bid. */
    static List<Bid> bids() {
        Instant before = DEADLINE.minus(Duration.ofDays(2));
        Tenderer withdrawing = new Tenderer("s-gone", "13001898900017", "Retirée SARL", TendererRole.SOLE, Set.of(1),
                Set.of(), "69");
        return List.of(
                bid("b-jardins", null, List.of(JARDINS), List.of(new LotOffer(1, new BigDecimal("110000.00")),
                        new LotOffer(3, new BigDecimal("48000.00"))), before, BidStatus.PENDING),
                bid("b-esat", "c-1", List.of(ESAT, EA, SUBCONTRACTOR), List.of(new LotOffer(2, new BigDecimal("76500.50"))),
                        before, BidStatus.PENDING),
                bid("b-gone", null, List.of(withdrawing), List.of(new LotOffer(1, new BigDecimal("90000"))), before,
                        BidStatus.WITHDRAWN));
    }

    static Bid bid(String id, String consortiumId, List<Tenderer> tenderers, List<LotOffer> offers, Instant at,
            BidStatus status) {
        return Bid.restore(id, "t-1", consortiumId, tenderers, offers, "user-" + id, at, null, 1L,
                status, null);
    }

    private JsonNode export(Tender tender, Instant now) {
        return export(tender, bids(), now);
    }

    private JsonNode export(Tender tender, List<Bid> bids, Instant now) {
        JsonNode releasePackage = JSON.valueToTree(mapper.releasePackage(tender, bids, URI_OF_PACKAGE, now));
        assertThat(OcdsSchema.errors(releasePackage)).as(releasePackage.toPrettyString()).isEmpty();
        return releasePackage;
    }

    @Test
    void while_bids_are_sealed_the_release_announces_the_tender_and_names_no_bid_nor_bidder() {
        JsonNode releasePackage = export(publishedTender(), DEADLINE.minusSeconds(1));
        JsonNode release = releasePackage.get("releases").get(0);

        assertThat(release.get("ocid").asString()).isEqualTo("ocds-essmkt-t-1");
        assertThat(release.get("tag").toString()).isEqualTo("[\"tender\"]");
        assertThat(release.get("tender").get("status").asString()).isEqualTo("active");
        assertThat(release.get("tender").get("tenderPeriod").get("endDate").asString()).isEqualTo(DEADLINE.toString());
        assertThat(release.has("bids")).isFalse();
        assertThat(release.has("awards")).isFalse();
        assertThat(release.get("parties")).hasSize(1);
        assertThat(release.get("parties").get(0).get("roles").toString()).isEqualTo("[\"buyer\",\"procuringEntity\"]");
        assertThat(releasePackage.toString()).doesNotContain("Jardins", JARDINS.siret(), "ESAT du", "b-esat");
    }

    @Test
    void the_official_schema_refuses_what_the_extensions_forbid() {
        JsonNode releasePackage = JSON.valueToTree(mapper.releasePackage(publishedTender(), bids(), URI_OF_PACKAGE,
                DEADLINE));
        JsonNode release = releasePackage.get("releases").get(0);
        ((ObjectNode) release.get("tender").get("lots").get(1).get("otherRequirements"))
                .putArray("reservedParticipation");
        ((ObjectNode) release.get("bids").get("statistics").get(0)).remove("value");

        assertThat(OcdsSchema.errors(releasePackage)).hasSize(2).anyMatch(error -> error.contains("reservedParticipation"))
                .anyMatch(error -> error.contains("value"));
    }

    @Test
    void the_reserved_lot_says_for_whom_and_the_others_are_open_to_all() {
        JsonNode lots = export(publishedTender(), PUBLISHED_AT).get("releases").get(0).get("tender").get("lots");

        assertThat(lots).hasSize(3);
        assertThat(lots.get(1).get("otherRequirements").get("reservedParticipation").toString())
                .isEqualTo("[\"shelteredWorkshop\"]");
        assertThat(lots.get(1).get("description").asString()).contains("L2113-12");
        assertThat(lots.get(0).has("otherRequirements")).isFalse();
        assertThat(lots.get(2).has("otherRequirements")).isFalse();
    }

    /** The published tender, closed, its first lot awarded to the supplier alone, its reserved lot to the groupement. */
    static Tender withTwoLotsAwarded() {
        Tender tender = publishedTender();
        tender.awardLot(1, "b-jardins", JARDINS.supplierId(), new BigDecimal("110000.00"), AFTER_DEADLINE);
        tender.awardLot(2, "b-esat", ESAT.supplierId(), new BigDecimal("76500.50"), AFTER_DEADLINE);
        return tender;
    }

    @Test
    void once_two_lots_are_awarded_the_awards_name_the_winners_and_their_amounts_and_losing_bids_stay_secret() {
        Tender tender = withTwoLotsAwarded();
        Tenderer loser = new Tenderer("s-lost", "44306184100047", "Perdante SAS", TendererRole.SOLE, Set.of(2),
                Set.of("EA"), "69");
        List<Bid> bids = new ArrayList<>(bids());
        bids.add(bid("b-lost", null, List.of(loser), List.of(new LotOffer(2, new BigDecimal("70123.45"))),
                DEADLINE.minus(Duration.ofDays(1)), BidStatus.PENDING));

        JsonNode release = export(tender, bids, AFTER_DEADLINE).get("releases").get(0);

        assertThat(tender.status()).isEqualTo(TenderStatus.CLOSED);
        assertThat(release.get("tag").toString()).isEqualTo("[\"tender\",\"award\"]");
        JsonNode awardOfLot2 = release.get("awards").get(1);
        assertThat(awardOfLot2.get("relatedLots").toString()).isEqualTo("[\"2\"]");
        assertThat(awardOfLot2.has("relatedBid")).as("bids are not published, so not referred to").isFalse();
        assertThat(awardOfLot2.get("value").get("amount").decimalValue()).isEqualByComparingTo("76500.50");
        assertThat(awardOfLot2.get("value").get("currency").asString()).isEqualTo("EUR");
        assertThat(awardOfLot2.get("suppliers").findValuesAsString("id"))
                .containsExactly("FR-RCS-" + ESAT.siret(), "FR-RCS-" + EA.siret());
        assertThat(release.get("bids").has("details")).isFalse();
        assertThat(withId(release.get("bids").get("statistics"), "bids-lot-2").get("value").asInt()).isEqualTo(2);
        assertThat(release.toString()).doesNotContain("Perdante", loser.siret(), "70123");
        assertThat(release.get("awards").get(0).get("suppliers").findValuesAsString("name"))
                .containsExactly("Jardins de Cocagne");
        assertThat(party(release, EA.siret()).get("roles").toString()).isEqualTo("[\"tenderer\",\"supplier\"]");
        assertThat(release.get("tender").get("lots").findValuesAsString("status"))
                .containsExactly("complete", "complete", "active");
    }

    @Test
    void after_the_deadline_the_release_counts_the_bids_per_lot_and_names_no_bidder_nor_price() {
        JsonNode release = export(publishedTender(), DEADLINE).get("releases").get(0);

        JsonNode bids = release.get("bids");
        assertThat(bids.has("details")).as("prices of bids not awarded are business secrets").isFalse();
        assertThat(bids.get("statistics").findValuesAsString("id")).containsExactly("bids", "bids-lot-1", "bids-lot-2",
                "bids-lot-3");
        assertThat(bids.get("statistics").findValues("value")).extracting(JsonNode::asInt).containsExactly(2, 1, 1, 1);
        assertThat(release.toString()).doesNotContain("Jardins", JARDINS.siret(), "ESAT du", "110000", "76500",
                "Retirée", SUBCONTRACTOR.siret());
        assertThat(release.get("parties")).as("the buyer only, until an award").hasSize(1);
    }

    @Test
    void a_fully_awarded_tender_is_complete_and_tagged_award() {
        Tender tender = withTwoLotsAwarded();
        tender.awardLot(3, "b-jardins", JARDINS.supplierId(), new BigDecimal("48000.00"), AFTER_DEADLINE.plusSeconds(60));

        JsonNode releasePackage = export(tender, AFTER_DEADLINE.plus(Duration.ofDays(1)));
        JsonNode release = releasePackage.get("releases").get(0);

        assertThat(release.get("tag").toString()).isEqualTo("[\"award\"]");
        assertThat(release.get("tender").get("status").asString()).isEqualTo("complete");
        assertThat(release.get("awards")).hasSize(3);
        assertThat(release.get("date").asString()).isEqualTo(AFTER_DEADLINE.plusSeconds(60).toString());
        assertThat(releasePackage.get("publishedDate")).isEqualTo(release.get("date"));
        assertThat(release.get("id").asString()).isEqualTo("ocds-essmkt-t-1-awarded-4");
    }

    private static JsonNode withId(JsonNode objects, String id) {
        for (JsonNode object : objects) {
            if (object.get("id").asString().equals(id)) {
                return object;
            }
        }
        throw new AssertionError("No " + id + " in " + objects);
    }

    private static JsonNode party(JsonNode release, String siret) {
        return withId(release.get("parties"), "FR-RCS-" + siret);
    }
}
