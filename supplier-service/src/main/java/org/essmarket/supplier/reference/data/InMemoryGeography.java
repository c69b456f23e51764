package org.essmarket.supplier.reference.data;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.essmarket.supplier.reference.domain.Commune;
import org.essmarket.supplier.reference.domain.Department;
import org.essmarket.supplier.reference.domain.Geography;
import org.essmarket.supplier.reference.domain.Region;

/** The geography held in memory: immutable maps by code, built by {@link ReferenceData}. */
final class InMemoryGeography implements Geography {

    private final Map<String, Region> regions;
    private final Map<String, Department> departments;
    private final Map<String, Commune> communes;
    private final Map<String, List<String>> postcodesByCommune;
    private final Map<String, List<Commune>> communesByPostcode;
    private final List<Region> regionList;
    private final List<Department> departmentList;

    /** Every list value must already be immutable and sorted. */
    InMemoryGeography(Map<String, Region> regions, Map<String, Department> departments,
                      Map<String, Commune> communes, Map<String, List<String>> postcodesByCommune,
                      Map<String, List<Commune>> communesByPostcode) {
        this.regions = Map.copyOf(regions);
        this.departments = Map.copyOf(departments);
        this.communes = Map.copyOf(communes);
        this.postcodesByCommune = Map.copyOf(postcodesByCommune);
        this.communesByPostcode = Map.copyOf(communesByPostcode);
        this.regionList = this.regions.values().stream()
                .sorted(java.util.Comparator.comparing(Region::code)).toList();
        this.departmentList = this.departments.values().stream()
                .sorted(java.util.Comparator.comparing(Department::code)).toList();
    }

    @Override
    public Optional<Commune> commune(String inseeCode) {
        return lookup(communes, inseeCode);
    }

    @Override
    public Optional<Department> department(String code) {
        return lookup(departments, code);
    }

    @Override
    public Optional<Region> region(String code) {
        return lookup(regions, code);
    }

    @Override
    public List<String> postcodes(String inseeCode) {
        return lookup(postcodesByCommune, inseeCode).orElse(List.of());
    }

    @Override
    public List<Commune> communesByPostcode(String postcode) {
        return lookup(communesByPostcode, postcode).orElse(List.of());
    }

    @Override
    public List<Region> regions() {
        return regionList;
    }

    @Override
    public List<Department> departments() {
        return departmentList;
    }

    private static <T> Optional<T> lookup(Map<String, T> map, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(map.get(normalise(code)));
    }

    /** Spaces (including non-breaking ones) removed, upper case: {@code " 2a004"} → {@code 2A004}. */
    private static String normalise(String code) {
        StringBuilder sb = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}
