package org.essmarket.consortium.consortium.domain;

/** A value the rules refuse, naming the field at fault as the API names it ({@code lots}, {@code share}). */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
