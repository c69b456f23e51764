package org.essmarket.tender.tender.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.essmarket.tender.reference.domain.ReferenceCodes;

/**
 * The rules a tender's terms follow whatever its state, checked on every write. Each refusal is an
 * {@link InvalidFieldException} naming the field. Gives the terms normalised: CPV codes as 8 digits
 * without check digit, department codes upper case, the justification dropped when there are lots.
 */
public class TenderRules {

    private static final Pattern CPV = Pattern.compile("(\\d{8})(?:-(\\d))?");

    private final ReferenceCodes codes;

    public TenderRules(ReferenceCodes codes) {
        this.codes = codes;
    }

    /** @param now the deadline, when given, must be after it */
    public TenderTerms check(TenderTerms terms, Instant now) {
        if (terms == null) {
            throw new InvalidFieldException("terms", "The tender's terms are required");
        }
        required(terms.title(), "title");
        if (terms.kind() == null) {
            throw new InvalidFieldException("kind", "Say whether this is a TENDER, a QUOTE or a SOURCING call");
        }
        if (terms.procedure() == null) {
            throw new InvalidFieldException("procedure", "The procedure (MAPA, OPEN, RESTRICTED, NEGOTIATED) is required");
        }
        notNegative(terms.estimatedValue(), "estimatedValue");
        PlaceOfPerformance place = checkPlace(terms.place());
        List<String> cpvCodes = new ArrayList<>(new LinkedHashSet<>(normaliseCpvs(terms.cpvCodes())));
        SocialClause social = terms.socialClause();
        if (social != null && social.insertionHours() < 0) {
            throw new InvalidFieldException("socialClause.insertionHours", "Insertion hours cannot be negative");
        }
        checkCriteria(terms.awardCriteria());
        if (terms.deadline() != null && !terms.deadline().isAfter(now)) {
            throw new InvalidFieldException("deadline", "The deadline " + terms.deadline() + " is not in the future");
        }
        List<Lot> lots = checkLots(terms.lots());
        String justification = blankToNull(terms.noLotsJustification());
        if (lots.isEmpty() && justification == null) {
            throw new InvalidFieldException("noLotsJustification",
                    "A tender not divided into lots needs a written justification (article L2113-11)");
        }
        checkLimits(terms.lotLimits(), lots.size());
        checkFacts(terms.facts());
        return new TenderTerms(terms.title().strip(), terms.description(), terms.kind(), terms.procedure(),
                terms.estimatedValue(), place, cpvCodes, social, blankToNull(terms.environmentalClause()),
                terms.awardCriteria(), terms.deadline(), terms.expectedPublication(), terms.consortiumPolicy(),
                terms.lotLimits(), lots, lots.isEmpty() ? justification : null, terms.facts());
    }

    /** A prior information notice comes before the contract notice it announces. */
    private static void checkFacts(ProcurementFacts facts) {
        if (facts.priorInformationNoticeOn() != null && facts.noticeSentOn() != null
                && !facts.priorInformationNoticeOn().isBefore(facts.noticeSentOn())) {
            throw new InvalidFieldException("facts.priorInformationNoticeOn",
                    "The prior information notice is sent before the contract notice (" + facts.noticeSentOn() + ")");
        }
    }

    /** A CPV 2008 code written {@code 90910000-9} or {@code 90910000}, as its 8 digits. */
    public String cpv(String raw, String field) {
        String s = raw == null ? "" : raw.replaceAll("\\s+", "");
        Matcher m = CPV.matcher(s);
        if (!m.matches()) {
            throw new InvalidFieldException(field, "'" + echo(s) + "' is not a CPV code (8 digits, optionally -check digit)");
        }
        String code = m.group(1);
        String checkDigit = codes.cpvCheckDigit(code);
        if (checkDigit == null) {
            throw new InvalidFieldException(field, code + " is not a CPV 2008 code");
        }
        if (m.group(2) != null && !m.group(2).equals(checkDigit)) {
            throw new InvalidFieldException(field, s + " has a wrong check digit: the CPV 2008 code is "
                    + code + "-" + checkDigit);
        }
        return code;
    }

