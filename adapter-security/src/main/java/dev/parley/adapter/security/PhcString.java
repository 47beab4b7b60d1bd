package dev.parley.adapter.security;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed Argon2id hash in the PHC string format. */
record PhcString(Argon2Cost cost, byte[] salt, byte[] hash) {
    private static final Pattern FORMAT = Pattern.compile(
            "^\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{22,})$");

    static Optional<PhcString> parse(String encoded) {
        Matcher matcher = FORMAT.matcher(encoded);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            Argon2Cost cost = new Argon2Cost(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            Base64.Decoder decoder = Base64.getDecoder();
            return Optional.of(new PhcString(cost, decoder.decode(matcher.group(4)), decoder.decode(matcher.group(5))));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
