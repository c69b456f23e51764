package org.essmarket.search.catalogue.domain;

import java.util.List;

/** A search request with parameters we refuse, each named with its reason. */
public class InvalidSearchParameters extends RuntimeException {

    private final transient List<ParameterViolation> violations;

    public InvalidSearchParameters(List<ParameterViolation> violations) {
        super("invalid search parameters: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<ParameterViolation> violations() {
        return violations;
    }
}
