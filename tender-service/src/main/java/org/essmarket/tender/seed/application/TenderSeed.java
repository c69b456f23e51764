package org.essmarket.tender.seed.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.essmarket.tender.buyer.domain.BuyerBody;
import org.essmarket.tender.buyer.persistence.BuyerBodyStore;
import org.essmarket.tender.seed.domain.DemoCuration;
import org.essmarket.tender.seed.domain.DemoTender;
import org.essmarket.tender.seed.domain.SourceNotice;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderRules;
import org.essmarket.tender.tender.persistence.TenderStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Imports the demo tenders curated from real DECP and BOAMP data ({@link DemoCuration}). Each goes
 * through the real lifecycle (written, submitted, published by the facilitator; or announced
 * ahead as PLANNED), so it is a tender like any other. Idempotent: ids derive from the sources and
 * a tender already there is left as it is. The buyer bodies' names are recorded for search.
 */
@Service
public class TenderSeed {

    /** Who the seeded tenders were written and published by, in their history. */
    static final String ACTOR = "demo-seed";

    /** The outcome of one run; {@code rejected} says what the curation left out and why. */
    public record Report(int curated, int imported, int alreadyPresent, List<String> rejected) {
    }

    private final TenderStore tenders;
    private final BuyerBodyStore buyers;
    private final DemoCuration curation;
    private final Clock clock;

    public TenderSeed(TenderStore tenders, BuyerBodyStore buyers, TenderRules rules, Clock clock) {
        this.tenders = tenders;
        this.buyers = buyers;
        this.curation = new DemoCuration(rules);
        this.clock = clock;
    }

    /** Runs the import, telling {@code progress} after each tender how far it is. */
    public Report importDemoTenders(Consumer<String> progress) {
        Instant now = clock.instant();
        DemoCuration.Curation curated = curate(now);
        int imported = 0;
        int alreadyPresent = 0;
        List<DemoTender> demo = curated.tenders();
        for (int i = 0; i < demo.size(); i++) {
            DemoTender tender = demo.get(i);
            buyers.save(new BuyerBody(tender.buyerSiret(), tender.buyerName()));
            if (importTender(tender, now)) {
                imported++;
            } else {
                alreadyPresent++;
            }
            progress.accept("progress " + (i + 1) + "/" + demo.size());
        }
        return new Report(demo.size(), imported, alreadyPresent, curated.rejected());
    }

    private DemoCuration.Curation curate(Instant now) {
        List<SourceNotice> notices = new ArrayList<>();
        for (String notice : SeedSources.BOAMP) {
            notices.add(read(notice, SeedSources::boampNotice));
        }
        return curation.curate(read(SeedSources.DECP, SeedSources::decpContracts), notices,
                read(SeedSources.CHOICES, SeedSources::demoChoices), now);
    }

    /** True when the tender was added, false when it was already there. */
    private boolean importTender(DemoTender demo, Instant now) {
        if (tenders.findById(demo.id()).isPresent()) {
            return false;
        }
        Tender tender = Tender.create(demo.id(), demo.buyerSiret(), demo.terms(), demo.planned(), ACTOR, now);
        if (!demo.planned()) {
            tender.submit(now, List.of());
            tender.publish(now);
        }
        try {
            tenders.save(tender);
            return true;
        } catch (DuplicateKeyException importedMeanwhile) {
            return false;
        }
    }

    private interface Parser<T> {
        T parse(InputStream in);
    }

    private static <T> T read(String resource, Parser<T> parser) {
        try (InputStream in = SeedSources.resource(resource)) {
            return parser.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
