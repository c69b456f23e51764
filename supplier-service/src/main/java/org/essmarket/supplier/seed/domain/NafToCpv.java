package org.essmarket.supplier.seed.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.essmarket.supplier.supplier.domain.ServiceType;

/**
 * A HEURISTIC: what public buyers are likely to buy from a structure, guessed from its NAF code
 * (its main registered activity) when nothing better is known. The SIAE list says what a structure
 * is registered as, not what it sells: an ACI registered as "other social action" (88.99B) may run
 * a cleaning or a green-spaces workshop. Imported structures therefore get broad CPV codes, and
 * their people refine them when they claim their profile.
 *
 * <p>Lookup is by NAF class (4 digits + letter) first, then by division (2 digits).
 */
public final class NafToCpv {

    /** What the NAF code suggests: CPV codes (8 digits, CPV 2008) and the kind of contract. */
    public record Guess(List<String> cpvCodes, ServiceType serviceType) {
    }

    private static final Map<String, Guess> BY_CLASS = Map.ofEntries(
            Map.entry("0113Z", guess(ServiceType.SUPPLY, "03221000")), // vegetables
            Map.entry("3811Z", guess(ServiceType.SERVICE, "90511000")), // refuse collection
            Map.entry("3832Z", guess(ServiceType.SERVICE, "90514000")), // refuse recycling
            Map.entry("4520A", guess(ServiceType.SERVICE, "50112000")), // car repair and maintenance
            Map.entry("5621Z", guess(ServiceType.SERVICE, "55520000")), // catering
            Map.entry("7820Z", guess(ServiceType.SERVICE, "79620000")), // temporary staff
            Map.entry("7830Z", guess(ServiceType.SERVICE, "79620000")),
            Map.entry("8121Z", guess(ServiceType.SERVICE, "90910000")), // cleaning
            Map.entry("8122Z", guess(ServiceType.SERVICE, "90910000")),
            Map.entry("8129A", guess(ServiceType.SERVICE, "90920000")), // sanitation
            Map.entry("8130Z", guess(ServiceType.SERVICE, "77310000")), // green spaces
            Map.entry("9601A", guess(ServiceType.SERVICE, "98311000")), // laundry
            Map.entry("9601B", guess(ServiceType.SERVICE, "98311000")));

    private static final Map<String, Guess> BY_DIVISION = Map.ofEntries(
            Map.entry("01", guess(ServiceType.SUPPLY, "03000000")), // agricultural products
            Map.entry("02", guess(ServiceType.SERVICE, "77200000")), // forestry services
            Map.entry("10", guess(ServiceType.SUPPLY, "15000000")), // food products
            Map.entry("33", guess(ServiceType.SERVICE, "50000000")), // repair and maintenance
            Map.entry("38", guess(ServiceType.SERVICE, "90500000")), // waste services
            Map.entry("41", guess(ServiceType.WORKS, "45000000")), // construction work
            Map.entry("42", guess(ServiceType.WORKS, "45000000")),
            Map.entry("43", guess(ServiceType.WORKS, "45000000")),
            Map.entry("45", guess(ServiceType.SERVICE, "50100000")), // vehicle repair
            Map.entry("49", guess(ServiceType.SERVICE, "60100000")), // road transport
            Map.entry("52", guess(ServiceType.SERVICE, "63100000")), // cargo handling and storage
            Map.entry("53", guess(ServiceType.SERVICE, "64100000")), // post and courier
            Map.entry("55", guess(ServiceType.SERVICE, "55000000")), // hotel and restaurant
            Map.entry("56", guess(ServiceType.SERVICE, "55300000")), // restaurant services
            Map.entry("62", guess(ServiceType.SERVICE, "72000000")), // IT services
            Map.entry("70", guess(ServiceType.SERVICE, "79400000")), // business consultancy
            Map.entry("78", guess(ServiceType.SERVICE, "79620000")), // supply of personnel
            Map.entry("80", guess(ServiceType.SERVICE, "79710000")), // security
            Map.entry("81", guess(ServiceType.SERVICE, "90910000")), // cleaning
            Map.entry("82", guess(ServiceType.SERVICE, "79500000")), // office support
            Map.entry("84", guess(ServiceType.SERVICE, "75000000")), // public administration services
            Map.entry("85", guess(ServiceType.SERVICE, "80000000")), // education and training
            Map.entry("86", guess(ServiceType.SERVICE, "85100000")), // health
            Map.entry("87", guess(ServiceType.SERVICE, "85300000")), // social work
            Map.entry("88", guess(ServiceType.SERVICE, "85300000")),
            Map.entry("90", guess(ServiceType.SERVICE, "92000000")), // recreation, culture, sport
            Map.entry("91", guess(ServiceType.SERVICE, "92000000")),
            Map.entry("93", guess(ServiceType.SERVICE, "92000000")),
            Map.entry("94", guess(ServiceType.SERVICE, "98000000")), // community services
            Map.entry("95", guess(ServiceType.SERVICE, "50000000")), // repair
            Map.entry("96", guess(ServiceType.SERVICE, "98300000"))); // miscellaneous services

    private NafToCpv() {
    }

    /** The guess for a NAF code such as {@code 8899B} or {@code 88.99B}; empty when we dare not guess. */
    public static Optional<Guess> guess(String naf) {
        if (naf == null || naf.isBlank()) {
            return Optional.empty();
        }
        String compact = naf.replace(".", "").trim().toUpperCase();
        Guess byClass = BY_CLASS.get(compact);
        if (byClass != null) {
            return Optional.of(byClass);
        }
        return compact.length() >= 2 ? Optional.ofNullable(BY_DIVISION.get(compact.substring(0, 2))) : Optional.empty();
    }

    /** Every CPV code the mapping can produce (checked against CPV 2008 by a test). */
    public static List<String> allCpvCodes() {
        return Stream.concat(BY_CLASS.values().stream(), BY_DIVISION.values().stream())
                .flatMap(g -> g.cpvCodes().stream()).distinct().sorted().toList();
    }

    private static Guess guess(ServiceType type, String... cpv) {
        return new Guess(List.of(cpv), type);
    }
}
