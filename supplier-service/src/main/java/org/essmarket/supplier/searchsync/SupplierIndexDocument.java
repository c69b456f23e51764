package org.essmarket.supplier.searchsync;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.essmarket.supplier.supplier.domain.Activity;
import org.essmarket.supplier.supplier.domain.Location;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.domain.SupplierKind;
import org.essmarket.supplier.supplier.domain.SupplierProfile;

/**
 * What search-service indexes of a supplier: its public profile, its status (search shows only
 * VERIFIED ones to the public), its activities for matching, and its members (who get alerts).
 */
public record SupplierIndexDocument(String id, String siret, String legalName, String brand, String description,
        Set<SupplierKind> kinds, String legalForm, String naf, String status, String communeCode, String communeName,
        String postcode, String department,
        String region, Map<String, Double> location, List<String> cpvCodes, List<Activity> activities,
        List<String> labels, List<String> networks, List<String> memberIds) {

    static SupplierIndexDocument of(Supplier supplier) {
        SupplierProfile profile = supplier.verifiedProfile();
        Location where = profile.location();
        Map<String, Double> point = where != null && where.latitude() != null && where.longitude() != null
                ? Map.of("lat", where.latitude(), "lon", where.longitude())
                : null;
        return new SupplierIndexDocument(supplier.id(), supplier.siret().value(), profile.legalName(), profile.brand(),
                profile.description(), profile.kinds(), profile.legalForm(), profile.naf(), supplier.status().name(),
                where == null ? null : where.communeCode(), where == null ? null : where.communeName(),
                where == null ? null : where.postcode(), where == null ? null : where.departmentCode(),
                where == null ? null : where.regionCode(), point,
                profile.activities().stream().flatMap(a -> a.cpvCodes().stream()).distinct().toList(),
                profile.activities(), profile.labels(), profile.networks(), supplier.memberIds());
    }
}
