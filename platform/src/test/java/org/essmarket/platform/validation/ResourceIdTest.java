package org.essmarket.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

class ResourceIdTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Invitation(@ResourceId String supplierId) {
    }

    @Test
    void the_ids_the_platform_makes_are_accepted() {
        assertThat(VALIDATOR.validate(new Invitation(UUID.randomUUID().toString()))).isEmpty();
        assertThat(VALIDATOR.validate(new Invitation("65f1c2a9e4b0a1b2c3d4e5f6"))).as("a MongoDB object id").isEmpty();
        assertThat(VALIDATOR.validate(new Invitation(null))).as("absent: @NotBlank says if it is needed").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "T/bids/B", "../internal/suppliers", "a%2Fb", "a?b=c", "a#b", "a b", "", "é",
            "0123456789012345678901234567890123456789012345678901234567890123456789" })
    void an_id_that_could_become_another_address_is_refused_once_naming_what_an_id_is(String id) {
        Set<ConstraintViolation<Invitation>> violations = VALIDATOR.validate(new Invitation(id));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("supplierId");
            assertThat(violation.getMessage()).contains("must be an id");
        });
    }
}
