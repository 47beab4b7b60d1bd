package dev.parley.adapter.tyrus.wire;

/** An RFC 9457 problem document with the contract's {@code code}; also the body of a WebSocket error frame. */
public record ProblemJson(String type, String title, Integer status, String detail, String code) {
}
