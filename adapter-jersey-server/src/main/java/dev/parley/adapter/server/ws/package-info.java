/**
 * The {@code /ws} endpoint on Tyrus: handshake authentication, client frames, and the per-session writer
 * that keeps frames in order without ever blocking the thread that hands them over. Nothing here returns {@code null}.
 */
package dev.parley.adapter.server.ws;
