package org.essmarket.supplier.supplier.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A structure's registration: its SIRET (checked, then fixed for good) and its first profile. */
public record RegisterSupplierRequest(@NotBlank String siret, @NotNull @Valid SupplierProfileRequest profile) {
}
