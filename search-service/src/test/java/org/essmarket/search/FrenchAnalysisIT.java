package org.essmarket.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.essmarket.devstack.test.ElasticsearchInitializer;
import org.essmarket.devstack.test.MongoStandInInitializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;

/**
 * The French analysis of the supplier index, on a real Elasticsearch: the minimal distribution
 * with our analysis plugin locally, the full image with -Dit.containers=true. Same settings file
 * as the service uses.
 */
@SpringBootTest
@ContextConfiguration(initializers = { MongoStandInInitializer.class, ElasticsearchInitializer.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrenchAnalysisIT {

    private static final String INDEX = "french-analysis-check";

    @Autowired
    ElasticsearchClient client;

    @BeforeAll
    void createIndexFromTheServiceSettings() throws IOException {
        if (client.indices().exists(e -> e.index(INDEX)).value()) {
            client.indices().delete(d -> d.index(INDEX));
        }
        try (InputStream settings = getClass().getResourceAsStream("/elasticsearch/suppliers-index.json")) {
            client.indices().create(c -> c.index(INDEX).withJson(settings));
        }
        client.index(i -> i.index(INDEX).id("ea-1").refresh(Refresh.True).document(Map.of(
                "legalName", "L'Entreprise adaptée des marchés publics",
                "region", "Île-de-France")));
    }

    @Test
    void folds_elides_and_stems_french_text() throws IOException {
        List<String> tokens = client.indices()
                .analyze(a -> a.index(INDEX).analyzer("french_text").text("L'Entreprise adaptée des marchés publics"))
                .tokens().stream().map(AnalyzeToken::token).toList();

        assertThat(tokens).containsExactly("entrepris", "adapt", "march", "public");
    }

    @Test
    void finds_a_name_whatever_its_accents_case_plural_or_article() throws IOException {
        assertThat(hitsFor("entreprises ADAPTEES marche")).containsExactly("ea-1");
        assertThat(hitsFor("boulangerie")).isEmpty();
    }

    @Test
    void exact_filters_ignore_accents_and_case() throws IOException {
        long matches = client.search(s -> s.index(INDEX)
                .query(q -> q.term(t -> t.field("region").value("ILE-DE-FRANCE"))), Map.class).hits().total().value();

        assertThat(matches).isEqualTo(1);
    }

    private List<String> hitsFor(String text) throws IOException {
        return client.search(s -> s.index(INDEX).query(q -> q.match(m -> m.field("legalName").query(text))), Map.class)
                .hits().hits().stream().map(hit -> hit.id()).toList();
    }
}
