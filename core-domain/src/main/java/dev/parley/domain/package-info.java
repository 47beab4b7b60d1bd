/**
 * The Parley domain: {@link dev.parley.domain.Parley} wires the services of the subpackages to the
 * outbound ports and exposes the inbound ports. Nothing here returns {@code null}: an absent value is an
 * {@link java.util.Optional}. Subpackages depend on each other one way only:
 * account &lt;- social &lt;- agent &lt;- messaging, and agent &lt;- delivery.
 */
package dev.parley.domain;
