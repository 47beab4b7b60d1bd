/**
 * The REST resources, one per area of the contract; each takes only the use cases it drives. The hot path,
 * {@code POST /message/{friend_id}}, is {@link dev.parley.adapter.server.rest.SendMessageHandler}, a plain Grizzly
 * handler ahead of Jersey that shares the authentication, limits, problem documents and access log of the resources.
 */
package dev.parley.adapter.server.rest;
