package org.essmarket.supplier.supplier.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.essmarket.supplier.reference.domain.Commune;
import org.essmarket.supplier.reference.domain.CpvCatalogue;
import org.essmarket.supplier.reference.domain.Geography;

/**
 * Checks a profile against the real reference data (CPV 2008, INSEE geography) and returns it in
 * normal form: CPV codes as 8 digits, NAF as {@code 56.21Z}, department, region and coordinates
 * filled from the commune when not given.
 */
public final class ProfileRules {

    private static final Pattern NAF = Pattern.compile("(\\d{2})\\.?(\\d{2})([A-Z])");

    private final CpvCatalogue cpv;
    private final Geography geography;

    public ProfileRules(CpvCatalogue cpv, Geography geography) {
        this.cpv = cpv;
        this.geography = geography;
    }

    public SupplierProfile check(SupplierProfile profile) {
        if (profile.legalName() == null || profile.legalName().isBlank()) {
            throw new InvalidFieldException("legalName", "the legal name is required");
        }
        if (profile.kinds().isEmpty()) {
            throw new InvalidFieldException("kinds", "say what kind of ESS structure this is (e.g. EI, ACI, EA, ESAT, SCOP)");
        }
        return new SupplierProfile(profile.legalName().trim(), profile.brand(), profile.legalForm(),
                naf(profile.naf()), profile.scale(), profile.kinds(), location(profile.location()),
                activities(profile.activities()), profile.description(), profile.labels(), profile.networks(),
                nonNegative(profile.insertionHeadcount(), "insertionHeadcount"),
                nonNegative(profile.permanentHeadcount(), "permanentHeadcount"), profile.turnover(),
                profile.clientReferences(), profile.maxContractValue(), profile.contacts(), website(profile.website()));
    }

    public static String naf(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var match = NAF.matcher(raw.trim().toUpperCase());
        if (!match.matches()) {
            throw new InvalidFieldException("naf", raw + " is not a NAF code (e.g. 56.21Z)");
        }
        return match.group(1) + "." + match.group(2) + match.group(3);
    }

    private Location location(Location location) {
        if (location == null || location.communeCode() == null || location.communeCode().isBlank()) {
            throw new InvalidFieldException("location.communeCode", "the INSEE code of the supplier's commune is required");
        }
        Commune commune = geography.requireCommune(location.communeCode().trim(), "location.communeCode");
        String department = location.departmentCode() == null ? commune.departmentCode()
                : geography.requireDepartment(location.departmentCode().trim(), "location.departmentCode").code();
        String region = location.regionCode() == null ? commune.regionCode()
                : geography.requireRegion(location.regionCode().trim(), "location.regionCode").code();
        if (!department.equals(commune.departmentCode())) {
            throw new InvalidFieldException("location.departmentCode",
                    "commune " + commune.inseeCode() + " is in department " + commune.departmentCode() + ", not " + department);
        }
        boolean hasCoordinates = location.latitude() != null && location.longitude() != null;
        if (hasCoordinates && (Math.abs(location.latitude()) > 90 || Math.abs(location.longitude()) > 180)) {
            throw new InvalidFieldException("location.latitude", "coordinates are out of range");
        }
        return new Location(location.address(),
                location.postcode() == null ? commune.postcode() : location.postcode(),
                commune.inseeCode(), commune.name(), department, region,
                hasCoordinates ? location.latitude() : commune.lat(),
                hasCoordinates ? location.longitude() : commune.lon());
    }

    private List<Activity> activities(List<Activity> activities) {
        List<Activity> checked = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            String field = "activities[" + i + "]";
            if (activity.cpvCodes().isEmpty()) {
                throw new InvalidFieldException(field + ".cpvCodes", "an activity needs at least one CPV code");
            }
            List<String> codes = new ArrayList<>();
            for (int j = 0; j < activity.cpvCodes().size(); j++) {
                String code = cpv.require(activity.cpvCodes().get(j), field + ".cpvCodes[" + j + "]").code();
                if (!codes.contains(code)) {
                    codes.add(code);
                }
            }
            if (activity.range() == null) {
                throw new InvalidFieldException(field + ".range", "say where this activity is performed");
            }
            GeographicRange range = activity.range().validate(field + ".range");
            for (int j = 0; j < range.departments().size(); j++) {
                geography.requireDepartment(range.departments().get(j), field + ".range.departments[" + j + "]");
            }
            for (int j = 0; j < range.regions().size(); j++) {
                geography.requireRegion(range.regions().get(j), field + ".range.regions[" + j + "]");
            }
            checked.add(new Activity(codes, activity.serviceTypes(), range));
        }
        return checked;
    }

    /** The site's address, trimmed; an http(s) address with a host, or nothing. */
    static String website(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String website = raw.trim();
        try {
            URI uri = new URI(website);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return website;
            }
        } catch (URISyntaxException notAnAddress) {
            // refused below, like any address that is not a web site's
        }
        throw new InvalidFieldException("website", "give the site's address, e.g. https://www.example.fr");
    }

    private static Integer nonNegative(Integer value, String field) {
        if (value != null && value < 0) {
            throw new InvalidFieldException(field, "cannot be negative");
        }
        return value;
    }
}
