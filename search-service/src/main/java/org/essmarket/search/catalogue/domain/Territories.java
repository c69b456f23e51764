package org.essmarket.search.catalogue.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * French regions and departments (INSEE codes and names), to name facets and to let users filter
 * by code or by name: "93", "Seine-Saint-Denis" and "seine saint denis" are the same department.
 */
public final class Territories {

    public record Region(String code, String name) {
    }

    public record Department(String code, String name, String regionCode) {
    }

    private final Map<String, Region> regionsByCode = new LinkedHashMap<>();
    private final Map<String, Region> regionsByName = new HashMap<>();
    private final Map<String, Department> departmentsByCode = new LinkedHashMap<>();
    private final Map<String, Department> departmentsByName = new HashMap<>();

    public Territories(Collection<Region> regions, Collection<Department> departments) {
        for (Region region : regions) {
            regionsByCode.put(region.code().toUpperCase(Locale.ROOT), region);
            regionsByName.put(Folding.fold(region.name()), region);
        }
        for (Department department : departments) {
            departmentsByCode.put(department.code().toUpperCase(Locale.ROOT), department);
            departmentsByName.put(Folding.fold(department.name()), department);
        }
    }

    /** The department with this INSEE code ({@code 93}, {@code 2A}, {@code 974}; {@code 1} reads as {@code 01}) or name. */
    public Optional<Department> department(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String code = codeOrName.trim().toUpperCase(Locale.ROOT);
        if (code.length() == 1 && Character.isDigit(code.charAt(0))) {
            code = "0" + code;
        }
        Department byCode = departmentsByCode.get(code);
        return byCode != null ? Optional.of(byCode) : Optional.ofNullable(departmentsByName.get(Folding.fold(codeOrName)));
    }

    /** The region with this INSEE code ({@code 11}) or name ({@code Île-de-France}, {@code ile de france}). */
    public Optional<Region> region(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String code = codeOrName.trim().toUpperCase(Locale.ROOT);
        if (code.length() == 1 && Character.isDigit(code.charAt(0))) {
            code = "0" + code;
        }
        Region byCode = regionsByCode.get(code);
        return byCode != null ? Optional.of(byCode) : Optional.ofNullable(regionsByName.get(Folding.fold(codeOrName)));
    }

    /** The name of a department code, when we know it. */
    public Optional<String> departmentName(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(departmentsByCode.get(code.trim().toUpperCase(Locale.ROOT))).map(Department::name);
    }

    /** The name of a region code, when we know it. */
    public Optional<String> regionName(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(regionsByCode.get(code.trim().toUpperCase(Locale.ROOT))).map(Region::name);
    }
}
