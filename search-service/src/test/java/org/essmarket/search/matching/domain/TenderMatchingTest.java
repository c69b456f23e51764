package org.essmarket.search.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.essmarket.search.catalogue.domain.GeoPoint;
import org.essmarket.search.catalogue.domain.SupplierKind;
import org.essmarket.search.tenders.domain.Reservation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which suppliers a published tender concerns, and who is told (DESIGN.md §3 "Matching", "Alerts"). */
class TenderMatchingTest {

    private static final GeoPoint TOULOUSE = new GeoPoint(43.6045, 1.4440);
    /** Haute-Garonne's centroid, about 40 km south-west of Toulouse. */
    private static final GeoPoint HAUTE_GARONNE = new GeoPoint(43.358, 1.172);
    private static final Instant DEADLINE = Instant.parse("2027-03-01T12:00:00Z");
    private static final TenderPlace IN_31 = new TenderPlace(Set.of("31"), Set.of("76"), List.of(HAUTE_GARONNE));

    private static PublishedTender cleaning(List<PublishedTender.Lot> lots) {
        return new PublishedTender("t1", "Nettoyage des écoles", "PUBLISHED", List.of("90910000"), lots, IN_31,
                DEADLINE);
    }

    private static MatchableSupplier supplier(String cpv, GeographicRange range, SupplierKind... kinds) {
        return new MatchableSupplier("s1", "VERIFIED", Set.of(kinds), TOULOUSE,
                List.of(new SupplierActivity(List.of(cpv), range)), List.of("u1", "u2"));
    }

    @ParameterizedTest(name = "supplier {0} / tender {1}: {2}")
    @CsvSource({
            "90910000, 90911200, true",  // same class
            "90900000, 90919200, true",  // the supplier's group covers the tender's code
            "90000000, 90511000, true",  // a supplier that says only "division 90" matches all of 90
            "90910000, 90000000, true",  // so does a tender that says only "division 90"
            "90910000, 90511000, false", // same division, other group: cleaning is not refuse collection
            "45000000, 90910000, false",
            "x, 90910000, false" })
    void cpv_codes_match_on_their_group_or_on_the_less_precise_one(String supplierCode, String tenderCode,
            boolean same) {
        assertThat(CpvProximity.sameTrade(supplierCode, tenderCode)).isEqualTo(same);
    }

    @Test
    void a_verified_supplier_of_the_trade_working_nationwide_is_concerned() {
        assertThat(TenderMatching.concerns(cleaning(List.of()), supplier("90911000", GeographicRange.country())))
                .isTrue();
    }

    @Test
    void a_supplier_that_is_not_verified_or_of_another_trade_is_not() {
        MatchableSupplier pending = new MatchableSupplier("s", "PENDING", Set.of(), TOULOUSE,
                List.of(new SupplierActivity(List.of("90911000"), GeographicRange.country())), List.of("u"));

        assertThat(TenderMatching.concerns(cleaning(List.of()), pending)).isFalse();
        assertThat(TenderMatching.concerns(cleaning(List.of()), supplier("55520000", GeographicRange.country())))
                .isFalse();
    }

    @Test
    void the_trade_and_the_place_must_be_those_of_one_activity() {
        MatchableSupplier split = new MatchableSupplier("s", "VERIFIED", Set.of(), TOULOUSE, List.of(
                new SupplierActivity(List.of("90911000"), new GeographicRange(GeographicRange.Kind.ZONES, null,
                        Set.of("13"), Set.of())),
                new SupplierActivity(List.of("55520000"), GeographicRange.country())), List.of("u"));

        assertThat(TenderMatching.concerns(cleaning(List.of()), split)).isFalse();
    }

    @Test
    void zones_cover_a_tender_in_one_of_their_departments_or_regions() {
        GeographicRange department = new GeographicRange(GeographicRange.Kind.ZONES, null, Set.of("31"), Set.of());
        GeographicRange region = new GeographicRange(GeographicRange.Kind.ZONES, null, Set.of(), Set.of("76"));
        GeographicRange elsewhere = new GeographicRange(GeographicRange.Kind.ZONES, null, Set.of("75"), Set.of("11"));
        TenderPlace nationwide = new TenderPlace(Set.of(), Set.of(), List.of());

        assertThat(department.covers(IN_31, null)).isTrue();
        assertThat(region.covers(IN_31, null)).isTrue();
        assertThat(elsewhere.covers(IN_31, null)).isFalse();
        assertThat(department.covers(nationwide, null)).as("zones cannot perform a nationwide tender").isFalse();
        assertThat(GeographicRange.country().covers(nationwide, null)).isTrue();
    }

    @Test
    void a_radius_covers_a_place_whose_centre_is_within_it() {
        GeographicRange fifty = new GeographicRange(GeographicRange.Kind.RADIUS, 50, null, null);
        GeographicRange ten = new GeographicRange(GeographicRange.Kind.RADIUS, 10, null, null);

        assertThat(fifty.covers(IN_31, TOULOUSE)).isTrue();
        assertThat(ten.covers(IN_31, TOULOUSE)).isFalse();
        assertThat(fifty.covers(IN_31, null)).as("no location: we cannot tell, so no").isFalse();
        assertThat(fifty.covers(new TenderPlace(Set.of("31"), Set.of(), List.of()), TOULOUSE))
                .as("no known centre: no").isFalse();
    }

