package org.essmarket.search.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ElasticsearchInitializer;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.MongoStandInInitializer;
import org.essmarket.devstack.test.Tokens;
import org.essmarket.search.catalogue.domain.GeoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public catalogue search on a real Elasticsearch with the service's own index settings, fed
 * through the owners' internal index API (service token) with 51 real SIAE structures
 * ({@code catalogue/siae-sample.csv}, see the README beside it), plus suppliers that are not
 * VERIFIED, which nobody may find.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { MongoStandInInitializer.class, KeycloakInitializer.class,
        ElasticsearchInitializer.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueSearchIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ID = "catalogue-it-";

    /** Region of each department of the sample (INSEE codes). */
    private static final Map<String, String> REGION_OF = Map.of("93", "11", "75", "11", "62", "32", "59", "32",
            "67", "44", "13", "93");

    /**
     * CPV codes guessed from the NAF code, as supplier-service's NafToCpv does (by class, then by
     * division): only the entries this sample needs.
     */
    private static final Map<String, String> CPV_BY_NAF_CLASS = Map.of("3811Z", "90511000", "3832Z", "90514000",
            "5621Z", "55520000", "7820Z", "79620000", "7830Z", "79620000", "8121Z", "90910000", "8122Z", "90910000",
            "8130Z", "77310000");
    private static final Map<String, String> CPV_BY_NAF_DIVISION = Map.ofEntries(Map.entry("14", "15000000"),
            Map.entry("25", "50000000"), Map.entry("47", "98000000"), Map.entry("55", "55000000"),
            Map.entry("56", "55300000"), Map.entry("63", "72000000"), Map.entry("85", "80000000"),
            Map.entry("87", "85300000"), Map.entry("88", "85300000"), Map.entry("94", "98000000"));

    /** One structure of the sample as indexed. */
    record Structure(String id, String name, String kind, String department, String legalForm, GeoPoint location,
            List<String> cpvCodes, List<String> labels) {
    }

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient elasticsearch;

    private final List<Structure> sample = new ArrayList<>();

    @BeforeAll
    void indexTheSampleThroughTheInternalApi() throws IOException, InterruptedException {
        String serviceToken = Tokens.forClient("supplier-service", DemoUsers.serviceClientSecret("supplier-service"));
        long version = System.currentTimeMillis();
        for (CSVRecord row : rows()) {
            Map<String, Object> document = document(row);
            put((String) document.get("id"), version, document, serviceToken);
        }
        // Suppliers nobody may find: a PENDING twin of La Collecterie, a REJECTED adapted company.
        Map<String, Object> pending = document(rowWithId("2"));
        pending.put("id", ID + "pending");
        pending.put("status", "PENDING");
        put(ID + "pending", version, pending, serviceToken);
        Map<String, Object> rejected = document(rowWithId("3818"));
        rejected.put("id", ID + "rejected");
        rejected.put("legalName", "FASTROAD REFUSEE");
        rejected.put("status", "REJECTED");
        put(ID + "rejected", version, rejected, serviceToken);

        elasticsearch.indices().refresh(refresh -> refresh.index("suppliers"));
    }

    // ---------------------------------------------------------------- relevance as French users expect

    /**
     * The relevance set: queries users type, a supplier of the sample they must see, and how high
     * (at worst in the first ten). Accents, case, plurals, elision and small typos do not matter;
     * a supplier is also found by its kind ("entreprise adaptée"), its trade's CPV label
     * ("traiteur") and its department's name.
     */
    @ParameterizedTest(name = "\"{0}\" has {1} in the top {2}")
    @CsvSource(delimiter = '|', textBlock = """
            entreprise adaptee                          | 3836 | 3
            entreprise adaptee                          | 3818 | 10
            ENTREPRISES ADAPTÉES                        | 3836 | 3
            entreprise adaptee nettoyage locaux         | 62   | 10
            entreprise adaptee nettoyage locaux         | 55   | 10
            nettoyage de bureaux                        | 31   | 1
            nettoyage des locaux                        | 1337 | 3
            netoyage                                    | 1337 | 10
            maraichage biologique                       | 2937 | 3
            maraîchages biologiques                     | 30   | 3
            ressourceries                               | 24   | 3
            ressourcerie                                | 44   | 3
            emmaus                                      | 1737 | 3
            Emmaüs                                      | 68   | 3
            interim insertion travailleurs handicapes   | 56   | 1
            la colecterie                               | 2    | 1
            espaces verts bas-rhin                      | 400  | 1
            restauration collective seine-saint-denis   | 3    | 1
            traiteur                                    | 1    | 2
            traiteur                                    | 2513 | 2
            regies de quartiers                         | 2529 | 3
            recyclage textile                           | 9    | 3
            """)
    void finds_what_a_french_user_means(String query, String expected, int within) throws Exception {
        List<String> top = ids(search("q=" + encode(query) + "&size=10")).stream().limit(within).toList();

        assertThat(top).as("top %d for '%s'", within, query).contains(ID + expected);
    }

    @Test
    void an_exact_name_comes_first() throws Exception {
        assertThat(ids(search("q=" + encode("La Collecterie")))).first().isEqualTo(ID + "2");
        assertThat(ids(search("q=" + encode("scop espaces verts")))).first().isEqualTo(ID + "400");
    }

    @Test
    void highlights_the_words_found_in_names_and_descriptions() throws Exception {
        JsonNode hit = hit(search("q=ressourcerie"), ID + "24");

        assertThat(hit.path("highlights").path("legalName").get(0).asString()).contains("<em>RESSOURCERIE</em>");
        JsonNode descriptionHit = hit(search("q=" + encode("maraîchage")), ID + "2937");
        assertThat(descriptionHit.path("highlights").path("description").toString()).contains("<em>maraichage</em>");
    }

    @Test
    void words_the_supplier_does_not_have_find_nothing() throws Exception {
        assertThat(search("q=" + encode("astrophysique quantique")).path("totalElements").asLong()).isZero();
    }

    // ---------------------------------------------------------------- filters

    @Test
    void a_cpv_division_finds_its_sub_codes() throws Exception {
        Set<String> expected = idsOf(s -> s.cpvCodes().stream().anyMatch(code -> code.startsWith("90")));

        JsonNode page = search("cpvPrefix=90&size=100");

        assertThat(expected).hasSizeGreaterThanOrEqualTo(10);
        assertThat(sampleIds(page)).isEqualTo(expected);
        assertThat(sampleIds(search("cpvPrefix=90000000&size=100"))).isEqualTo(expected);
        assertThat(sampleIds(search("cpvPrefix=9091&size=100")))
                .isEqualTo(idsOf(s -> s.cpvCodes().contains("90910000")));
    }

    @Test
    void a_department_matches_by_code_or_by_name() throws Exception {
        Set<String> expected = idsOf(s -> s.department().equals("93"));

        assertThat(sampleIds(search("department=93&size=100"))).isEqualTo(expected);
        assertThat(sampleIds(search("department=" + encode("Seine-Saint-Denis") + "&size=100"))).isEqualTo(expected);
        assertThat(sampleIds(search("department=" + encode("seine saint denis") + "&size=100"))).isEqualTo(expected);
        assertThat(sampleIds(search("region=" + encode("Île-de-France") + "&size=100")))
                .isEqualTo(idsOf(s -> s.department().equals("93") || s.department().equals("75")));
    }

    @Test
    void filters_combine_text_kind_and_place() throws Exception {
        JsonNode page = search("q=nettoyage&kind=ei&department=67&department=62&size=100");

        assertThat(sampleIds(page)).isNotEmpty().allSatisfy(id -> {
            Structure structure = structure(id);
            assertThat(structure.kind()).isEqualTo("EI");
            assertThat(structure.department()).isIn("67", "62");
        });
        assertThat(sampleIds(page)).contains(ID + "1337", ID + "41");
    }

    @Test
    void legal_form_and_label_filters_ignore_case_and_accents() throws Exception {
        assertThat(sampleIds(search("legalForm=sarl&size=100"))).isEqualTo(idsOf(s -> "SARL".equals(s.legalForm())));
        assertThat(sampleIds(search("label=" + encode("ecolabel europeen") + "&size=100")))
                .isEqualTo(Set.of(ID + "400", ID + "51", ID + "55"));
    }

    // ---------------------------------------------------------------- facets

    @Test
    void facets_count_each_value_with_the_other_filters() throws Exception {
        JsonNode facets = search("department=67&size=1").path("facets");

        // Other facets count within Bas-Rhin...
        Map<String, Long> kindsIn67 = sample.stream().filter(s -> s.department().equals("67"))
                .collect(Collectors.groupingBy(Structure::kind, Collectors.counting()));
        assertThat(counts(facets.path("kind"))).isEqualTo(kindsIn67);
        // ...while the department facet still shows every department, Bas-Rhin selected.
        Map<String, Long> departments = sample.stream()
                .collect(Collectors.groupingBy(Structure::department, Collectors.counting()));
        assertThat(counts(facets.path("department"))).isEqualTo(departments);
        JsonNode basRhin = value(facets.path("department"), "67");
        assertThat(basRhin.path("label").asString()).isEqualTo("Bas-Rhin");
        assertThat(basRhin.path("selected").asBoolean()).isTrue();
        assertThat(value(facets.path("department"), "93").path("selected").asBoolean()).isFalse();
    }

    @Test
    void facets_name_their_values() throws Exception {
        JsonNode facets = search("size=1").path("facets");

        assertThat(value(facets.path("kind"), "EA").path("label").asString()).isEqualTo("Entreprise adaptée");
        // The REJECTED adapted company is not counted.
        assertThat(value(facets.path("kind"), "EA").path("count").asLong()).isEqualTo(2);
        assertThat(value(facets.path("region"), "11").path("label").asString()).isEqualTo("Île-de-France");
        assertThat(value(facets.path("cpvDivision"), "90").path("label").asString()).startsWith("Services d'évacuation");
        assertThat(value(facets.path("cpvDivision"), "90").path("count").asLong())
                .isEqualTo(idsOf(s -> s.cpvCodes().stream().anyMatch(c -> c.startsWith("90"))).size());
        // Counted whatever the spelling, shown as most suppliers write it.
        assertThat(value(facets.path("label"), "Écolabel européen").path("count").asLong()).isEqualTo(3);
        assertThat(value(facets.path("legalForm"), "SARL").path("count").asLong())
                .isEqualTo(idsOf(s -> "SARL".equals(s.legalForm())).size());
    }

    // ---------------------------------------------------------------- geo

    @Test
    void finds_suppliers_within_a_radius_nearest_first() throws Exception {
        GeoPoint montreuil = new GeoPoint(48.8638, 2.4485);
        int radiusKm = 5;
        Set<String> inside = idsOf(s -> s.location().distanceKm(montreuil) < radiusKm - 0.05);
        Set<String> outside = idsOf(s -> s.location().distanceKm(montreuil) > radiusKm + 0.05);

        JsonNode page = search("near=48.8638,2.4485&radiusKm=" + radiusKm + "&sort=distance&size=100");

        assertThat(inside).hasSizeGreaterThanOrEqualTo(3);
        assertThat(sampleIds(page)).containsAll(inside).doesNotContainAnyElementsOf(outside);
        List<Double> distances = new ArrayList<>();
        page.path("content").forEach(hit -> distances.add(hit.path("distanceKm").asDouble()));
        assertThat(distances).isSorted().allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(radiusKm + 0.05));
    }

    @Test
    void a_commune_code_or_unambiguous_name_is_a_place_to_search_around() throws Exception {
        String aroundThePoint = ids(search("near=48.8638,2.4485&radiusKm=8&sort=distance&size=100")).toString();

        assertThat(ids(search("near=93048&radiusKm=8&sort=distance&size=100")).toString())
                .as("Montreuil (93) by its INSEE code").isEqualTo(aroundThePoint);
        assertThat(ids(search("near=" + encode("Rosny-sous-Bois") + "&radiusKm=8&size=100")))
                .as("a commune by its name (several are named Montreuil: that one is refused)").isNotEmpty();
    }

    @Test
    void serving_a_commune_finds_the_suppliers_whose_ranges_reach_it() throws Exception {
        String serviceToken = Tokens.forClient("supplier-service", DemoUsers.serviceClientSecret("supplier-service"));
        // In Corsica, where the sample has nobody: Ajaccio (2A004) and Bastia (2B033), about 100 km apart.
        Map<String, Map<String, Object>> reach = Map.of(
                "reach-country", Map.of("kind", "COUNTRY"),
                "reach-radius-ajaccio", Map.of("kind", "RADIUS", "radiusKm", 30),
                "reach-zones-2b", Map.of("kind", "ZONES", "departments", List.of("2B")),
                "reach-region-corse", Map.of("kind", "ZONES", "regions", List.of("94")));
        for (Map.Entry<String, Map<String, Object>> supplier : reach.entrySet()) {
            Map<String, Object> document = new LinkedHashMap<>(Map.of("id", supplier.getKey(), "legalName",
                    "Atelier " + supplier.getKey(), "status", "VERIFIED", "kinds", List.of("ACI"), "department", "2A",
                    "region", "94", "location", Map.of("lat", 41.9192, "lon", 8.7386), "cpvCodes", List.of("90910000"),
                    "activities", List.of(Map.of("cpvCodes", List.of("90910000"), "serviceTypes", List.of("SERVICE"),
                            "range", supplier.getValue()))));
            put(supplier.getKey(), 1, document, serviceToken);
        }
        try {
            Set<String> ajaccio = reachIds(search("serving=2A004&size=100"));
            Set<String> bastia = reachIds(search("serving=Bastia&cpvPrefix=90&size=100"));

            assertThat(ajaccio).containsExactlyInAnyOrder("reach-country", "reach-radius-ajaccio", "reach-region-corse");
            assertThat(bastia).containsExactlyInAnyOrder("reach-country", "reach-zones-2b", "reach-region-corse");
            assertThat(sampleIds(search("serving=2A004&size=100"))).as("the sample works in its own departments")
                    .isEmpty();
            assertThat(sampleIds(search("serving=93066&size=100")))
                    .as("Saint-Denis (93): the sample's suppliers of 93 that have an activity")
                    .isEqualTo(idsOf(s -> s.department().equals("93") && !s.cpvCodes().isEmpty()));
        } finally {
            for (String id : reach.keySet()) {
                HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/internal/index/suppliers/" + id
                        + "?version=100")).header("Authorization", "Bearer " + serviceToken).DELETE().build(),
                        HttpResponse.BodyHandlers.ofString());
            }
            elasticsearch.indices().refresh(refresh -> refresh.index("suppliers"));
        }
    }

    private static Set<String> reachIds(JsonNode page) {
        return ids(page).stream().filter(id -> id.startsWith("reach-")).collect(Collectors.toSet());
    }

    @Test
    void sorts_by_name_and_pages_with_totals() throws Exception {
        JsonNode first = search("department=93&sort=name&size=8&page=0");
        JsonNode third = search("department=93&sort=name&size=8&page=2");

        long total = idsOf(s -> s.department().equals("93")).size();
        assertThat(first.path("totalElements").asLong()).isEqualTo(total);
        assertThat(first.path("totalPages").asInt()).isEqualTo((int) ((total + 7) / 8));
        assertThat(third.path("page").asInt()).isEqualTo(2);
        assertThat(ids(third)).hasSize((int) (total - 16)).doesNotContainAnyElementsOf(ids(first));
        List<String> names = new ArrayList<>();
        first.path("content").forEach(hit -> names.add(Normalizer.normalize(hit.path("legalName").asString(),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)));
        assertThat(names).isSorted();
    }

    // ---------------------------------------------------------------- what nobody may see

    @Test
    void suppliers_that_are_not_verified_are_never_found() throws Exception {
        assertThat(ids(search("q=collecterie&size=100"))).contains(ID + "2").doesNotContain(ID + "pending");
        assertThat(ids(search("q=fastroad&size=100"))).contains(ID + "3818").doesNotContain(ID + "rejected");
        assertThat(ids(search("q=" + encode("FASTROAD REFUSEE") + "&size=100"))).doesNotContain(ID + "rejected");
        assertThat(ids(search("department=93&size=100", Tokens.forUser(DemoUsers.ADMIN))))
                .doesNotContain(ID + "pending", ID + "rejected");
    }

    @Test
    void private_and_computed_fields_are_never_returned() throws Exception {
        HttpResponse<String> response = get("/api/v1/search/suppliers?q=collecterie&department=93&size=100", null);

        assertThat(response.body()).doesNotContain("memberIds", "member-of-", "\"status\"", "searchText",
                "cpvDivisions");
        JsonNode hit = hit(JSON.readTree(response.body()), ID + "2");
        assertThat(hit.path("siret").asString()).isEqualTo("75187049400026");
        assertThat(hit.path("legalName").asString()).isEqualTo("LA COLLECTERIE");
        assertThat(hit.path("departmentName").asString()).isEqualTo("Seine-Saint-Denis");
        assertThat(hit.path("activities").get(0).path("range").path("kind").asString()).isEqualTo("ZONES");
    }

    @Test
    void anonymous_callers_and_signed_in_users_search_alike() throws Exception {
        HttpResponse<String> anonymous = get("/api/v1/search/suppliers?q=nettoyage", null);
        HttpResponse<String> buyer = get("/api/v1/search/suppliers?q=nettoyage", Tokens.forUser(DemoUsers.BUYER));

        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(buyer.statusCode()).isEqualTo(200);
        assertThat(ids(JSON.readTree(anonymous.body()))).isEqualTo(ids(JSON.readTree(buyer.body())));
        JsonNode document = JSON.readTree(get("/v3/api-docs", null).body());
        assertThat(document.path("paths").has("/api/v1/search/suppliers")).isTrue();
        JsonNode keycloak = document.path("components").path("securitySchemes").path("keycloak");
        assertThat(keycloak.path("type").asString()).as("the document says how to sign in: Keycloak's authorization-code flow")
                .isEqualTo("oauth2");
        assertThat(keycloak.path("flows").path("authorizationCode").path("authorizationUrl").asString())
                .endsWith("/realms/marketplace/protocol/openid-connect/auth");
    }

    // ---------------------------------------------------------------- bad input

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            size=101                                    | size
            size=0                                      | size
            size=abc                                    | size
            page=-1                                     | page
            page=100&size=100                           | page
            near=91,2                                   | near
            near=48.86,181                              | near
            near=montreuil                              | near
            near=48.86                                  | near
            near=48.86,2.44&radiusKm=0                  | radiusKm
            near=48.86,2.44&radiusKm=20000              | radiusKm
            near=48.86,2.44&radiusKm=5km                | radiusKm
            serving=Montreuil                           | serving
            serving=99999                               | serving
            radiusKm=30                                 | radiusKm
            sort=distance                               | sort
            sort=siret                                  | sort
            kind=PLOMBIER                               | kind
            department=Atlantide                        | department
            cpvPrefix=9*                                | cpvPrefix
            """)
    void refuses_bad_parameters_naming_them(String parameters, String parameter) throws Exception {
        HttpResponse<String> response = get("/api/v1/search/suppliers?" + parameters, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode errors = JSON.readTree(response.body()).path("errors");
        List<String> fields = new ArrayList<>();
        errors.forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields).containsExactly(parameter);
    }

    @Test
    void query_syntax_is_just_text() throws Exception {
        HttpResponse<String> response = get("/api/v1/search/suppliers?q="
                + encode("collecterie OR status:PENDING OR memberIds:* {\"query_string\":1} \\ / ( ["), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(ids(JSON.readTree(response.body()))).doesNotContain(ID + "pending");
    }

    // ---------------------------------------------------------------- helpers

    private static List<CSVRecord> rows() throws IOException {
        try (InputStream in = CatalogueSearchIT.class.getResourceAsStream("/catalogue/siae-sample.csv");
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parser.getRecords();
        }
    }

    private static CSVRecord rowWithId(String id) throws IOException {
        return rows().stream().filter(row -> row.get("id").equals(id)).findFirst().orElseThrow();
    }

    /** The document supplier-service pushes for an imported SIAE structure (SupplierIndexDocument). */
    private Map<String, Object> document(CSVRecord row) {
        String id = ID + row.get("id");
        String department = row.get("department");
        List<String> cpvCodes = cpvCodes(row.get("naf"));
        GeoPoint location = new GeoPoint(Double.parseDouble(row.get("latitude")),
                Double.parseDouble(row.get("longitude")));
        // The SIAE list has no labels: these are the test's own.
        List<String> labels = switch (row.get("id")) {
            case "400" -> List.of("Écolabel européen");
            case "51" -> List.of("Écolabel européen", "Lucie 26000");
            case "55" -> List.of("ECOLABEL EUROPEEN");
            default -> List.of();
        };
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", id);
        document.put("siret", row.get("siret"));
        document.put("legalName", row.get("name"));
        document.put("brand", blankToNull(row.get("brand")));
        document.put("description", blankToNull(row.get("description")));
        document.put("kinds", List.of(row.get("kind")));
        document.put("legalForm", blankToNull(row.get("legal_form")));
        document.put("naf", blankToNull(row.get("naf")));
        document.put("status", "VERIFIED");
        document.put("communeCode", null);
        document.put("department", department);
        document.put("region", REGION_OF.get(department));
        document.put("location", Map.of("lat", location.lat(), "lon", location.lon()));
        document.put("cpvCodes", cpvCodes);
        document.put("activities", cpvCodes.isEmpty() ? List.of() : List.of(Map.of("cpvCodes", cpvCodes,
                "serviceTypes", List.of("SERVICE"), "range", Map.of("kind", "ZONES", "departments", List.of(department),
                        "regions", List.of()))));
        document.put("labels", labels);
        document.put("networks", List.of());
        document.put("memberIds", List.of("member-of-" + id));
        if (sample.stream().noneMatch(s -> s.id().equals(id))) {
            sample.add(new Structure(id, row.get("name"), row.get("kind"), department,
                    blankToNull(row.get("legal_form")), location, cpvCodes, labels));
        }
        return document;
    }

    private static List<String> cpvCodes(String naf) {
        if (naf == null || naf.isBlank()) {
            return List.of();
        }
        String code = naf.trim().toUpperCase();
        String cpv = CPV_BY_NAF_CLASS.getOrDefault(code, CPV_BY_NAF_DIVISION.get(code.substring(0, 2)));
        return cpv == null ? List.of() : List.of(cpv);
    }

    private void put(String id, long version, Map<String, Object> document, String token)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/internal/index/suppliers/" + id))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("version", version, "document", document))))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode search(String parameters) throws IOException, InterruptedException {
        return search(parameters, null);
    }

    private JsonNode search(String parameters, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/v1/search/suppliers?" + parameters, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("content").forEach(hit -> ids.add(hit.path("id").asString()));
        return ids;
    }

    /** The ids of the page that belong to this test's sample (other tests index documents of their own). */
    private static Set<String> sampleIds(JsonNode page) {
        return ids(page).stream().filter(id -> id.startsWith(ID)).collect(Collectors.toSet());
    }

    private Set<String> idsOf(Predicate<Structure> which) {
        return sample.stream().filter(which).map(Structure::id).collect(Collectors.toSet());
    }

    private Structure structure(String id) {
        return sample.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static JsonNode hit(JsonNode page, String id) {
        for (JsonNode hit : page.path("content")) {
            if (hit.path("id").asString().equals(id)) {
                return hit;
            }
        }
        throw new AssertionError(id + " not in " + ids(page));
    }

    private static Map<String, Long> counts(JsonNode facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        facet.forEach(value -> counts.put(value.path("value").asString(), value.path("count").asLong()));
        return counts;
    }

    private static JsonNode value(JsonNode facet, String value) {
        for (JsonNode v : facet) {
            if (v.path("value").asString().equals(value)) {
                return v;
            }
        }
        throw new AssertionError(value + " not in " + facet);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
