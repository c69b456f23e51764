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
import org.essmarket.platform.web.ETags;
import org.essmarket.platform.web.PageResponse;
import org.essmarket.supplier.supplier.application.Caller;
import org.essmarket.supplier.supplier.application.SupplierDirectory;
import org.essmarket.supplier.supplier.application.SupplierView;
import org.essmarket.supplier.supplier.domain.AuditEntry;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.domain.SupplierKind;
import org.essmarket.supplier.supplier.domain.SupplierStatus;
import org.essmarket.supplier.supplier.domain.SupplierFilter;
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

/** The supplier directory API (DESIGN.md §3 "Supplier", §6): optimistic locking through ETag / If-Match. */
@RestController
@RequestMapping("/api/v1/suppliers")
public class SupplierController {

    private final SupplierDirectory directory;

    public SupplierController(SupplierDirectory directory) {
        this.directory = directory;
    }

    @PostMapping
    public ResponseEntity<SupplierResponse> registerSupplier(@Valid @RequestBody RegisterSupplierRequest request,
            Authentication user) {
        Supplier supplier = directory.registerSupplier(caller(user), request.siret(), request.profile().toProfile());
        return withETag(ResponseEntity.created(URI.create("/api/v1/suppliers/" + supplier.id())), supplier)
                .body(SupplierResponse.forMember(supplier));
    }

    @GetMapping
    public PageResponse<SupplierResponse> listSuppliers(
            @RequestParam(required = false) SupplierKind kind,
            @RequestParam(required = false) @Pattern(regexp = "[0-9AB]{2,3}") String department,
            @RequestParam(required = false) @Pattern(regexp = "[0-9]{2}") String region,
            @RequestParam(required = false) @Pattern(regexp = "[0-9]{1,8}") String cpv,
            @RequestParam(required = false) Set<SupplierStatus> status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            Authentication user) {
        return PageResponse.of(directory.listSuppliers(caller(user),
                new SupplierFilter(kind, department, region, cpv, status),
                PageRequest.of(page, size, Sort.by("profile.legalName"))), SupplierResponse::of);
    }

    @GetMapping("/mine")
    public PageResponse<SupplierResponse> listMySuppliers(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Authentication user) {
        return PageResponse.of(directory.listMySuppliers(caller(user), PageRequest.of(page, size)),
                SupplierResponse::of);
    }

    @GetMapping("/{id}")
    public ResponseEntity<SupplierResponse> findSupplier(@PathVariable String id, Authentication user) {
        SupplierView view = directory.findSupplier(caller(user), id);
        return withETag(ResponseEntity.ok(), view.supplier()).body(SupplierResponse.of(view));
    }

    @PutMapping("/{id}")
    public ResponseEntity<SupplierResponse> updateProfile(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SupplierProfileRequest request, Authentication user) {
        Supplier supplier = directory.updateProfile(caller(user), id, ETags.requireVersion(ifMatch),
                request.toProfile());
        return withETag(ResponseEntity.ok(), supplier).body(SupplierResponse.forMember(supplier));
    }

    @GetMapping("/{id}/audit")
    public List<AuditEntry> auditLog(@PathVariable String id, Authentication user) {
        return directory.auditLog(caller(user), id);
    }

    /** A new member: a user (Keycloak subject) who will act for this supplier. */
    public record MemberRequest(@NotBlank String userId) {
    }

    @PostMapping("/{id}/members")
    public ResponseEntity<SupplierResponse> addMember(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody MemberRequest request, Authentication user) {
        Supplier supplier = directory.addMember(caller(user), id, ETags.optionalVersion(ifMatch), request.userId());
        return withETag(ResponseEntity.ok(), supplier).body(SupplierResponse.forMember(supplier));
    }

    /** Removes a member; removing oneself is leaving. */
    @DeleteMapping("/{id}/members/{userId}")
    public ResponseEntity<Void> removeMember(@PathVariable String id, @PathVariable String userId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication user) {
        directory.removeMember(caller(user), id, ETags.optionalVersion(ifMatch), userId);
        return ResponseEntity.noContent().build();
    }

    /** Why a facilitator verifies, rejects or delists a supplier (required to reject or delist). */
    public record DecisionRequest(String reason) {
    }

    @PostMapping("/{id}/verify")
    public SupplierResponse verifySupplier(@PathVariable String id, @RequestBody(required = false) DecisionRequest request,
            Authentication user) {
        return SupplierResponse.forMember(directory.verifySupplier(caller(user), id, reason(request)));
    }

    @PostMapping("/{id}/reject")
    public SupplierResponse rejectSupplier(@PathVariable String id, @RequestBody(required = false) DecisionRequest request,
            Authentication user) {
        return SupplierResponse.forMember(directory.rejectSupplier(caller(user), id, reason(request)));
    }

    @PostMapping("/{id}/delist")
    public SupplierResponse delistSupplier(@PathVariable String id, @RequestBody(required = false) DecisionRequest request,
            Authentication user) {
        return SupplierResponse.forMember(directory.delistSupplier(caller(user), id, reason(request)));
    }

    /** This supplier is a duplicate of {@code into}. */
    public record MergeRequest(@NotBlank String into, @NotBlank String reason) {
    }

    @PostMapping("/{id}/merge")
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