    @Test
    void when_every_lot_is_reserved_only_eligible_kinds_are_concerned_and_only_for_their_lots() {
        PublishedTender reserved = cleaning(List.of(new PublishedTender.Lot("90910000", Reservation.DISABILITY),
                new PublishedTender.Lot("77310000", Reservation.INSERTION)));

        assertThat(TenderMatching.concerns(reserved, supplier("90911000", GeographicRange.country(), SupplierKind.ESAT)))
                .isTrue();
        assertThat(TenderMatching.concerns(reserved, supplier("90911000", GeographicRange.country(), SupplierKind.SCOP)))
                .isFalse();
        assertThat(TenderMatching.concerns(reserved, supplier("90911000", GeographicRange.country(), SupplierKind.ACI)))
                .as("an SIAE may bid only for the green-space lot, not for cleaning").isFalse();
        assertThat(TenderMatching.concerns(reserved, supplier("77310000", GeographicRange.country(), SupplierKind.ACI)))
                .isTrue();
    }

    @Test
    void a_tender_with_one_open_lot_concerns_every_kind() {
        PublishedTender mixed = cleaning(List.of(new PublishedTender.Lot("90910000", Reservation.DISABILITY),
                new PublishedTender.Lot("90910000", null)));

        assertThat(TenderMatching.concerns(mixed, supplier("90911000", GeographicRange.country(), SupplierKind.SCOP)))
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource({ "BOTH, EA, true", "BOTH, ETTI, true", "BOTH, SCOP, false", "ESS, SCIC, true", "ESS, EI, false",
            "INSERTION, EITI, true", "DISABILITY, EATT, true", "DISABILITY, GEIQ, false" })
    void reservations_admit_the_kinds_the_code_names(Reservation reservation, SupplierKind kind, boolean admitted) {
        assertThat(reservation.admits(Set.of(kind))).isEqualTo(admitted);
    }

    @Test
    void each_member_of_each_concerned_supplier_is_told_once_under_a_stable_id() {
        PublishedTender tender = cleaning(List.of());
        MatchableSupplier first = supplier("90911000", GeographicRange.country());
        MatchableSupplier second = new MatchableSupplier("s2", "VERIFIED", Set.of(), null,
                List.of(new SupplierActivity(List.of("90919000"), GeographicRange.country())), List.of("u2", "u3"));
        MatchableSupplier unconcerned = new MatchableSupplier("s3", "VERIFIED", Set.of(), null,
                List.of(new SupplierActivity(List.of("55520000"), GeographicRange.country())), List.of("u4"));

        List<TenderAlert> alerts = TenderMatching.alerts(tender, List.of(first, second, unconcerned));

        assertThat(alerts).extracting(TenderAlert::recipientUserId).containsExactly("u1", "u2", "u3");
        assertThat(alerts.get(0).id()).isEqualTo("tender-alert:t1:u1");
        assertThat(TenderMatching.alerts(tender, List.of(first))).isEqualTo(TenderMatching.alerts(tender, List.of(first)));
        assertThat(alerts.get(0).title()).contains("Nettoyage des écoles");
    }

    @Test
    void a_supplier_that_starts_matching_late_is_told_of_each_open_tender_that_concerns_it_under_the_same_ids() {
        PublishedTender cleaning = cleaning(List.of());
        PublishedTender catering = new PublishedTender("t2", "Restauration scolaire", "PUBLISHED",
                List.of("55520000"), List.of(), IN_31, DEADLINE);
        PublishedTender elsewhere = new PublishedTender("t3", "Nettoyage à Brest", "PUBLISHED", List.of("90910000"),
                List.of(), new TenderPlace(Set.of("29"), Set.of("53"), List.of(new GeoPoint(48.26, -4.06))),
                DEADLINE);
        MatchableSupplier supplier = supplier("90911000", new GeographicRange(GeographicRange.Kind.RADIUS, 60,
                Set.of(), Set.of()));

        List<TenderAlert> alerts = TenderMatching.alertsFor(supplier, List.of(cleaning, catering, elsewhere));

        assertThat(alerts).extracting(TenderAlert::tenderId, TenderAlert::recipientUserId)
                .containsExactly(tuple("t1", "u1"),
                        tuple("t1", "u2"));
        assertThat(alerts).as("the ids a tender's own alerts would have: nobody is told twice")
                .isEqualTo(TenderMatching.alerts(cleaning, List.of(supplier)));
    }

    @Test
    void a_tender_that_is_not_published_concerns_nobody() {
        PublishedTender planned = new PublishedTender("t", "x", "PLANNED", List.of("90910000"), List.of(), IN_31,
                DEADLINE);

        assertThat(TenderMatching.alerts(planned, List.of(supplier("90911000", GeographicRange.country())))).isEmpty();
    }

    @Test
    void a_published_tender_is_announced_until_its_deadline_and_never_after() {
        PublishedTender tender = cleaning(List.of());

        assertThat(tender.isOpenAt(DEADLINE.minusSeconds(1))).isTrue();
        assertThat(tender.isOpenAt(DEADLINE)).as("bids close at the deadline").isFalse();
        assertThat(tender.isOpenAt(DEADLINE.plusSeconds(3600))).as("still PUBLISHED, pushed late").isFalse();
    }
}
