package org.essmarket.search.figures.api;

import org.essmarket.search.figures.application.PlatformFigures;
import org.essmarket.search.figures.application.PlatformFigures.Figures;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/search/figures}: the marketplace in three numbers, public like the searches. */
@RestController
public class FiguresController {

    private final PlatformFigures figures;

    public FiguresController(PlatformFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/v1/search/figures")
    @Tag(name = "Figures")
    @Operation(operationId = "platformFigures", summary = "Count open tenders, verified suppliers and reserved lots",
            description = "Open tenders are the PUBLISHED ones; reserved lots are their lots reserved under "
                    + "L2113-12 to L2113-15; verified suppliers are those of the public catalogue.")
    public Figures figures() {
        return figures.figures();
    }
}
