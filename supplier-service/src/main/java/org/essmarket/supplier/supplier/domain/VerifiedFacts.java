package org.essmarket.supplier.supplier.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a facilitator checked when verifying a supplier: the facts bound to its SIRET (legal name,
 * legal form, NAF code) and its kinds, which decide reserved-lot eligibility. Members may change
 * them in their profile, but the change counts only once a facilitator approves it.
 */
public record VerifiedFacts(String legalName, String legalForm, String naf, Set<SupplierKind> kinds) {

    public VerifiedFacts {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public static VerifiedFacts of(SupplierProfile profile) {
        return new VerifiedFacts(profile.legalName(), profile.legalForm(), profile.naf(), profile.kinds());
    }

    /** The profile with these facts in place of the declared ones. */
    public SupplierProfile appliedTo(SupplierProfile profile) {
        return new SupplierProfile(legalName, profile.brand(), legalForm, naf, profile.scale(), kinds,
                profile.location(), profile.activities(), profile.description(), profile.labels(), profile.networks(),
                profile.insertionHeadcount(), profile.permanentHeadcount(), profile.turnover(),
                profile.clientReferences(), profile.maxContractValue(), profile.contacts(), profile.website());
    }

    /** The fields (by their names in the API) where the profile declares something not verified. */
    public List<String> differencesFrom(SupplierProfile profile) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(legalName, profile.legalName())) {
            changed.add("legalName");
        }
        if (!Objects.equals(legalForm, profile.legalForm())) {
            changed.add("legalForm");
        }
        if (!Objects.equals(naf, profile.naf())) {
            changed.add("naf");
        }
        if (!kinds.equals(profile.kinds())) {
            changed.add("kinds");
        }
        return changed;
    }
}
