package org.essmarket.tender.buyer.domain;

import java.util.Objects;

/**
 * A public buyer body (acheteur) known by name: the SIRET tenders carry, and the name the public
 * sees. Tokens name only the SIRET, so names are known where a source gave them (the demo data).
 */
public record BuyerBody(String siret, String name) {

    public BuyerBody {
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(name, "name");
    }
}
