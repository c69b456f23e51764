package org.essmarket.tender.opendata.api;

import org.essmarket.tender.opendata.application.Ocds;
import org.essmarket.tender.opendata.application.OpenDataService;
import org.essmarket.tender.tender.api.Callers;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A tender as open data: an OCDS 1.1.5 release package, readable by anyone who may see the tender. */
@RestController
public class OcdsController {

    private final OpenDataService openData;

    public OcdsController(OpenDataService openData) {
        this.openData = openData;
    }

    @GetMapping(path = "/api/v1/tenders/{id}/ocds", produces = MediaType.APPLICATION_JSON_VALUE)
    @Tag(name = "Open data")
    @Operation(operationId = "getOcdsReleasePackage", summary = "The tender as an Open Contracting (OCDS 1.1) "
            + "release package (public tenders)")
    public Ocds.ReleasePackage ocdsReleasePackage(@PathVariable String id, Authentication user) {
        return openData.ocdsReleasePackage(Callers.of(user), id,
                ServletUriComponentsBuilder.fromCurrentRequest().replaceQuery(null).build().toUri());
    }
}
