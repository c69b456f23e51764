package org.essmarket.tender.tender.domain;

/**
 * A value the business rules refuse, naming the field at fault as the API names it
 * ({@code lots[1].number}, {@code cpvCodes[0]}, {@code deadline}).
 */
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
