package org.essmarket.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnToTest {

    @ParameterizedTest
    @ValueSource(strings = { "/", "/appels-offres/42", "/appels-offres?q=nettoyage&page=2", "/mes-structures/1#membres" })
    void keeps_a_path_of_this_site(String path) {
        assertThat(ReturnTo.sanitize(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://evil.example/", "//evil.example/x", "/\\evil.example", "\\\\evil.example",
            "javascript:alert(1)", "evil.example", "/\t/evil.example", " /x", "" })
    void sends_anything_else_home(String elsewhere) {
        assertThat(ReturnTo.sanitize(elsewhere)).isEqualTo("/");
    }

    @Test
    void sends_a_missing_or_overlong_return_address_home() {
        assertThat(ReturnTo.sanitize(null)).isEqualTo("/");
        assertThat(ReturnTo.sanitize("/" + "a".repeat(3000))).isEqualTo("/");
    }
}
