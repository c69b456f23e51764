package org.essmarket.e2e.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A benchmark's optional {@code name=value} arguments, e.g. {@code seconds=20 suppliers=10000} for a shorter try. */
public final class Arguments {

    private final Map<String, String> values = new HashMap<>();
    private boolean cleanupOnly;

    public Arguments(List<String> arguments) {
        for (String argument : arguments) {
            if (argument.equals("cleanup")) {
                cleanupOnly = true;
                continue;
            }
            int equals = argument.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("expected name=value, got " + argument);
            }
            values.put(argument.substring(0, equals), argument.substring(equals + 1));
        }
    }

    /** {@code cleanup}: undo what an interrupted run left, measure nothing. */
    public boolean cleanupOnly() {
        return cleanupOnly;
    }

    public int integer(String name, int fallback) {
        String value = values.get(name);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
