package org.essmarket.tender.seed.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.essmarket.tender.tender.domain.AwardCriterion;
import org.essmarket.tender.tender.domain.BuyerType;
import org.essmarket.tender.tender.domain.InvalidFieldException;
import org.essmarket.tender.tender.domain.Lot;
import org.essmarket.tender.tender.domain.PlaceOfPerformance;
import org.essmarket.tender.tender.domain.Procedure;
import org.essmarket.tender.tender.domain.ProcurementFacts;
import org.essmarket.tender.tender.domain.Reservation;
import org.essmarket.tender.tender.domain.SocialClause;
import org.essmarket.tender.tender.domain.TenderKind;
import org.essmarket.tender.tender.domain.TenderRules;
import org.essmarket.tender.tender.domain.TenderTerms;

/**
 * Turns real DECP contracts and BOAMP notices into live demo tenders (see seed/ATTRIBUTION.md).
 * DECP publishes one record per awarded lot ("… - Lot 2 : enrobés"): records of one buyer sharing
 * the text before "lot N" become one tender with those lots. A BOAMP notice carries no SIRET: its
 * buyer is found by name among the DECP buyers, or the notice is left out. What the sources say
 * about reservations ("Marché réservé (article 13 …)") and insertion clauses is kept; the demo
 * choices fill the gaps and are applied last. Deadlines are moved 10 to 45 days after {@code now}
 * (the same offset for a tender at every run) so the demo is live. Every tender passes the tender
 * rules, or is rejected with the reason.
 */
public class DemoCuration {

    /** The outcome: the tenders to import, and what was left out and why. */
    public record Curation(List<DemoTender> tenders, List<String> rejected) {
    }

    /** DECP and our demo data give no weights; a price/quality split is the demo's choice. */
    static final List<AwardCriterion> DEFAULT_CRITERIA = List.of(new AwardCriterion("Prix", 60),
            new AwardCriterion("Valeur technique", 40));
    static final String NO_LOTS = "Marché non alloti, tel que publié dans les données essentielles (DECP).";

