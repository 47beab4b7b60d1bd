package dev.parley.ports.model;

/**
 * A recipient's delivery cursor: strictly increasing per recipient in the order the server accepted
 * messages. {@link #ZERO} is "before the first message".
 */
public record Seq(long value) implements Comparable<Seq> {
    public static final Seq ZERO = new Seq(0);

    public Seq {
        if (value < 0) {
            throw ParleyException.invalid("seq", "must not be negative");
        }
    }

    public Seq next() {
        return new Seq(value + 1);
    }

    public boolean isAfter(Seq other) {
        return value > other.value;
    }

    @Override
    public int compareTo(Seq other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
