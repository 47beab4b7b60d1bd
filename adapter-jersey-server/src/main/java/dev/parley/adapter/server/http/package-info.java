/**
 * The HTTP plumbing of the REST side: bearer authentication, body limits, JSON readers and writers, the
 * mappers that make every refusal a problem document, and the access log. Nothing here returns {@code null}.
 */
package dev.parley.adapter.server.http;
