package org.essmarket.tender.reference.domain;

import java.util.Set;

/**
 * The codes a tender may use: CPV 2008 (8 digits, no check digit) with their check digits and
 * French labels, INSEE department (with their region) and region codes. Immutable; built once from the shipped reference data.
 */
public final class ReferenceCodes {

    private final java.util.Map<String, String> cpvCheckDigits;
    private final java.util.Map<String, String> cpvLabels;
    private final java.util.Map<String, String> regionOfDepartment;
    private final Set<String> regions;

    /**
     * @param cpvCheckDigits the check digit of each 8-digit CPV 2008 code
     * @param cpvLabels the French label of each 8-digit CPV 2008 code
     * @param regionOfDepartment the region code of each department code
     */
    public ReferenceCodes(java.util.Map<String, String> cpvCheckDigits, java.util.Map<String, String> cpvLabels,
            java.util.Map<String, String> regionOfDepartment, Set<String> regions) {
        this.cpvCheckDigits = java.util.Map.copyOf(cpvCheckDigits);
        this.cpvLabels = java.util.Map.copyOf(cpvLabels);
        this.regionOfDepartment = java.util.Map.copyOf(regionOfDepartment);
        this.regions = Set.copyOf(regions);
    }

    public boolean isCpv(String eightDigits) {
        return eightDigits != null && cpvCheckDigits.containsKey(eightDigits);
    }

    /** The official check digit of a CPV 2008 code, or {@code null} when the code is unknown. */
    public String cpvCheckDigit(String eightDigits) {
        return eightDigits == null ? null : cpvCheckDigits.get(eightDigits);
    }

    /** The official French label of a CPV 2008 code, or {@code null} when the code is unknown. */
    public String cpvLabel(String eightDigits) {
        return eightDigits == null ? null : cpvLabels.get(eightDigits);
    }

    public boolean isDepartment(String code) {
        return code != null && regionOfDepartment.containsKey(code);
    }

    /** The INSEE region a department belongs to, or {@code null} for an unknown department. */
    public String regionOf(String department) {
        return department == null ? null : regionOfDepartment.get(department);
    }

    public boolean isRegion(String code) {
        return code != null && regions.contains(code);
    }

    public int cpvCount() {
        return cpvCheckDigits.size();
    }
}
