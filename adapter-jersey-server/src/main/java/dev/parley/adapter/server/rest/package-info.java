/** The REST resources, one per area of the contract; each takes only the use cases it drives. */
package dev.parley.adapter.server.rest;
