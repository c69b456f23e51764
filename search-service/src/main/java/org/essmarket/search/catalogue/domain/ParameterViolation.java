package org.essmarket.search.catalogue.domain;

/** One request parameter that was refused, and why (in words for the user). */
public record ParameterViolation(String parameter, String message) {
}
