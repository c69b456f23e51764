package org.essmarket.e2e.bench.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.essmarket.e2e.bench.Api;

import tools.jackson.databind.JsonNode;

/**
 * The benchmark's suppliers and tenders, recombined from real rows (resources {@code bench/}, see
 * their ATTRIBUTION.md): supplier n takes its identity from one SIAE structure, its commune from
 * another, its kind from a third and its CPV codes from DECP contracts; tender n takes its title,
 * buyer, CPV and place from one DECP contract and its description and lots from others. Documents
 * have the shape the owners push to search (SupplierIndexDocument, TenderIndexDocument) and ids
 * starting with {@value #ID_PREFIX}.
 */
public final class BenchCorpus {

    public static final String ID_PREFIX = "bench-";
    /** Bench tenders are never PUBLISHED in bulk: indexing a published tender runs the alerts' matching. */
    private static final List<String> BULK_STATUSES = List.of("CLOSED", "CLOSED", "AWARDED", "PLANNED");
    private static final List<String> RESERVATIONS = List.of("NONE", "NONE", "NONE", "DISABILITY", "INSERTION", "BOTH", "ESS");

    /** A real SIAE structure. */
    record Structure(String name, String brand, String kind, String legalForm, String naf, String postcode,
            String city, String department, Double lat, Double lon, String description) {
    }

    /** A real DECP contract. */
    record Contract(String subject, String cpv, String buyerSiret, String buyerName, String procedure,
            String department, BigDecimal amount) {
    }

    private final List<Structure> structures;
    private final List<Contract> contracts;
    private final List<String> descriptions;
    private final Map<String, String> regionOfDepartment;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private BenchCorpus(List<Structure> structures, List<Contract> contracts, Map<String, String> regionOfDepartment) {
        this.structures = structures;
        this.contracts = contracts;
        this.descriptions = structures.stream().map(Structure::description).filter(d -> !d.isBlank()).toList();
        this.regionOfDepartment = regionOfDepartment;
    }

    public static BenchCorpus load() {
        Map<String, String> regions = CsvRows.parse(resource("departements.csv")).stream()
                .collect(Collectors.toMap(row -> row.get("insee_dep"), row -> row.get("insee_reg")));
        List<Structure> structures = CsvRows.parse(resource("siae-structures.csv")).stream()
                .filter(row -> regions.containsKey(row.get("department")))
                .map(row -> new Structure(row.get("name"), row.get("brand"), row.get("kind"), row.get("legal_form"),
                        row.get("naf"), row.get("post_code"), row.get("city"), row.get("department"),
                        number(row.get("latitude")), number(row.get("longitude")), row.getOrDefault("description", "")))
                .toList();
        List<Contract> contracts = new ArrayList<>();
        for (JsonNode contract : Api.JSON.readTree(resource("decp-marches.json")).get("marches")) {
            String cpv = contract.path("codeCPV").asString("");
            if (cpv.length() >= 8 && !contract.path("objet").asString("").isBlank()) {
                String department = department(contract.path("lieuExecution"));
                contracts.add(new Contract(contract.get("objet").asString().trim(), cpv.substring(0, 8),
                        contract.at("/acheteur/id").asString(""), contract.at("/acheteur/nom").asString(""),
                        contract.path("procedure").asString(""), regions.containsKey(department) ? department : null,
                        contract.path("montant").isNumber() ? contract.get("montant").decimalValue() : null));
            }
        }
        return new BenchCorpus(structures, contracts, regions);
    }

    public int realStructures() {
        return structures.size();
    }

    public int realContracts() {
        return contracts.size();
    }

    public static String supplierId(int n) {
        return ID_PREFIX + "supplier-%06d".formatted(n);
    }

    public static String tenderId(int n) {
        return ID_PREFIX + "tender-%06d".formatted(n);
    }

