package org.essmarket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

class DirectErrorPathFilterTest {

    private final DirectErrorPathFilter filter = new DirectErrorPathFilter(JsonMapper.builder().build());

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
        return response;
    }

    @Test
    void a_direct_request_for_the_error_page_is_a_404_problem_not_a_500() throws Exception {
        for (String path : new String[] { "/error", "/error/", "/error;x=1" }) {
            MockHttpServletResponse response = get(path);
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).contains("\"status\":404");
        }
    }

    @Test
    void other_paths_pass() throws Exception {
        assertThat(get("/api/v1/errors").getStatus()).isEqualTo(200);
        assertThat(get("/errors").getStatus()).isEqualTo(200);
    }
}
