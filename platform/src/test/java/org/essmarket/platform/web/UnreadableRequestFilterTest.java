package org.essmarket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

class UnreadableRequestFilterTest {

    private final UnreadableRequestFilter filter = new UnreadableRequestFilter(JsonMapper.builder().build());

    private MockHttpServletResponse get(String queryString) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/search/tenders");
        request.setQueryString(queryString);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private MockHttpServletResponse post(String header, String value) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/tenders");
        request.addHeader(header, value);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void refuses_an_accept_header_that_is_not_a_list_of_media_types_with_400_naming_it() throws Exception {
        MockHttpServletResponse response = post("Accept", "W/\"1\"");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"field\":\"Accept\"");
        assertThat(post("Accept", "application/json, */*;q=0.1").getStatus()).isEqualTo(200);
    }

    @Test
    void refuses_a_content_type_with_an_unknown_charset_or_a_multipart_one_without_boundary() throws Exception {
        assertThat(post("Content-Type", "application/json; charset=nope").getContentAsString())
                .contains("\"field\":\"Content-Type\"").contains("is not a media type");
        assertThat(post("Content-Type", "multipart/form-data").getContentAsString()).contains("without a boundary");
        assertThat(post("Content-Type", "multipart/form-data; boundary=x").getStatus()).isEqualTo(200);
        assertThat(post("Content-Type", "application/json").getStatus()).isEqualTo(200);
    }

    @Test
    void refuses_invalid_utf8_in_a_value_with_400_naming_the_parameter() throws Exception {
        MockHttpServletResponse response = get("page=0&q=%ff");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"field\":\"q\"").contains("percent-encoded UTF-8");
    }

    @Test
    void refuses_a_truncated_or_broken_escape_and_a_sequence_cut_in_the_middle() throws Exception {
        assertThat(get("near=%C3%28").getContentAsString()).contains("\"field\":\"near\"");
        assertThat(get("q=abc%").getStatus()).isEqualTo(400);
        assertThat(get("q=%zz").getStatus()).isEqualTo(400);
        assertThat(get("q=%C3").getStatus()).isEqualTo(400);
    }

    @Test
    void refuses_control_characters_such_as_nul() throws Exception {
        MockHttpServletResponse response = get("department=69%00");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"field\":\"department\"").contains("control characters");
    }

    @Test
    void names_an_undecodable_parameter_as_sent() throws Exception {
        assertThat(get("%ff=1").getContentAsString()).contains("\"field\":\"%ff\"");
    }

    @Test
    void lets_well_formed_queries_through_accents_spaces_and_empty_values_included() throws Exception {
        assertThat(get("q=b%C3%A2timent+%C3%A9cole&cpvPrefix=90&cpvPrefix=45&empty=&flag").getStatus()).isEqualTo(200);
        assertThat(get(null).getStatus()).isEqualTo(200);
    }
}
