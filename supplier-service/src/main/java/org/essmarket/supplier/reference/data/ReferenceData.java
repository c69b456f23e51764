package org.essmarket.supplier.reference.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.essmarket.supplier.reference.domain.Commune;
import org.essmarket.supplier.reference.domain.CpvCatalogue;
import org.essmarket.supplier.reference.domain.CpvEntry;
import org.essmarket.supplier.reference.domain.Department;
import org.essmarket.supplier.reference.domain.Geography;
import org.essmarket.supplier.reference.domain.Region;

/**
 * Loads the reference data shipped in {@code src/main/resources/reference/} (see ATTRIBUTION.md there):
 * the CPV 2008 vocabulary and the French geography. Each is read once, on first use, and kept as an
 * immutable in-memory structure; a failure to load is an {@link IllegalStateException} naming the
 * resource (and the record at fault), and the next call tries again.
 *
 * <p>Plain Java and commons-csv, no framework: a Spring configuration can expose the results as beans.
 *
 * <p>How the geography handles the quirks of {@code communes.csv} (one row per commune and postcode):
 * <ul>
 *   <li>one {@link Commune} per INSEE code, from its first row, with the lowest postcode as
 *       {@link Commune#postcode()}; all postcodes are kept ({@link Geography#postcodes(String)});</li>
 *   <li>{@code COMD} rows (communes déléguées) are skipped if present: in the source they carry the code
 *       of their commune nouvelle and no department, so they would shadow it (the shipped file has none);</li>
 *   <li>{@code ARM} rows (the 45 municipal arrondissements of Paris, Lyon, Marseille) are communes in their
 *       own right; the source has no row for Paris {@code 75056}, Lyon {@code 69123}, Marseille
 *       {@code 13055}, so each is derived from its arrondissements: name without the arrondissement
 *       suffix, their department and region, the union of their postcodes, and as centre the mean of
 *       their centres (rounded to 5 decimals);</li>
 *   <li>a commune without coordinates has {@code null} lat/lon (4 source rows, 3 communes).</li>
 * </ul>
 * Consistency is checked on load: every department's region exists; every commune's department
 * exists, belongs to the commune's region and prefixes its INSEE code; postcodes are 5 digits.
 */
public final class ReferenceData {

    public static final String CPV_RESOURCE = "/reference/cpv-2008.csv";
    public static final String REGIONS_RESOURCE = "/reference/regions.csv";
    public static final String DEPARTMENTS_RESOURCE = "/reference/departements.csv";
    public static final String COMMUNES_RESOURCE = "/reference/communes.csv";

    private static final Pattern CPV_OFFICIAL = Pattern.compile("(\\d{8})-(\\d)");
    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
    private static final Pattern INSEE_COMMUNE = Pattern.compile("(\\d{2}|2A|2B)\\d{3}");
    private static final Pattern ARRONDISSEMENT = Pattern.compile("(.+?) \\d+(?:er|e) Arrondissement");

    private static volatile CpvCatalogue cpvCatalogue;
    private static volatile Geography geography;

    private ReferenceData() {
    }

    /** The CPV 2008 catalogue, loaded from {@value #CPV_RESOURCE} on the first call. */
    public static CpvCatalogue loadCpvCatalogue() {
        CpvCatalogue result = cpvCatalogue;
        if (result == null) {
            synchronized (ReferenceData.class) {
                result = cpvCatalogue;
                if (result == null) {
                    result = loadCpvCatalogue(CPV_RESOURCE);
                    cpvCatalogue = result;
                }
            }
        }
        return result;
    }

    /** The French geography, loaded from the three {@code /reference/} geography files on the first call. */
    public static Geography loadGeography() {
        Geography result = geography;
        if (result == null) {
            synchronized (ReferenceData.class) {
                result = geography;
                if (result == null) {
                    result = loadGeography(REGIONS_RESOURCE, DEPARTMENTS_RESOURCE, COMMUNES_RESOURCE);
                    geography = result;
                }
            }
        }
        return result;
    }