    /** Supplier n: a VERIFIED structure without members (like the imported ones), so no alert is sent for it. */
    public Map<String, Object> supplier(int n) {
        Structure identity = pick(structures, n);
        Structure place = pick(structures, n * 7919L + 13);
        Structure kind = pick(structures, n * 104_729L + 7);
        Set<String> kinds = new LinkedHashSet<>(List.of(kind.kind()));
        if (n % 5 == 0) {
            kinds.add(identity.kind());
        }
        List<String> cpvCodes = new ArrayList<>();
        for (int i = 0; i <= n % 3; i++) {
            cpvCodes.add(pick(contracts, n * 31L + i * 977L).cpv());
        }
        Map<String, Object> range = switch (n % 4) {
            case 0 -> Map.of("kind", "COUNTRY");
            case 1 -> Map.of("kind", "ZONES", "departments", List.of(place.department()));
            default -> Map.of("kind", "RADIUS", "radiusKm", 20 + n % 9 * 10);
        };
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", supplierId(n));
        document.put("siret", "99%012d".formatted(n));
        document.put("legalName", identity.name() + " " + place.city().toUpperCase(Locale.ROOT));
        document.put("brand", identity.brand());
        document.put("description", identity.description().isBlank() ? pick(descriptions, n) : identity.description());
        document.put("kinds", List.copyOf(kinds));
        document.put("legalForm", identity.legalForm());
        document.put("naf", identity.naf());
        document.put("status", "VERIFIED");
        document.put("communeName", place.city());
        document.put("postcode", place.postcode());
        document.put("department", place.department());
        document.put("region", regionOfDepartment.get(place.department()));
        if (place.lat() != null && place.lon() != null) {
            document.put("location", Map.of("lat", place.lat(), "lon", place.lon()));
        }
        document.put("cpvCodes", List.copyOf(new LinkedHashSet<>(cpvCodes)));
        document.put("activities", List.of(Map.of("cpvCodes", List.copyOf(new LinkedHashSet<>(cpvCodes)),
                "serviceTypes", List.of(serviceType(cpvCodes.getFirst())), "range", range)));
        document.put("labels", List.of());
        document.put("networks", List.of());
        document.put("memberIds", List.of());
        return document;
    }

    /** Tender n as one of the bulk's statuses (closed, awarded, planned). */
    public Map<String, Object> tender(int n) {
        return tender(n, pick(BULK_STATUSES, n), pick(contracts, n).cpv());
    }

    /**
     * A tender just published: the matching's case. Its CPV code is the one most bench suppliers
     * hold, so matching reads the biggest share of the catalogue.
     */
    public Map<String, Object> publishedTender(int n) {
        return tender(n, "PUBLISHED", mostCommonCpv());
    }

