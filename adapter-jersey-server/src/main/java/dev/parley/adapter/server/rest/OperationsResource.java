package dev.parley.adapter.server.rest;

import dev.parley.adapter.server.json.StatusView;
import dev.parley.adapter.server.metrics.ServerMetrics;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Health and metrics, without a token. */
@Path("/")
@Singleton
public final class OperationsResource {
    private final ServerMetrics metrics;

    @Inject
    public OperationsResource(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    @GET
    @Path("health")
    public Response health() {
        return Response.ok(StatusView.ok(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("metrics")
    public Response metrics() {
        return Response.ok(metrics.scrape(), ServerMetrics.CONTENT_TYPE).build();
    }
}
