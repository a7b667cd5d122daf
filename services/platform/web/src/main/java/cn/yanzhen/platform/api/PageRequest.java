package cn.yanzhen.platform.api;

import cn.yanzhen.platform.validation.Violations;

/** {@code page} and {@code size} of a list request, read leniently from the query and checked strictly. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /**
     * Parses the query parameters; a missing one takes its default, a bad one is a 400 naming it. The first
     * item's position, {@code page * size}, fits an int, as the queries that skip to it need.
     */
    public static PageRequest of(String page, String size) {
        Violations violations = new Violations();
        int pageNumber = parse(violations, "page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = parse(violations, "size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        if (!violations.has("page") && (long) pageNumber * pageSize > Integer.MAX_VALUE) {
            violations.add("page", "must be at most " + Integer.MAX_VALUE / pageSize + " with size " + pageSize
                    + ": page × size must not pass " + Integer.MAX_VALUE);
        }
        violations.throwIfAny("The paging parameters are invalid.");
        return new PageRequest(pageNumber, pageSize);
    }

    private static int parse(Violations violations, String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(name, "must be a whole number from " + min + " to " + max);
        return fallback;
    }
}
