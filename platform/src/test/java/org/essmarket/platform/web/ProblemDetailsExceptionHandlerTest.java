package org.essmarket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class ProblemDetailsExceptionHandlerTest {

    enum Kind { EA, ESAT }

    record Body(Instant deadline, BigDecimal amount, Kind kind, String title, List<String> codes, Boolean flag) {
    }

    private static String messageFor(String json) {
        JacksonException error = catchThrowableOfType(JacksonException.class,
                () -> JsonMapper.builder().build().readValue(json, Body.class));
        return ProblemDetailsExceptionHandler.expected(error);
    }

    @Test
    void a_field_of_the_wrong_shape_is_described_without_java_types_or_exception_names() {
        assertThat(messageFor("{\"deadline\": \"yesterday\"}")).isEqualTo(
                "must be an ISO-8601 date and time, e.g. 2026-01-31T12:00:00Z");
        assertThat(messageFor("{\"amount\": \"lots\"}")).isEqualTo("must be a number");
        assertThat(messageFor("{\"kind\": \"NOPE\"}")).isEqualTo("must be one of [EA, ESAT]");
        assertThat(messageFor("{\"title\": {\"$gt\": \"\"}}")).isEqualTo("must be a string");
        assertThat(messageFor("{\"codes\": {\"$ne\": null}}")).isEqualTo("must be an array");
        for (String json : new String[] { "{\"deadline\": \"yesterday\"}", "{\"amount\": \"lots\"}",
                "{\"kind\": \"NOPE\"}", "{\"title\": {\"$gt\": \"\"}}", "{\"flag\": \"maybe\"}" }) {
            assertThat(messageFor(json)).doesNotContainPattern("(?i)java|exception|`");
        }
    }

    @Test
    void a_database_that_cannot_be_reached_gets_503_with_retry_after_not_500() {
        for (RuntimeException failure : List.of(
                new DataAccessResourceFailureException("Timed out while waiting for a server that matches "
                        + "WritableServerSelector, 127.0.0.1:27017"),
                new MongoSocketReadException("Prematurely reached end of stream", new ServerAddress("127.0.0.1", 27017)),
                new MongoTimeoutException("Timed out while waiting for a server, 127.0.0.1:27017"))) {
            ResponseEntity<ProblemDetail> answer = new ProblemDetailsExceptionHandler().storeUnavailable(failure,
                    new ServletWebRequest(new MockHttpServletRequest("GET", "/api/v1/suppliers/mine")));

            assertThat(answer.getStatusCode().value()).as(failure.toString()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst("Retry-After")).isNotBlank();
            assertThat(answer.getBody().getDetail()).contains("try again").doesNotContain("27017", "Selector");
            assertThat(answer.getBody().getInstance()).hasToString("/api/v1/suppliers/mine");
        }
        assertThat(ProblemDetailsExceptionHandler.class.getDeclaredMethods()).filteredOn(
                method -> method.getName().equals("storeUnavailable")).singleElement()
                .satisfies(method -> assertThat(method.getAnnotation(ExceptionHandler.class).value()).contains(
                        DataAccessResourceFailureException.class, MongoSocketException.class, MongoTimeoutException.class));
    }
}
