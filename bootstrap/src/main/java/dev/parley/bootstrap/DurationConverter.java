package dev.parley.bootstrap;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads a duration as ISO-8601 ({@code PT1H}, {@code P30D}) or simply ({@code 90s}, {@code 15m}, {@code 1h}, {@code 30d}). */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern SIMPLE = Pattern.compile("^(\\d{1,9})(ms|s|m|h|d)$");

    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        Matcher simple = SIMPLE.matcher(text);
        Duration duration = simple.matches() ? simple(Long.parseLong(simple.group(1)), simple.group(2)) : iso(value.strip());
        if (duration.isNegative() || duration.isZero()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a positive duration");
        }
        return duration;
    }

    private static Duration simple(long amount, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private static Duration iso(String text) {
        try {
            return Duration.parse(text);
        } catch (java.time.format.DateTimeParseException notIso) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a duration (try 1h, 30d or PT1H)");
        }
    }
}
