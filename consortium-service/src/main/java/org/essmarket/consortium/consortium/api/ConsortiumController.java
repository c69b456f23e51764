package org.essmarket.consortium.consortium.api;

import org.essmarket.consortium.consortium.application.ConsortiumSummary;
import org.essmarket.consortium.consortium.application.ConsortiumWorkspace;
import org.essmarket.platform.web.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/consortia")
public class ConsortiumController {

    private final ConsortiumWorkspace workspace;

    public ConsortiumController(ConsortiumWorkspace workspace) {
        this.workspace = workspace;
    }

    @GetMapping
    public PageResponse<ConsortiumSummary> listMyConsortia(@AuthenticationPrincipal Jwt user, Pageable page) {
        return PageResponse.of(workspace.listMyConsortia(user.getSubject(), page));
    }
}