    private static final Pattern LOT = Pattern.compile(
            "^(.*?)[\\s\\-–:,(]*\\blot\\s*(?:n\\s*[°o]?\\s*)?(\\d+)\\s*[\\-–:.)]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern RESERVED = Pattern.compile("march[ée] r[ée]serv[ée]", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESERVED_ARTICLE = Pattern.compile("article (13|14)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern INSERTION_CLAUSE = Pattern.compile(
            "[^.]*(emploi de personnes en insertion|clause sociale|clause d'insertion)[^.]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*<br\\s*/?>\\s*", Pattern.CASE_INSENSITIVE);

    private final TenderRules rules;

    public DemoCuration(TenderRules rules) {
        this.rules = rules;
    }

    public Curation curate(List<SourceContract> contracts, List<SourceNotice> notices, List<DemoChoice> choices,
            Instant now) {
        List<String> rejected = new ArrayList<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        groupByTender(contracts).forEach(group -> collect(drafts, rejected, group.getFirst().sourceKey(),
                () -> fromContracts(group)));
        for (SourceNotice notice : notices) {
            collect(drafts, rejected, notice.sourceKey(), () -> fromNotice(notice, contracts));
        }
        applyChoices(drafts, choices, rejected);
        List<DemoTender> tenders = new ArrayList<>();
        drafts.forEach((key, draft) -> {
            try {
                tenders.add(draft.toTender(key, now, rules));
            } catch (InvalidFieldException e) {
                rejected.add(key + ": " + e.field() + ": " + e.getMessage());
            }
        });
        return new Curation(tenders, rejected);
    }

    private interface DraftSource {
        Draft build();
    }

    private static void collect(Map<String, Draft> drafts, List<String> rejected, String key, DraftSource source) {
        try {
            drafts.put(key, source.build());
        } catch (InvalidFieldException e) {
            rejected.add(key + ": " + e.field() + ": " + e.getMessage());
        }
    }

    /** Records of one buyer sharing the text before "lot N" together (lot order), the others alone. */
    static List<List<SourceContract>> groupByTender(List<SourceContract> contracts) {
        Map<String, List<SourceContract>> groups = new LinkedHashMap<>();
        for (SourceContract contract : contracts) {
            String key = lotOf(contract).map(lot -> contract.buyerSiret() + "|" + fold(lot.tenderTitle()))
                    .orElse(contract.sourceKey());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(contract);
        }
        return groups.values().stream().map(group -> group.stream()
                .sorted((a, b) -> Integer.compare(lotOf(a).map(SourceLotText::number).orElse(0),
                        lotOf(b).map(SourceLotText::number).orElse(0)))
                .toList()).toList();
    }

    /** What a DECP object says about its lot: "Nettoyage des locaux (lot n°2 : vitres)". */
    record SourceLotText(String tenderTitle, int number, String lotTitle) {
    }

    static Optional<SourceLotText> lotOf(SourceContract contract) {
        Matcher m = LOT.matcher(firstLine(contract.object()));
        if (!m.matches() || m.group(1).isBlank()) {
            return Optional.empty();
        }
        String lotTitle = m.group(3).replaceAll("[)\\s]+$", "").strip();
        return Optional.of(new SourceLotText(m.group(1).strip(), Integer.parseInt(m.group(2)),
                lotTitle.isEmpty() ? "Lot " + m.group(2) : lotTitle));
    }

    private Draft fromContracts(List<SourceContract> group) {
        SourceContract first = group.getFirst();
        Draft draft = new Draft(first.buyerSiret(), first.buyerName(), procedure(first.procedure()),
                place(first.placeType(), first.placeCode()));
        draft.description = describe(first);
        Optional<SourceLotText> lot = lotOf(first);
        if (lot.isPresent()) {
            draft.title = lot.get().tenderTitle();
            BigDecimal total = BigDecimal.ZERO;
            for (SourceContract contract : group) {
                SourceLotText text = lotOf(contract).orElseThrow();
                draft.lots.add(new Lot(text.number(), text.lotTitle(), contract.cpv(), contract.amount(), null));
                draft.cpvCodes.add(contract.cpv());
                total = contract.amount() == null ? total : total.add(contract.amount());
            }
            draft.estimatedValue = total.signum() > 0 ? total : null;
        } else {
            draft.title = firstLine(first.object());
            draft.cpvCodes.add(first.cpv());
            draft.estimatedValue = first.amount();
            Reservation reserved = sourceReservation(first.object());
            if (reserved != null) {
                // A reservation applies to lots here: the whole contract becomes its only lot.
                draft.lots.add(new Lot(1, draft.title, first.cpv(), first.amount(), reserved));
            }
            for (String line : LINE_BREAK.split(first.object())) {
                Matcher clause = INSERTION_CLAUSE.matcher(line);
                if (clause.find()) {
                    draft.socialClause = new SocialClause(0, clause.group().strip());
                }
            }
        }
        return draft;
    }

    /**
     * What the object says about a reservation: "article 13" (of the 2016 decree, today L2113-12)
     * reserves to disabled workers' structures, "article 14" (L2113-13) to SIAE; "Marché réservé"
     * without its article is NONE here (a demo choice may say which); null when not reserved.
     */
    static Reservation sourceReservation(String object) {
        if (!RESERVED.matcher(object).find()) {
            return null;
        }
        Matcher article = RESERVED_ARTICLE.matcher(object);
        if (!article.find()) {
            return Reservation.NONE;
        }
        return article.group(1).equals("13") ? Reservation.DISABILITY : Reservation.INSERTION;
    }

    private Draft fromNotice(SourceNotice notice, List<SourceContract> contracts) {
        String siret = contracts.stream().filter(c -> fold(c.buyerName()).equals(fold(notice.buyerName())))
                .map(SourceContract::buyerSiret).findFirst()
                .orElseThrow(() -> new InvalidFieldException("buyerSiret", "BOAMP gives no SIRET and no DECP buyer is named '"
                        + notice.buyerName() + "'"));
        String buyerName = contracts.stream().filter(c -> c.buyerSiret().equals(siret)).findFirst()
                .map(SourceContract::buyerName).orElse(notice.buyerName());
        Draft draft = new Draft(siret, buyerName, boampProcedure(notice.procedure()),
                place("Code département", notice.department()));
        draft.title = notice.title();
        draft.description = notice.description();
        draft.cpvCodes.add(notice.cpv());
        notice.lots().forEach(lot -> draft.lots.add(new Lot(lot.number(), lot.title(), lot.cpv(), null, null)));
        if (!notice.criteria().isEmpty()) {
            draft.criteria = notice.criteria();
        }
        return draft;
    }

    private static void applyChoices(Map<String, Draft> drafts, List<DemoChoice> choices, List<String> rejected) {
        for (DemoChoice choice : choices) {
            Draft draft = drafts.get(choice.source());
            if (draft == null) {
                rejected.add("demo choice for " + choice.source() + ": no such tender in the demo data");
                continue;
            }
            try {
                draft.apply(choice);
            } catch (IllegalArgumentException e) {
                rejected.add("demo choice for " + choice.source() + ": " + e.getMessage());
            }
        }
    }

    private static Procedure procedure(String decp) {
        String p = fold(decp);
        if (p.equals("procedure adaptee")) {
            return Procedure.MAPA;
        }
        if (p.equals("appel d offres ouvert")) {
            return Procedure.OPEN;
        }
        if (p.equals("appel d offres restreint")) {
            return Procedure.RESTRICTED;
        }
        if (p.contains("negoci") && !p.contains("sans publicite")) {
            return Procedure.NEGOTIATED;
        }
        throw new InvalidFieldException("procedure", "'" + decp + "' has no published call for tenders to show");
    }

    private static Procedure boampProcedure(String tag) {
        return switch (tag == null ? "" : tag) {
            case "PROCEDURE_ADAPTE" -> Procedure.MAPA;
            case "OUVERT" -> Procedure.OPEN;
            case "RESTREINT" -> Procedure.RESTRICTED;
            case "NEGOCIE", "CONCURRENTIELLE_AVEC_NEGOCIATION" -> Procedure.NEGOTIATED;
            default -> throw new InvalidFieldException("procedure", "BOAMP procedure '" + tag + "' is not one we show");
        };
    }

    /**
     * The place of performance from DECP's code: a department (first digits of a postcode or an
     * INSEE commune code; 3 digits overseas; Corsica's 20xxx postcodes split into 2A and 2B) or a
     * region. The rules check the code exists.
     */
    static PlaceOfPerformance place(String type, String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        String kind = fold(type);
        if (kind.equals("code region")) {
            return new PlaceOfPerformance(PlaceOfPerformance.Scope.REGION, List.of(), c);
        }
        String department;
        if (kind.equals("code departement")) {
            department = c.length() == 1 ? "0" + c : c;
        } else if ((kind.equals("code postal") || kind.equals("code commune")) && c.matches("\\d{5}|2[AB]\\d{3}")) {
            department = c.startsWith("97") ? c.substring(0, 3)
                    : c.startsWith("20") && kind.equals("code postal") ? (c.compareTo("20200") < 0 ? "2A" : "2B")
                    : c.substring(0, 2);
        } else {
            throw new InvalidFieldException("place", "cannot tell the department of " + type + " '" + code + "'");
        }
        return new PlaceOfPerformance(PlaceOfPerformance.Scope.DEPARTMENTS, List.of(department), null);
    }

    /**
     * What kind of buyer a SIRET is, as far as its number says: INSEE numbers local authorities and
     * their groupings from 2 (communes 21, departments 22, regions 23, their groupings 20, 24, 25); the others are
     * left as another public authority, which the demo sources do not tell apart.
     */
    static BuyerType buyerType(String siret) {
        return siret.startsWith("2") ? BuyerType.LOCAL_AUTHORITY : BuyerType.OTHER_PUBLIC_AUTHORITY;
    }

    private static String describe(SourceContract contract) {
        List<String> parts = new ArrayList<>();
        String[] lines = LINE_BREAK.split(contract.object().strip(), 2);
        if (lines.length > 1 && !lines[1].isBlank()) {
            parts.add(lines[1].strip());
        }
        if (contract.nature() != null) {
            parts.add(contract.nature() + (contract.durationMonths() == null ? "" : ", durée " + contract.durationMonths()
                    + " mois") + ".");
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    private static String firstLine(String text) {
        return LINE_BREAK.split(text.strip(), 2)[0].strip();
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").replaceAll("\\b([a-z]) (?=[a-z]\\b)", "$1").strip();
    }

    /** A tender being assembled from its sources, before the rules check it. */
    private static final class Draft {
        final String buyerSiret;
        final String buyerName;
        final Procedure procedure;
        final PlaceOfPerformance place;
        String title;
        String description;
        BigDecimal estimatedValue;
        final Set<String> cpvCodes = new LinkedHashSet<>();
        final List<Lot> lots = new ArrayList<>();
        List<AwardCriterion> criteria = DEFAULT_CRITERIA;
        SocialClause socialClause;
        boolean planned;

        Draft(String buyerSiret, String buyerName, Procedure procedure, PlaceOfPerformance place) {
            this.buyerSiret = Objects.requireNonNull(buyerSiret);
            this.buyerName = buyerName;
            this.procedure = procedure;
            this.place = place;
        }

        void apply(DemoChoice choice) {
            switch (choice.choice()) {
                case DemoChoice.RESERVATION -> {
                    Reservation reservation = Reservation.valueOf(choice.value());
                    int index = lotIndex(choice.lot());
                    Lot lot = lots.get(index);
                    lots.set(index, new Lot(lot.number(), lot.title(), lot.cpv(), lot.estimatedValue(), reservation));
                }
                case DemoChoice.INSERTION_HOURS -> socialClause = new SocialClause(Integer.parseInt(choice.value()),
                        "Heures réservées à des personnes en insertion (données de démonstration).");
                case DemoChoice.PLANNED -> planned = true;
                default -> throw new IllegalArgumentException("unknown choice '" + choice.choice() + "'");
            }
        }

        private int lotIndex(Integer number) {
            for (int i = 0; i < lots.size(); i++) {
                if (number != null && lots.get(i).number() == number) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no lot " + number);
        }

        DemoTender toTender(String sourceKey, Instant now, TenderRules rules) {
            long days = 10 + Math.floorMod(sourceKey.hashCode(), 36);
            Instant hour = now.truncatedTo(ChronoUnit.HOURS);
            Instant deadline = planned ? null : hour.plus(Duration.ofDays(days));
            LocalDate expected = planned ? LocalDate.ofInstant(hour, ZoneOffset.UTC).plusDays(days) : null;
            TenderTerms terms = new TenderTerms(title, description, TenderKind.TENDER, procedure, estimatedValue, place,
                    List.copyOf(cpvCodes), socialClause, null, criteria, deadline, expected, null, null, lots,
                    lots.isEmpty() ? NO_LOTS : null, new ProcurementFacts(null, buyerType(buyerSiret), false, null,
                            null, null, null));
            return new DemoTender(sourceKey, buyerSiret, buyerName, rules.check(terms, now), planned);
        }
    }
}
