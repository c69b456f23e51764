package org.essmarket.search.catalogue.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * French regions, departments and communes (INSEE codes and names), to name facets and to let users
 * filter by code or by name: "93", "Seine-Saint-Denis" and "seine saint denis" are the same
 * department; "69123", "Lyon" and "lyon" the same commune.
 */
public final class Territories {

    public record Region(String code, String name) {
    }

    public record Department(String code, String name, String regionCode) {
    }

    /** INSEE commune codes: five digits, or 2A/2B and three digits in Corsica. */
    private static final Pattern COMMUNE_CODE = Pattern.compile("(?i)\\d{5}|2[AB]\\d{3}");

    private final Map<String, Region> regionsByCode = new LinkedHashMap<>();
    private final Map<String, Region> regionsByName = new HashMap<>();
    private final Map<String, Department> departmentsByCode = new LinkedHashMap<>();
    private final Map<String, Department> departmentsByName = new HashMap<>();

    private final Map<String, Commune> communesByCode = new HashMap<>();
    private final Map<String, List<Commune>> communesByName = new HashMap<>();

    public Territories(Collection<Region> regions, Collection<Department> departments, Collection<Commune> communes) {
        for (Commune commune : communes) {
            if (commune.location() != null) {
                communesByCode.put(commune.code().toUpperCase(Locale.ROOT), commune);
                communesByName.computeIfAbsent(Folding.fold(commune.name()), name -> new ArrayList<>()).add(commune);
            }
        }
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

    /**
     * The point a search is made around: {@code lat,lon}, or a {@link #commune}.
     *
     * @throws IllegalArgumentException saying what to give instead
     */
    public GeoPoint locate(String near) {
        String text = near.trim();
        return text.contains(",") ? GeoPoint.parse(text) : commune(text).location();
    }

    /**
     * The commune with this INSEE code ({@code 69123}, {@code 2A004}), or this name when no other
     * commune has it ("Villeurbanne"; "Saint-Denis" names several, and the error lists their codes).
     *
     * @throws IllegalArgumentException saying what to give instead
     */
    public Commune commune(String codeOrName) {
        String text = codeOrName.trim();
        if (COMMUNE_CODE.matcher(text).matches()) {
            Commune commune = communesByCode.get(text.toUpperCase(Locale.ROOT));
            if (commune == null) {
                throw new IllegalArgumentException("no commune has the INSEE code " + text);
            }
            return commune;
        }
        List<Commune> named = communesByName.getOrDefault(Folding.fold(text), List.of());
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.isEmpty()) {
            throw new IllegalArgumentException("no commune is named " + SearchParameters.shorten(text)
                    + ": give a commune's INSEE code or name, e.g. 69123 or Villeurbanne");
        }
        throw new IllegalArgumentException("several communes are named " + SearchParameters.shorten(text)
                + ": give the INSEE code of the one meant: " + named.stream()
                        .sorted(Comparator.comparing(Commune::population).reversed()).limit(10)
                        .map(commune -> commune.code() + " (" + commune.departmentCode() + ")")
                        .collect(Collectors.joining(", ")));
    }

    /** The region of a department, when we know it. */
    public Optional<String> regionOf(String departmentCode) {
        return department(departmentCode).map(Department::regionCode);
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
