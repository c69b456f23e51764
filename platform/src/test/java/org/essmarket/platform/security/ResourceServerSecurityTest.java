package org.essmarket.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;

import tools.jackson.databind.json.JsonMapper;

/** How the bearer-token filter, as {@link ResourceServerSecurity} sets it up, answers a token it could not accept. */
class ResourceServerSecurityTest {

    private final ServletProblemSecurityHandlers handlers = new ServletProblemSecurityHandlers(JsonMapper.builder().build());

    private MockHttpServletResponse answerWhenTheTokenCheck(AuthenticationManager check) throws Exception {
        BearerTokenAuthenticationFilter filter = ResourceServerSecurity.tokenCheckFailures(handlers)
                .postProcess(new BearerTokenAuthenticationFilter(check));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/suppliers/mine");
        request.addHeader("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void a_token_that_cannot_be_checked_because_keycloaks_keys_are_unreachable_gets_503_problem_json_to_retry()
            throws Exception {
        MockHttpServletResponse response = answerWhenTheTokenCheck(token -> {
            throw new AuthenticationServiceException("An error occurred while attempting to decode the Jwt: "
                    + "I/O error on GET request for \"http://127.0.0.1:8180/realms/marketplace/protocol/openid-connect/certs\"");
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isNotBlank();
        assertThat(response.getContentAsString()).contains("try again").doesNotContain("127.0.0.1", "certs");
    }

    @Test
    void an_invalid_token_still_gets_401_problem_json() throws Exception {
        MockHttpServletResponse response = answerWhenTheTokenCheck(token -> {
            throw new InvalidBearerTokenException("expired");
        });

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
    }
}
