package org.essmarket.platform.web;

/** One entry of a problem's {@code errors} list: which field was wrong and why. */
public record FieldProblem(String field, String message) {
}
