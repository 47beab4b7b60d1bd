package dev.parley.adapter.server.rest;

import dev.parley.adapter.server.http.Authenticated;
import dev.parley.adapter.server.http.AuthenticatedUser;
import dev.parley.adapter.server.json.Fields;
import dev.parley.adapter.server.json.HistoryView;
import dev.parley.ports.in.ReadHistoryUseCase;
import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.function.Supplier;

/** Reading the message history; sending is {@link SendMessageHandler}'s. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Singleton
public final class MessageResource {
    private final ReadHistoryUseCase history;

    @Inject
    public MessageResource(ReadHistoryUseCase history) {
        this.history = history;
    }

    @GET
    @Path("messages")
    public HistoryView history(@QueryParam("with") String with, @QueryParam("conversation_id") String conversationId,
            @QueryParam("after_seq") String afterSeq, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Context SecurityContext security) {
        HistoryQuery query = new HistoryQuery(
                Optional.ofNullable(with).map(value -> parsed(() -> new UserId(value), "with")),
                Optional.ofNullable(conversationId).map(value -> parsed(() -> new ConversationId(value), "conversation_id")),
                Optional.ofNullable(afterSeq).map(value -> new Seq(Fields.nonNegative(value, "after_seq"))),
                limit == null ? HistoryQuery.DEFAULT_LIMIT : limit(limit),
                Optional.ofNullable(cursor));
        return HistoryView.from(history.readHistory(AuthenticatedUser.of(security).userId(), query));
    }

    private static int limit(String value) {
        long parsed = Fields.nonNegative(value, "limit");
        if (parsed < 1 || parsed > HistoryQuery.MAX_LIMIT) {
            throw ParleyException.invalid("limit", "must be 1 to " + HistoryQuery.MAX_LIMIT);
        }
        return (int) parsed;
    }

    private static <T> T parsed(Supplier<T> parse, String field) {
        try {
            return parse.get();
        } catch (ParleyException invalid) {
            throw ParleyException.invalid(field, "is not a valid id");
        }
    }
}
