package org.essmarket.search.catalogue.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks every public search makes of its query parameters (catalogue and tender search
 * alike), so that both refuse the same mistakes with the same words: each refusal is a
 * {@link ParameterViolation} naming the parameter, collected so the caller hears of all of them at
 * once.
 */
public final class SearchParameters {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_VALUES_PER_FILTER = 20;
    public static final int MAX_VALUE_LENGTH = 100;
    /** Elasticsearch's default {@code index.max_result_window}: deeper pages need search_after. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    /** One value checked: what the index understands, or why it was refused. */
    public record Check(String value, String error) {
        public static Check ok(String value) {
            return new Check(value, null);
        }

        public static Check error(String error) {
            return new Check(null, error);
        }
    }

    /** A page of results: which one, and how many a page. */
    public record Paging(int page, int size) {
    }

    private final List<ParameterViolation> violations = new ArrayList<>();

    /** The violations found so far, in the order the parameters were checked. */
    public List<ParameterViolation> violations() {
        return List.copyOf(violations);
    }

    public void refuse(String parameter, String message) {
        violations.add(new ParameterViolation(parameter, message));
    }

    /** @throws InvalidSearchParameters when any parameter was refused */
    public void throwIfAnyRefused() {
        if (!violations.isEmpty()) {
            throw new InvalidSearchParameters(violations);
        }
    }

    /** The user's words, stripped; null when there are none. They stay words: never query syntax. */
    public String text(String parameter, String raw) {
        String text = raw == null || raw.isBlank() ? null : raw.strip();
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            refuse(parameter, "at most " + MAX_TEXT_LENGTH + " characters");
        }
        return text;
    }

    /** Blank values are dropped, duplicates merged; each value is checked by {@code check}. */
    public List<String> values(String parameter, List<String> raw, Function<String, Check> check) {
        if (raw == null) {
            return List.of();
        }
        List<String> given = raw.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        if (given.size() > MAX_VALUES_PER_FILTER) {
            refuse(parameter, "at most " + MAX_VALUES_PER_FILTER + " values");
            return List.of();
        }
        Set<String> accepted = new LinkedHashSet<>();
        for (String value : given) {
            Check result = check.apply(value);
            if (result.error() != null) {
                refuse(parameter, result.error());
            } else {
                accepted.add(result.value());
            }
        }
        return List.copyOf(accepted);
    }

    /** Regions as INSEE codes, given by code or name. */
    public List<String> regions(String parameter, List<String> raw, Territories territories) {
        return values(parameter, raw, value -> territories.region(value).map(Territories.Region::code).map(Check::ok)
                .orElseGet(() -> Check.error("unknown region '" + shorten(value) + "': an INSEE code or a name")));
    }

    /** Departments as INSEE codes, given by code or name. */
    public List<String> departments(String parameter, List<String> raw, Territories territories) {
        return values(parameter, raw, value -> territories.department(value).map(Territories.Department::code)
                .map(Check::ok)
                .orElseGet(() -> Check.error("unknown department '" + shorten(value) + "': an INSEE code or a name")));
    }

    /** CPV codes or their first digits, as the digits every code below them starts with (see {@link Cpv#prefix}). */
    public List<String> cpvPrefixes(String parameter, List<String> raw) {
        return values(parameter, raw, value -> {
            try {
                return Check.ok(Cpv.prefix(value));
            } catch (IllegalArgumentException e) {
                return Check.error(e.getMessage());
            }
        });
    }

    /** Free text used as an exact filter value (legal form, label). */
    public static Check freeText(String value) {
        return value.length() > MAX_VALUE_LENGTH ? Check.error("at most " + MAX_VALUE_LENGTH + " characters")
                : Check.ok(value);
    }

    /** Page from 0, size 1 to {@value #MAX_SIZE}, and never beyond Elasticsearch's result window. */
    public Paging paging(String pageParameter, Integer rawPage, String sizeParameter, Integer rawSize) {
        int page = rawPage == null ? 0 : rawPage;
        int size = rawSize == null ? DEFAULT_SIZE : rawSize;
        if (page < 0) {
            refuse(pageParameter, "0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            refuse(sizeParameter, "between 1 and " + MAX_SIZE);
        } else if (page >= 0 && (long) (page + 1) * size > MAX_RESULT_WINDOW) {
            refuse(pageParameter, "pages end at result " + MAX_RESULT_WINDOW + ": narrow the search instead");
        }
        return new Paging(page, size);
    }

    /** A value quoted back to the user, cut short so a long one does not flood the answer. */
    public static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
