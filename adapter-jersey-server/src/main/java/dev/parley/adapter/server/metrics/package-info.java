/** The server's Micrometer meters, exposed in Prometheus text format. */
package dev.parley.adapter.server.metrics;