    /** Reads a CPV file ({@code code,label_fr,label_en}, code as {@code 90910000-9}); not cached. */
    static CpvCatalogue loadCpvCatalogue(String resource) {
        TreeMap<String, CpvEntry> entries = new TreeMap<>();
        CsvResource.read(resource, List.of("code", "label_fr", "label_en"), row -> {
            String official = row.required("code").strip();
            Matcher m = CPV_OFFICIAL.matcher(official);
            if (!m.matches()) {
                throw new IllegalArgumentException("code is not of the form 12345678-9: " + official);
            }
            CpvEntry entry = new CpvEntry(m.group(1), m.group(2), row.required("label_fr").strip(),
                    row.required("label_en").strip());
            if (entries.putIfAbsent(entry.code(), entry) != null) {
                throw new IllegalArgumentException("duplicate code " + official);
            }
        });
        if (entries.isEmpty()) {
            throw new IllegalStateException("Reference data resource " + resource + " has no CPV code");
        }
        return new InMemoryCpvCatalogue(new ArrayList<>(entries.values()));
    }

    /** Reads the three geography files; not cached. */
    static Geography loadGeography(String regionsResource, String departmentsResource, String communesResource) {
        Map<String, Region> regions = loadRegions(regionsResource);
        Map<String, Department> departments = loadDepartments(departmentsResource, regions);

        Map<String, Commune> communes = new HashMap<>(40_000);
        // INSEE code -> its postcodes, distinct (the file lists them sorted, but this does not rely on it)
        Map<String, List<String>> postcodes = new HashMap<>(40_000);
        // parent INSEE code -> its arrondissements, in file order
        Map<String, List<Commune>> arrondissements = new LinkedHashMap<>();

        CsvResource.read(communesResource, List.of("insee_com", "insee_reg", "insee_dep", "commune_article",
                "code_postal", "commune_type", "insee_parente", "lat", "lng"), row -> {
            String type = row.required("commune_type").strip();
            if (type.equals("COMD")) {
                return;
            }
            if (!type.equals("COM") && !type.equals("ARM")) {
                throw new IllegalArgumentException("unexpected commune_type " + type);
            }
            String code = row.required("insee_com").strip();
            if (!INSEE_COMMUNE.matcher(code).matches()) {
                throw new IllegalArgumentException("insee_com is not an INSEE commune code: " + code);
            }
            String postcode = row.required("code_postal").strip();
            if (!POSTCODE.matcher(postcode).matches()) {
                throw new IllegalArgumentException("code_postal is not 5 digits: " + postcode);
            }
            Department department = departments.get(row.required("insee_dep").strip());
            if (department == null) {
                throw new IllegalArgumentException("unknown insee_dep " + row.get("insee_dep") + " for " + code);
            }
            if (!department.regionCode().equals(row.required("insee_reg").strip())) {
                throw new IllegalArgumentException("insee_reg " + row.get("insee_reg") + " of " + code
                        + " is not the region of department " + department.code());
            }
            if (!code.startsWith(department.code())) {
                throw new IllegalArgumentException(code + " is not in department " + department.code());
            }
            Double lat = row.optionalDouble("lat");
            Double lon = row.optionalDouble("lng");
            checkCoordinates(lat, lon);

            Commune first = communes.get(code);
            if (first == null) {
                Commune commune = new Commune(code, row.required("commune_article").strip(), postcode,
                        department.code(), department.regionCode(), lat, lon);
                communes.put(code, commune);
                if (type.equals("ARM")) {
                    String parent = row.required("insee_parente").strip();
                    if (!parent.startsWith(department.code())) {
                        throw new IllegalArgumentException("insee_parente " + parent + " of " + code
                                + " is not in department " + department.code());
                    }
                    arrondissements.computeIfAbsent(parent, p -> new ArrayList<>()).add(commune);
                }
            } else if (!first.departmentCode().equals(department.code())) {
                throw new IllegalArgumentException(code + " appears in departments " + first.departmentCode()
                        + " and " + department.code());
            }
            List<String> codes = postcodes.computeIfAbsent(code, c -> new ArrayList<>(1));
            if (!codes.contains(postcode)) {
                codes.add(postcode);
            }
        });

        for (Map.Entry<String, List<Commune>> e : arrondissements.entrySet()) {
            if (!communes.containsKey(e.getKey())) {
                Commune city = municipalityOf(e.getKey(), e.getValue(), postcodes, communesResource);
                communes.put(city.inseeCode(), city);
                TreeSet<String> all = new TreeSet<>();
                e.getValue().forEach(arm -> all.addAll(postcodes.get(arm.inseeCode())));
                postcodes.put(city.inseeCode(), new ArrayList<>(all));
            }
        }
        if (communes.isEmpty()) {
            throw new IllegalStateException("Reference data resource " + communesResource + " has no commune");
        }

        // Communes were created with their first postcode; make it the lowest one.
        Map<String, List<String>> postcodesByCommune = new HashMap<>(communes.size() * 2);
        Map<String, List<Commune>> byPostcode = new HashMap<>(10_000);
        for (Map.Entry<String, List<String>> e : postcodes.entrySet()) {
            e.getValue().sort(null);
            Commune c = communes.get(e.getKey());
            String lowest = e.getValue().getFirst();
            if (!c.postcode().equals(lowest)) {
                c = new Commune(c.inseeCode(), c.name(), lowest, c.departmentCode(), c.regionCode(), c.lat(), c.lon());
                communes.put(c.inseeCode(), c);
            }
            postcodesByCommune.put(e.getKey(), List.copyOf(e.getValue()));
        }
        for (Commune c : communes.values()) {
            for (String postcode : postcodesByCommune.get(c.inseeCode())) {
                byPostcode.computeIfAbsent(postcode, p -> new ArrayList<>(2)).add(c);
            }
        }
        Map<String, List<Commune>> communesByPostcode = new HashMap<>(byPostcode.size() * 2);
        byPostcode.forEach((postcode, cs) -> {
            cs.sort(Comparator.comparing(Commune::inseeCode));
            communesByPostcode.put(postcode, List.copyOf(cs));
        });

        return new InMemoryGeography(regions, departments, communes, postcodesByCommune, communesByPostcode);
    }

