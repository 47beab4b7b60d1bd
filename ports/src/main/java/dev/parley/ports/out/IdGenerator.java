package dev.parley.ports.out;

/** Makes opaque, unique ids for users, messages, conversations and sessions. */
public interface IdGenerator {
    String newId();
}
