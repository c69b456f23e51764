package org.essmarket.supplier.supplier.domain;

/**
 * A value the business rules refuse, naming the field at fault (as the API names it, e.g.
 * {@code siret} or {@code activities[0].cpvCodes[2]}) so that clients can show it next to the input.
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
