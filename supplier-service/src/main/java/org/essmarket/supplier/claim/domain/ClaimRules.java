package org.essmarket.supplier.claim.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.essmarket.supplier.supplier.domain.Contact;
import org.essmarket.supplier.supplier.domain.SupplierProfile;

/** When a claim is approved without a facilitator, and when a refused user may claim again. */
public final class ClaimRules {

    /** A user refused for a structure may not claim it again before this (a facilitator still may approve). */
    public static final Duration REFUSAL_COOLDOWN = Duration.ofDays(30);

    /**
     * Mailbox providers anyone can get an address at: a structure whose contact writes from one of
     * them would otherwise let every user of that provider join it.
     */
    private static final Set<String> PUBLIC_MAILBOXES = Set.of("gmail.com", "googlemail.com", "yahoo.fr",
            "yahoo.com", "hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr", "live.com", "msn.com",
            "icloud.com", "me.com", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "laposte.net",
            "bbox.fr", "aol.com", "aol.fr", "gmx.fr", "gmx.com", "proton.me", "protonmail.com", "yandex.com",
            "mail.com", "numericable.fr", "club-internet.fr", "aliceadsl.fr");

    private ClaimRules() {
    }

    /**
     * The domain that proves the claimant works for the structure: their verified email's domain
     * when it is the domain of the structure's website or of one of its contacts' emails, and not a
     * public mailbox provider's. Empty when a facilitator must decide.
     */
    public static Optional<String> emailProvesMembership(Claimant claimant, SupplierProfile structure) {
        Optional<String> domain = emailDomain(claimant.verifiedEmail()).filter(d -> !PUBLIC_MAILBOXES.contains(d));
        if (domain.isEmpty() || structure == null) {
            return Optional.empty();
        }
        Stream<String> structureDomains = Stream.concat(websiteDomain(structure.website()).stream(),
                structure.contacts().stream().map(Contact::email).flatMap(email -> emailDomain(email).stream()));
        return structureDomains.anyMatch(domain.get()::equals) ? domain : Optional.empty();
    }

    /** Until when a claim refused earlier keeps the user from claiming the structure again, if it still does. */
    public static Optional<Instant> refusedUntil(Claim earlier, Instant now) {
        if (earlier == null || earlier.status() != ClaimStatus.REJECTED || earlier.decidedAt() == null) {
            return Optional.empty();
        }
        Instant until = earlier.decidedAt().plus(REFUSAL_COOLDOWN);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    static Optional<String> emailDomain(String email) {
        if (email == null) {
            return Optional.empty();
        }
        int at = email.trim().lastIndexOf('@');
        return at < 1 ? Optional.empty() : normalised(email.trim().substring(at + 1));
    }

    static Optional<String> websiteDomain(String website) {
        if (website == null || website.isBlank()) {
            return Optional.empty();
        }
        try {
            return normalised(new URI(website.trim()).getHost());
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }

    /** Lower case, without "www." nor a final dot: www.Baluchon.fr. and baluchon.fr are one domain. */
    private static Optional<String> normalised(String host) {
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String domain = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (domain.startsWith("www.")) {
            domain = domain.substring(4);
        }
        return domain.contains(".") ? Optional.of(domain) : Optional.empty();
    }
}
