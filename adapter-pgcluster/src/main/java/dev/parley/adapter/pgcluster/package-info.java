/**
 * Several Parley nodes on one PostgreSQL database: live signals over LISTEN/NOTIFY, presence counted across nodes
 * with leases, and a short journal that lets a node whose listening connection dropped catch up.
 * {@link dev.parley.adapter.pgcluster.PostgresCluster} is the entry point. Nothing here returns {@code null}: an
 * absent value is an {@link java.util.Optional}.
 */
package dev.parley.adapter.pgcluster;
