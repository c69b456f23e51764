package org.essmarket.search.index.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.ConnectException;

import org.essmarket.search.index.application.SearchIndices;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class InternalIndexControllerTest {

    @Test
    void a_push_while_elasticsearch_cannot_be_reached_gets_503_problem_json_for_the_owner_to_retry() throws Exception {
        SearchIndices indices = mock(SearchIndices.class);
        when(indices.indexAll(anyString(), any())).thenThrow(
                new ConnectException("Connect to http://127.0.0.1:9200 [/127.0.0.1] failed: Connection refused"));
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new InternalIndexController(indices)).build();

        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/internal/index/tenders")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"documents\": [{\"id\": \"t1\", \"version\": 3, \"document\": {\"title\": \"Entretien\"}}]}"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isNotBlank();
        assertThat(response.getContentAsString()).contains("try again").doesNotContain("9200");
    }
}