    private static Map<String, Region> loadRegions(String resource) {
        Map<String, Region> regions = new HashMap<>();
        CsvResource.read(resource, List.of("insee_reg", "region", "lat", "lng"), row -> {
            double lat = row.requiredDouble("lat");
            double lon = row.requiredDouble("lng");
            checkCoordinates(lat, lon);
            Region region = new Region(row.required("insee_reg").strip(), row.required("region").strip(), lat, lon);
            if (regions.putIfAbsent(region.code(), region) != null) {
                throw new IllegalArgumentException("duplicate region " + region.code());
            }
        });
        if (regions.isEmpty()) {
            throw new IllegalStateException("Reference data resource " + resource + " has no region");
        }
        return regions;
    }

    private static Map<String, Department> loadDepartments(String resource, Map<String, Region> regions) {
        Map<String, Department> departments = new HashMap<>();
        CsvResource.read(resource, List.of("insee_dep", "insee_reg", "departement", "lat", "lng"), row -> {
            double lat = row.requiredDouble("lat");
            double lon = row.requiredDouble("lng");
            checkCoordinates(lat, lon);
            Region region = regions.get(row.required("insee_reg").strip());
            if (region == null) {
                throw new IllegalArgumentException("unknown insee_reg " + row.get("insee_reg"));
            }
            Department department = new Department(row.required("insee_dep").strip(),
                    row.required("departement").strip(), region.code(), lat, lon);
            if (departments.putIfAbsent(department.code(), department) != null) {
                throw new IllegalArgumentException("duplicate department " + department.code());
            }
        });
        if (departments.isEmpty()) {
            throw new IllegalStateException("Reference data resource " + resource + " has no department");
        }
        return departments;
    }

    /** Paris, Lyon or Marseille, derived from its arrondissements (the source has no row for them). */
    private static Commune municipalityOf(String code, List<Commune> arrondissements,
                                          Map<String, List<String>> postcodes, String resource) {
        Commune first = arrondissements.getFirst();
        Matcher m = ARRONDISSEMENT.matcher(first.name());
        if (!m.matches()) {
            throw new IllegalStateException("Reference data resource " + resource + ": cannot derive the name of "
                    + code + " from its arrondissement " + first.name());
        }
        double latSum = 0;
        double lonSum = 0;
        int located = 0;
        String lowest = null;
        for (Commune arm : arrondissements) {
            if (!arm.departmentCode().equals(first.departmentCode())) {
                throw new IllegalStateException("Reference data resource " + resource + ": the arrondissements of "
                        + code + " are in several departments");
            }
            if (arm.hasCoordinates()) {
                latSum += arm.lat();
                lonSum += arm.lon();
                located++;
            }
            String armLowest = Collections.min(postcodes.get(arm.inseeCode()));
            if (lowest == null || armLowest.compareTo(lowest) < 0) {
                lowest = armLowest;
            }
        }
        Double lat = located == 0 ? null : round5(latSum / located);
        Double lon = located == 0 ? null : round5(lonSum / located);
        return new Commune(code, m.group(1), lowest, first.departmentCode(), first.regionCode(), lat, lon);
    }

    private static double round5(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP).doubleValue();
    }

    private static void checkCoordinates(Double lat, Double lon) {
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("only one of lat/lng is given");
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        }
    }
}
