package org.essmarket.supplier.supplier.api;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.essmarket.platform.security.RealmRoles;
import org.essmarket.platform.validation.ResourceId;
import org.essmarket.platform.web.ETags;
import org.essmarket.platform.web.PageResponse;
import org.essmarket.supplier.supplier.application.Caller;
import org.essmarket.supplier.supplier.application.SupplierDirectory;
import org.essmarket.supplier.supplier.application.SupplierView;
import org.essmarket.supplier.supplier.domain.AuditEntry;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.domain.SupplierFilter;
import org.essmarket.supplier.supplier.domain.SupplierKind;
import org.essmarket.supplier.supplier.domain.SupplierStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The supplier directory API (DESIGN.md §3 "Supplier", §6): optimistic locking through ETag / If-Match. */
@RestController
@RequestMapping("/api/v1/suppliers")
public class SupplierController {

    private final SupplierDirectory directory;

    public SupplierController(SupplierDirectory directory) {
        this.directory = directory;
    }

    @PostMapping
    @Tag(name = "Suppliers")
    @Operation(operationId = "registerSupplier", summary = "Register a structure (suppliers)", description = "The "
            + "caller becomes its first member; it stays PENDING until a facilitator verifies it. 409 when the "
            + "SIRET is already registered (existingSupplier names it).")
    @ApiResponse(responseCode = "201", description = "Registered; ETag carries its version")
    public ResponseEntity<SupplierResponse> registerSupplier(@Valid @RequestBody RegisterSupplierRequest request,
            Authentication user) {
        Supplier supplier = directory.registerSupplier(caller(user), request.siret(), request.profile().toProfile());
        return withETag(ResponseEntity.created(URI.create("/api/v1/suppliers/" + supplier.id())), supplier)
                .body(SupplierResponse.forMember(supplier));
    }

    @GetMapping
    @Tag(name = "Suppliers")
    @Operation(operationId = "listSuppliers", summary = "The public directory", description = "VERIFIED suppliers "
            + "for everyone; admins may filter by status. siret (14 digits) finds the structure to claim; by name, "
            + "the catalogue search (/api/v1/search/suppliers?q=).")
    public PageResponse<SupplierResponse> listSuppliers(
            @RequestParam(required = false) SupplierKind kind,
            @RequestParam(required = false) @Pattern(regexp = "[0-9AB]{2,3}") String department,
            @RequestParam(required = false) @Pattern(regexp = "[0-9]{2}") String region,
            @RequestParam(required = false) @Pattern(regexp = "[0-9]{1,8}") String cpv,
            @RequestParam(required = false) Set<SupplierStatus> status,
            @RequestParam(required = false) @Pattern(regexp = "[0-9]{14}") String siret,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            Authentication user) {
        return PageResponse.of(directory.listSuppliers(caller(user),
                new SupplierFilter(kind, department, region, cpv, status, siret),
                PageRequest.of(page, size, Sort.by("profile.legalName"))), SupplierResponse::of);
    }

    @GetMapping("/mine")
    @Tag(name = "Suppliers")
    @Operation(operationId = "listMySuppliers", summary = "The structures the caller acts for (suppliers)")
    public PageResponse<SupplierResponse> listMySuppliers(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Authentication user) {
        return PageResponse.of(directory.listMySuppliers(caller(user), PageRequest.of(page, size)),
                SupplierResponse::of);
    }

    @GetMapping("/{id}")
    @Tag(name = "Suppliers")
    @Operation(operationId = "getSupplier", summary = "A supplier's profile", description = "Public profile for "
            + "everyone (VERIFIED ones); contacts for signed-in users; members and version (ETag) for its members "
            + "and admins.")
    public ResponseEntity<SupplierResponse> findSupplier(@PathVariable String id, Authentication user) {
        SupplierView view = directory.findSupplier(caller(user), id);
        return withETag(ResponseEntity.ok(), view.supplier()).body(SupplierResponse.of(view));
    }

    @PutMapping("/{id}")
    @Tag(name = "Suppliers")
    @Operation(operationId = "updateSupplierProfile", summary = "Edit the profile "
            + "(members)", description = "If-Match with the ETag read is required: 428 without it, 412 when someone "
            + "changed it meanwhile.")
    public ResponseEntity<SupplierResponse> updateProfile(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SupplierProfileRequest request, Authentication user) {
        Supplier supplier = directory.updateProfile(caller(user), id, ETags.requireVersion(ifMatch),
                request.toProfile());
        return withETag(ResponseEntity.ok(), supplier).body(SupplierResponse.forMember(supplier));
    }

