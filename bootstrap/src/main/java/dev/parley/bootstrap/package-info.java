/** The composition root and the {@code parley} command line of the server. Nothing here returns {@code null}. */
package dev.parley.bootstrap;
