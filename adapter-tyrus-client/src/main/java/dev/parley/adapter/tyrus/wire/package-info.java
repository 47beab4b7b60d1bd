/**
 * The wire contract as the client reads and writes it: JSON records in snake_case with their conversions to the
 * port's values, and the WebSocket frames. Fields the server may leave out are {@code null} in these records
 * only; every conversion returns complete port values or throws {@link dev.parley.adapter.tyrus.wire.WireFormatException}.
 */
package dev.parley.adapter.tyrus.wire;
