/**
 * The client port over the wire API: {@link dev.parley.adapter.tyrus.TyrusParleyClient}, found by
 * {@code ParleyClients} for {@code ws:}, {@code wss:}, {@code http:} and {@code https:} URIs through
 * {@link dev.parley.adapter.tyrus.TyrusClientProvider}. Nothing here accepts or returns {@code null}.
 */
package dev.parley.adapter.tyrus;
