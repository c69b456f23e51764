package org.essmarket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ProblemsTest {

    @Test
    void a_path_rebuilt_from_a_decoded_parameter_becomes_a_quoted_instance_not_an_error() {
        assertThat(Problems.of(HttpStatus.NOT_FOUND, "No such index", "/api/v1/search/indices/{\"$gt\":\"\"}/reindex")
                .getInstance()).hasToString("/api/v1/search/indices/%7B%22$gt%22:%22%22%7D/reindex");
    }

    @Test
    void a_request_uri_still_percent_encoded_is_kept_as_sent() {
        assertThat(Problems.of(HttpStatus.NOT_FOUND, "No such index", "/api/v1/search/indices/%7B%7D/reindex")
                .getInstance()).hasToString("/api/v1/search/indices/%7B%7D/reindex");
    }
}
