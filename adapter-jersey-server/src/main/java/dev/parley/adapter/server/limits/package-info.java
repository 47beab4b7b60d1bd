/**
 * Abuse limits of the server: messages per user, failed logins per username and per client address, WebSocket
 * sessions per user.
 * <p>
 * They live here, in the server adapter, rather than behind an outbound port the domain consults: they are keyed
 * by things only the transport knows (the client's address, the connection), they answer in transport terms
 * ({@code 429} with {@code Retry-After}, an {@code error} frame), and they protect this node's resources, so the
 * domain's rules stay free of timing and traffic policy. The one limit on stored state, pending messages per
 * recipient agent, is the domain's ({@code DomainSettings.maxPendingPerAgent}): it is a rule about the mailbox,
 * checked against the store. The buckets are in memory and per node: behind a load balancer each node counts alone.
 * Nothing here returns {@code null}.
 */
package dev.parley.adapter.server.limits;
