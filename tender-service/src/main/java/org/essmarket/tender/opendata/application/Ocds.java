package org.essmarket.tender.opendata.application;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * The part of OCDS 1.1.5 we publish (release package, release, and the lots, bid and
 * otherRequirements extensions), field for field as the schema names them. Absent (null or empty)
 * fields are left out of the JSON rather than written as null: that is what OCDS publishers do,
 * and several fields (identifiers, lists with minItems) may not be empty.
 */
public final class Ocds {

    private Ocds() {
    }

    @JsonInclude(Include.NON_EMPTY)
    public record ReleasePackage(URI uri, String version, List<URI> extensions, Instant publishedDate,
            Publisher publisher, List<Release> releases) {
    }

    @JsonInclude(Include.NON_EMPTY)
    public record Publisher(String name) {
    }

    @JsonInclude(Include.NON_EMPTY)
    public record Release(String ocid, String id, Instant date, List<String> tag, String initiationType,
            List<Party> parties, OrganizationReference buyer, Tender tender, Bids bids, List<Award> awards) {
    }

    @JsonInclude(Include.NON_EMPTY)
    public record Party(String id, String name, Identifier identifier, List<String> roles) {
    }

    @JsonInclude(Include.NON_EMPTY)
    public record Identifier(String scheme, String id, String legalName) {
    }

    @JsonInclude(Include.NON_EMPTY)
    public record OrganizationReference(String id, String name) {
    }

    @JsonInclude(Include.NON_EMPTY)
    public record Tender(String id, String title, String description, String status,
            OrganizationReference procuringEntity, List<Item> items, Value value, String procurementMethod,
            String procurementMethodDetails, String mainProcurementCategory, String awardCriteria,
            String awardCriteriaDetails, List<String> submissionMethod, Period tenderPeriod, List<Lot> lots,
            LotDetails lotDetails) {
    }

    @JsonInclude(Include.NON_EMPTY)
    public record Value(BigDecimal amount, String currency) {
    }

    @JsonInclude(Include.NON_EMPTY)
    public record Item(String id, String description, Classification classification, String relatedLot) {
    }

    @JsonInclude(Include.NON_EMPTY)
    public record Classification(String scheme, String id, String description) {
    }

    @JsonInclude(Include.NON_EMPTY)
    public record Period(Instant startDate, Instant endDate) {
    }

    /** Lots extension. */
    @JsonInclude(Include.NON_EMPTY)
    public record Lot(String id, String title, String description, String status, Value value,
            OtherRequirements otherRequirements) {
    }

    /** Lots extension. */
    @JsonInclude(Include.NON_EMPTY)
    public record LotDetails(Integer maximumLotsBidPerSupplier, Integer maximumLotsAwardedPerSupplier) {
    }

    /** OtherRequirements extension. */
    @JsonInclude(Include.NON_EMPTY)
    public record OtherRequirements(List<String> reservedParticipation) {
    }

    /** Bid extension: statistics only; the bids themselves are not published. */
    @JsonInclude(Include.NON_EMPTY)
    public record Bids(List<Statistic> statistics) {
    }

    /** Bid extension. */
    @JsonInclude(Include.NON_EMPTY)
    public record Statistic(String id, String measure, int value, String relatedLot) {
    }

    @JsonInclude(Include.NON_EMPTY)
    public record Award(String id, String title, String status, Instant date, Value value,
            List<OrganizationReference> suppliers, List<String> relatedLots) {
    }
}