    @GetMapping("/{id}/audit")
    @Tag(name = "Audit")
    @Operation(operationId = "getSupplierAuditLog", summary = "Who changed which fields when (members, admins)")
    public List<AuditEntry> auditLog(@PathVariable String id, Authentication user) {
        return directory.auditLog(caller(user), id);
    }

    /** A new member: a user (Keycloak subject) who will act for this supplier. */
    public record MemberRequest(@NotBlank @ResourceId String userId) {
    }

    @PostMapping("/{id}/members")
    @Tag(name = "Members")
    @Operation(operationId = "addSupplierMember", summary = "Add a user who acts for this supplier (members)")
    public ResponseEntity<SupplierResponse> addMember(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody MemberRequest request, Authentication user) {
        Supplier supplier = directory.addMember(caller(user), id, ETags.optionalVersion(ifMatch), request.userId());
        return withETag(ResponseEntity.ok(), supplier).body(SupplierResponse.forMember(supplier));
    }

    /** Removes a member; removing oneself is leaving. */
    @DeleteMapping("/{id}/members/{userId}")
    @Tag(name = "Members")
    @Operation(operationId = "removeSupplierMember", summary = "Remove a member, or leave (members; never the last "
            + "one)")
    @ApiResponse(responseCode = "204", description = "Removed")
    public ResponseEntity<Void> removeMember(@PathVariable String id, @PathVariable String userId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication user) {
        directory.removeMember(caller(user), id, ETags.optionalVersion(ifMatch), userId);
        return ResponseEntity.noContent().build();
    }

    /** Why a facilitator verifies, rejects or delists a supplier (required to reject or delist). */
    public record DecisionRequest(String reason) {
    }

    @PostMapping("/{id}/verify")
    @Tag(name = "Suppliers")
    @Operation(operationId = "verifySupplier", summary = "List the supplier in the directory (admins)")
    public SupplierResponse verifySupplier(@PathVariable String id, @RequestBody(required = false) DecisionRequest request,
            Authentication user) {
        return SupplierResponse.forMember(directory.verifySupplier(caller(user), id, reason(request)));
    }

    @PostMapping("/{id}/reject")
    @Tag(name = "Suppliers")
    @Operation(operationId = "rejectSupplier", summary = "Refuse a registration, with a reason (admins)")
    public SupplierResponse rejectSupplier(@PathVariable String id, @RequestBody(required = false) DecisionRequest request,
            Authentication user) {
        return SupplierResponse.forMember(directory.rejectSupplier(caller(user), id, reason(request)));
    }

    @PostMapping("/{id}/delist")
    @Tag(name = "Suppliers")
    @Operation(operationId = "delistSupplier", summary = "Take the supplier out of the directory, with a reason "
            + "(admins)")
    public SupplierResponse delistSupplier(@PathVariable String id, @RequestBody(required = false) DecisionRequest request,
            Authentication user) {
        return SupplierResponse.forMember(directory.delistSupplier(caller(user), id, reason(request)));
    }

    /** This supplier is a duplicate of {@code into}. */
    public record MergeRequest(@NotBlank @ResourceId String into, @NotBlank String reason) {
    }

    @PostMapping("/{id}/merge")
    @Tag(name = "Suppliers")
    @Operation(operationId = "mergeSupplier", summary = "Merge this duplicate into another supplier (admins)")
    public SupplierResponse mergeSuppliers(@PathVariable String id, @Valid @RequestBody MergeRequest request,
            Authentication user) {
        return SupplierResponse.forMember(directory.mergeSuppliers(caller(user), id, request.into(), request.reason()));
    }

    private static String reason(DecisionRequest request) {
        return request == null ? null : request.reason();
    }

    private static ResponseEntity.BodyBuilder withETag(ResponseEntity.BodyBuilder response, Supplier supplier) {
        return response.eTag(ETags.of(supplier.version()));
    }

    /** The signed-in user (Keycloak subject and realm roles), or anonymous. */
    static Caller caller(Authentication user) {
        if (!(user instanceof JwtAuthenticationToken token)) {
            return Caller.ANONYMOUS;
        }
        return new Caller(token.getName(), RealmRoles.of(token));
    }
}