    private List<String> normaliseCpvs(List<String> raw) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            result.add(cpv(raw.get(i), "cpvCodes[" + i + "]"));
        }
        return result;
    }

    private PlaceOfPerformance checkPlace(PlaceOfPerformance place) {
        if (place.scope() == null) {
            throw new InvalidFieldException("place.scope", "Say where: DEPARTMENTS, REGION or NATIONWIDE");
        }
        return switch (place.scope()) {
            case NATIONWIDE -> PlaceOfPerformance.nationwide();
            case REGION -> {
                if (!codes.isRegion(place.regionCode())) {
                    throw new InvalidFieldException("place.regionCode", "'" + echo(place.regionCode())
                            + "' is not an INSEE region code");
                }
                yield new PlaceOfPerformance(place.scope(), List.of(), place.regionCode());
            }
            case DEPARTMENTS -> {
                if (place.departmentCodes().isEmpty()) {
                    throw new InvalidFieldException("place.departmentCodes", "Name at least one department");
                }
                List<String> departments = new ArrayList<>();
                for (int i = 0; i < place.departmentCodes().size(); i++) {
                    String code = place.departmentCodes().get(i);
                    String normalised = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
                    if (!codes.isDepartment(normalised)) {
                        throw new InvalidFieldException("place.departmentCodes[" + i + "]", "'" + echo(code)
                                + "' is not an INSEE department code");
                    }
                    if (!departments.contains(normalised)) {
                        departments.add(normalised);
                    }
                }
                yield new PlaceOfPerformance(place.scope(), departments, null);
            }
        };
    }

    private static void checkCriteria(List<AwardCriterion> criteria) {
        if (criteria.isEmpty()) {
            return;
        }
        int sum = 0;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            AwardCriterion criterion = criteria.get(i);
            required(criterion.name(), "awardCriteria[" + i + "].name");
            if (!names.add(criterion.name().strip().toLowerCase(java.util.Locale.ROOT))) {
                throw new InvalidFieldException("awardCriteria[" + i + "].name", "Criterion '" + criterion.name()
                        + "' is listed twice");
            }
            if (criterion.weight() < 1 || criterion.weight() > 100) {
                throw new InvalidFieldException("awardCriteria[" + i + "].weight", "A weight is between 1 and 100");
            }
            sum += criterion.weight();
        }
        if (sum != 100) {
            throw new InvalidFieldException("awardCriteria", "The weights of the award criteria add up to " + sum
                    + ", not 100");
        }
    }

    private List<Lot> checkLots(List<Lot> lots) {
        Set<Integer> numbers = new HashSet<>();
        List<Lot> result = new ArrayList<>();
        for (int i = 0; i < lots.size(); i++) {
            Lot lot = lots.get(i);
            String field = "lots[" + i + "]";
            if (lot == null) {
                throw new InvalidFieldException(field, "A lot cannot be empty");
            }
            if (lot.number() < 1) {
                throw new InvalidFieldException(field + ".number", "Lots are numbered from 1");
            }
            if (!numbers.add(lot.number())) {
                throw new InvalidFieldException(field + ".number", "Lot number " + lot.number() + " is used twice");
            }
            required(lot.title(), field + ".title");
            notNegative(lot.estimatedValue(), field + ".estimatedValue");
            result.add(new Lot(lot.number(), lot.title().strip(), cpv(lot.cpv(), field + ".cpv"),
                    lot.estimatedValue(), lot.reservation()));
        }
        return result;
    }

    private static void checkLimits(LotLimits limits, int lotCount) {
        checkLimit(limits.maxLotsPerBidder(), "lotLimits.maxLotsPerBidder", lotCount);
        checkLimit(limits.maxLotsAwardedPerBidder(), "lotLimits.maxLotsAwardedPerBidder", lotCount);
        if (limits.maxLotsPerBidder() != null && limits.maxLotsAwardedPerBidder() != null
                && limits.maxLotsAwardedPerBidder() > limits.maxLotsPerBidder()) {
            throw new InvalidFieldException("lotLimits.maxLotsAwardedPerBidder",
                    "A bidder cannot be awarded more lots than it may bid on");
        }
    }

    private static void checkLimit(Integer limit, String field, int lotCount) {
        if (limit == null) {
            return;
        }
        if (lotCount == 0) {
            throw new InvalidFieldException(field, "Lot limits need lots");
        }
        if (limit < 1 || limit > lotCount) {
            throw new InvalidFieldException(field, "A lot limit is between 1 and the number of lots (" + lotCount + ")");
        }
    }

    private static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, field + " is required");
        }
    }

    private static void notNegative(BigDecimal value, String field) {
        if (value != null && value.signum() < 0) {
            throw new InvalidFieldException(field, "An amount cannot be negative");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String echo(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }
}
