/**
 * The server adapter: the wire API of {@code wire-api.md} on one Grizzly listener, REST through Jersey (but for
 * {@code POST /message/{friend_id}}, served by a plain Grizzly handler) and {@code /ws} through Tyrus, driving the
 * inbound ports handed in as {@link dev.parley.adapter.server.ServerUseCases}. Nothing here returns {@code null}.
 */
package dev.parley.adapter.server;