    private Map<String, Object> tender(int n, String status, String cpv) {
        Contract contract = pick(contracts, n);
        Contract other = pick(contracts, n * 31L + 17);
        String department = contract.department() != null ? contract.department() : pick(structures, n).department();
        List<Map<String, Object>> lots = new ArrayList<>();
        Set<String> reservations = new LinkedHashSet<>();
        for (int number = 1; number <= n % 4; number++) {
            Contract lot = pick(contracts, n * 131L + number * 7L);
            String reservation = pick(RESERVATIONS, n + number);
            if (!"NONE".equals(reservation)) {
                reservations.add(reservation);
            }
            Map<String, Object> indexedLot = new LinkedHashMap<>();
            indexedLot.put("number", number);
            indexedLot.put("title", lot.subject());
            indexedLot.put("cpv", lot.cpv());
            indexedLot.put("estimatedValue", lot.amount());
            indexedLot.put("reservation", reservation);
            lots.add(indexedLot);
        }
        Instant deadline = switch (status) {
            case "PLANNED", "PUBLISHED" -> now.plus(7 + n % 120, ChronoUnit.DAYS);
            default -> now.minus(1 + n % 365, ChronoUnit.DAYS);
        };
        Set<String> cpvCodes = new LinkedHashSet<>(List.of(cpv));
        lots.forEach(lot -> cpvCodes.add((String) lot.get("cpv")));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", tenderId(n));
        document.put("title", contract.subject());
        document.put("description", other.subject());
        document.put("buyerSiret", contract.buyerSiret());
        document.put("buyerName", contract.buyerName());
        document.put("kind", n % 10 == 0 ? "SOURCING" : contract.procedure().startsWith("Procédure adaptée") ? "QUOTE" : "TENDER");
        document.put("procedure", procedure(contract.procedure()));
        document.put("status", status);
        document.put("estimatedValue", contract.amount());
        document.put("deadline", deadline.toString());
        document.put("expectedPublication", "PLANNED".equals(status)
                ? LocalDate.ofInstant(deadline, ZoneOffset.UTC).minusDays(30).toString() : null);
        document.put("publishedAt", "PLANNED".equals(status) ? null : deadline.minus(30, ChronoUnit.DAYS).toString());
        document.put("placeScope", "DEPARTMENTS");
        document.put("departmentCodes", List.of(department));
        document.put("regionCodes", List.of(regionOfDepartment.get(department)));
        document.put("cpvCodes", List.copyOf(cpvCodes));
        document.put("lots", lots);
        document.put("reservations", List.copyOf(reservations));
        document.put("socialClause", n % 4 == 0);
        document.put("insertionHours", n % 4 == 0 ? 200 + n % 10 * 50 : null);
        document.put("environmentalClause", n % 3 == 0);
        return document;
    }

    /** A word of a real structure's name (5 letters or more), as someone searching the catalogue types it. */
    String supplierWord(long n) {
        return longestWord(pick(structures, n).name());
    }

    /** A word of a real contract's subject, as a supplier searching tenders types it. */
    String tenderWord(long n) {
        return longestWord(pick(contracts, n).subject());
    }

    Structure structure(long n) {
        return pick(structures, n);
    }

    String cpvDivision(long n) {
        return pick(contracts, n).cpv().substring(0, 2);
    }

    String regionOf(String department) {
        return regionOfDepartment.get(department);
    }

    private String mostCommonCpv() {
        return contracts.stream().collect(Collectors.groupingBy(Contract::cpv, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static String longestWord(String text) {
        return Arrays.stream(text.split("[^\\p{L}]+")).max(Comparator.comparingInt(String::length)).orElse(text)
                .toLowerCase(Locale.ROOT);
    }

    private static String serviceType(String cpv) {
        int division = Integer.parseInt(cpv.substring(0, 2));
        return division == 45 ? "WORKS" : division < 45 ? "SUPPLY" : "SERVICE";
    }

    private static String procedure(String decp) {
        if (decp.startsWith("Procédure adaptée")) {
            return "MAPA";
        }
        if (decp.startsWith("Appel d'offres ouvert")) {
            return "OPEN";
        }
        return decp.startsWith("Appel d'offres restreint") ? "RESTRICTED" : "NEGOTIATED";
    }

    /** The department of a DECP place of performance, when it names one (a department, a postcode or a commune). */
    private static String department(JsonNode place) {
        String code = place.path("code").asString("").trim();
        String type = place.path("typeCode").asString("");
        if (code.length() < 2 || !(type.contains("département") || type.contains("postal") || type.contains("commune"))) {
            return null;
        }
        if (type.contains("postal") && code.startsWith("20") && code.length() == 5) {
            return code.compareTo("20200") < 0 ? "2A" : "2B";
        }
        return code.startsWith("97") && code.length() >= 3 ? code.substring(0, 3) : code.substring(0, 2);
    }

    private static Double number(String value) {
        return value == null || value.isBlank() ? null : Double.valueOf(value);
    }

    private static <T> T pick(List<T> from, long n) {
        return from.get((int) Math.floorMod(n, (long) from.size()));
    }

    private static String resource(String name) {
        try (InputStream in = BenchCorpus.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource bench/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
