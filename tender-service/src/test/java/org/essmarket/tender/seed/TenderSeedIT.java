package org.essmarket.tender.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ServiceIntegrationTest;
import org.essmarket.devstack.test.Tokens;
import org.essmarket.tender.buyer.persistence.BuyerBodyStore;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderFilter;
import org.essmarket.tender.tender.domain.TenderRules;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.essmarket.tender.tender.persistence.TenderStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

/**
 * {@code POST /internal/seed/tenders} on the MongoDB stand-in with real tokens: the demo tenders
 * land live (future deadlines), valid by the tender rules, with their buyers' names; a second run
 * adds nothing; only service accounts may run it.
 */
@ServiceIntegrationTest
class TenderSeedIT {

    private static final Pattern SUMMARY = Pattern.compile("imported (\\d+), already present (\\d+) of (\\d+) demo tenders");

    @LocalServerPort
    int port;

    @Autowired
    TenderStore tenders;

    @Autowired
    TenderRules rules;

    @Autowired
    BuyerBodyStore buyers;

    private final String service = Tokens.forClient("tender-service", DemoUsers.serviceClientSecret("tender-service"));

    @Test
    void imports_live_valid_tenders_once_and_a_second_run_adds_none() {
        ApiClient api = new ApiClient(port);
        Instant before = Instant.now();

        ApiClient.Response first = api.send("POST", "/internal/seed/tenders", service, null, null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("progress 1/").doesNotContain("left out");
        Matcher summary = summary(first.body());
        int curated = Integer.parseInt(summary.group(3));
        assertThat(curated).isBetween(30, 50);
        assertThat(Integer.parseInt(summary.group(1)) + Integer.parseInt(summary.group(2))).isEqualTo(curated);

        List<Tender> seeded = tenders.search(new TenderFilter(null, null, null, null), PageRequest.of(0, 100))
                .getContent().stream().filter(tender -> "demo-seed".equals(tender.createdBy())).toList();
        assertThat(seeded).hasSize(curated);
        for (Tender tender : seeded) {
            assertThat(tender.status()).isIn(TenderStatus.PUBLISHED, TenderStatus.PLANNED);
            assertThat(rules.check(tender.terms(), Instant.now())).as(tender.terms().title()).isEqualTo(tender.terms());
            if (tender.status() == TenderStatus.PUBLISHED) {
                assertThat(tender.terms().deadline()).isBetween(before.plus(Duration.ofDays(9)),
                        Instant.now().plus(Duration.ofDays(46)));
                assertThat(tender.publishedAt()).isNotNull();
            } else {
                assertThat(tender.terms().expectedPublication()).isNotNull();
            }
        }
        assertThat(seeded).filteredOn(tender -> tender.status() == TenderStatus.PLANNED).isNotEmpty();
        Map<String, String> names = buyers.namesOf(seeded.stream().map(Tender::buyerSiret).toList());
        assertThat(seeded).allSatisfy(tender -> assertThat(names).containsKey(tender.buyerSiret()));
        assertThat(names).containsEntry("26830066200015", "CCAS de Toulon");

        ApiClient.Response second = api.send("POST", "/internal/seed/tenders", service, null, null);

        Matcher again = summary(second.body());
        assertThat(again.group(1)).as("imported on the second run").isEqualTo("0");
        assertThat(again.group(2)).isEqualTo(String.valueOf(curated));
        assertThat(tenders.search(new TenderFilter(null, null, null, null), PageRequest.of(0, 100)).getContent()
                .stream().filter(tender -> "demo-seed".equals(tender.createdBy()))).hasSize(curated);
        assertThat(api.get("/api/v1/tenders?size=1", null).json().path("totalElements").asLong())
                .as("what ./marketplace up looks at").isGreaterThanOrEqualTo(curated);
    }

    @Test
    void only_service_accounts_run_the_import() {
        ApiClient api = new ApiClient(port);

        assertThat(api.send("POST", "/internal/seed/tenders", null, null, null).status()).isEqualTo(401);
        assertThat(api.send("POST", "/internal/seed/tenders", Tokens.forUser(DemoUsers.ADMIN), null, null).status())
                .isEqualTo(403);
    }

    private static Matcher summary(String body) {
        Matcher summary = SUMMARY.matcher(body);
        assertThat(summary.find()).as(body).isTrue();
        return summary;
    }
}
