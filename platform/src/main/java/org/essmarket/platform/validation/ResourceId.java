package org.essmarket.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * The id of a supplier, tender, groupement, bid or user, taken from a caller: letters, digits, dashes
 * and underscores, at most 64. Such ids go into other services' addresses (Feign paths) and store
 * queries, so a value like {@code T/bids/B} or {@code ../x} is refused with a 400 naming the field
 * before it can become another URL. Null passes: combine with {@code @NotBlank} where required.
 */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = ResourceId.FORMAT)
public @interface ResourceId {

    int MAX_LENGTH = 64;

    /** Every id ESS Market makes (UUIDs, MongoDB object ids, Keycloak user ids) has this form. */
    String FORMAT = "[A-Za-z0-9_-]{1," + MAX_LENGTH + "}";

    String message() default "must be an id: 1 to 64 letters, digits, dashes or underscores";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
