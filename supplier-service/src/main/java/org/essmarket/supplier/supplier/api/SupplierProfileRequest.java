package org.essmarket.supplier.supplier.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.essmarket.supplier.supplier.domain.Activity;
import org.essmarket.supplier.supplier.domain.ClientReference;
import org.essmarket.supplier.supplier.domain.Contact;
import org.essmarket.supplier.supplier.domain.Location;
import org.essmarket.supplier.supplier.domain.Scale;
import org.essmarket.supplier.supplier.domain.SupplierKind;
import org.essmarket.supplier.supplier.domain.SupplierProfile;

/**
 * The profile fields a supplier's members may set. Server-owned fields (status, members, audit,
 * version, SIRET after registration) are not here, so a client cannot set them.
 */
public record SupplierProfileRequest(
        @NotBlank @Size(max = 200) String legalName,
        @Size(max = 200) String brand,
        @Size(max = 100) String legalForm,
        @Size(max = 10) String naf,
        Scale scale,
        @NotEmpty Set<SupplierKind> kinds,
        @NotNull Location location,
        @Size(max = 50) List<Activity> activities,
        @Size(max = 10_000) String description,
        @Size(max = 50) List<@Size(max = 100) String> labels,
        @Size(max = 50) List<@Size(max = 100) String> networks,
        Integer insertionHeadcount,
        Integer permanentHeadcount,
        @DecimalMin("0") BigDecimal turnover,
        @Size(max = 50) List<ClientReference> clientReferences,
        @DecimalMin("0") BigDecimal maxContractValue,
        @Size(max = 20) List<@Valid ContactRequest> contacts,
        @Size(max = 200) String website) {

    /** A contact person; the e-mail address must look like one. */
    public record ContactRequest(@Size(max = 200) String name, @Size(max = 100) String role,
            @Email @Size(max = 200) String email, @Size(max = 30) String phone) {
    }

    SupplierProfile toProfile() {
        return new SupplierProfile(legalName, brand, legalForm, naf, scale, kinds, location, activities, description,
                labels, networks, insertionHeadcount, permanentHeadcount, turnover, clientReferences,
                maxContractValue, contacts == null ? List.of()
                        : contacts.stream().map(c -> new Contact(c.name(), c.role(), c.email(), c.phone())).toList(),
                website);
    }
}
