package dev.parley.adapter.server.rest;

import java.util.Locale;

/** Whether an {@code Accept} header lets a JSON answer through, as Jersey's content negotiation decides for these routes. */
final class AcceptsJson {
    private AcceptsJson() {
    }

    /** True for no header, and for a header with a range that covers {@code application/json} at a quality above zero. */
    static boolean of(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            if ((type.equals("*/*") || type.equals("application/*") || type.equals("application/json") || type.equals("*"))
                    && !refused(parts)) {
                return true;
            }
        }
        return false;
    }

    /** A {@code q=0} parameter: the client refuses that range. */
    private static boolean refused(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=") && parameter.substring(2).strip().matches("0(\\.0{0,3})?")) {
                return true;
            }
        }
        return false;
    }
}
