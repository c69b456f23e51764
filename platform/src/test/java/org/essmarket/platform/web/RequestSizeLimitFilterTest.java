package org.essmarket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

class RequestSizeLimitFilterTest {

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(DataSize.ofKilobytes(1),
            List.of("/api/v1/tenders/*/documents"), JsonMapper.builder().build());

    private int statusOf(String path, String contentType) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType(contentType);
        request.setContent(new byte[2048]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    @Test
    void refuses_a_body_over_the_limit_with_413() throws Exception {
        assertThat(statusOf("/api/v1/tenders", "application/json")).isEqualTo(413);
    }

    @Test
    void leaves_multipart_uploads_on_listed_paths_to_the_multipart_limits() throws Exception {
        assertThat(statusOf("/api/v1/tenders/42/documents", "multipart/form-data; boundary=x")).isEqualTo(200);
    }

    @Test
    void keeps_the_limit_for_other_bodies_on_listed_paths_and_for_uploads_elsewhere() throws Exception {
        assertThat(statusOf("/api/v1/tenders/42/documents", "application/json")).isEqualTo(413);
        assertThat(statusOf("/api/v1/tenders/42", "multipart/form-data; boundary=x")).isEqualTo(413);
    }
}
