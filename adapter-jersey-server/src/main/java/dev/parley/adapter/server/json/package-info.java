/**
 * The JSON of the wire: strict Jackson configuration, request and response records, times and problem documents.
 * These records are the one place where {@code null} is allowed, because JSON has it: a request record holds
 * {@code null} for a field the client left out (its conversion to domain values names the missing field), and
 * a response record holds {@code null} where the wire shows {@code null}. They do not validate in their
 * constructors on purpose: Jackson builds them from any input, and the conversions refuse with the field's name.
 */
package dev.parley.adapter.server.json;
