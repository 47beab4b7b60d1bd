package dev.parley.adapter.server.rest;

import dev.parley.adapter.server.http.Authenticated;
import dev.parley.adapter.server.http.AuthenticatedUser;
import dev.parley.adapter.server.json.Fields;
import dev.parley.adapter.server.json.HistoryView;
import dev.parley.adapter.server.json.MessageRequest;
import dev.parley.adapter.server.json.MessageView;
import dev.parley.adapter.server.limits.Guards;
import dev.parley.adapter.server.limits.KeyedRateLimit;
import dev.parley.adapter.server.metrics.ServerMetrics;
import dev.parley.ports.in.ReadHistoryUseCase;
import dev.parley.ports.in.SendMessageUseCase;
import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.function.Supplier;

/** Sending messages and reading history. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public final class MessageResource {
    private final SendMessageUseCase send;
    private final ReadHistoryUseCase history;
    private final ServerMetrics metrics;
    private final KeyedRateLimit messageRate;

    @Inject
    public MessageResource(SendMessageUseCase send, ReadHistoryUseCase history, ServerMetrics metrics, Guards guards) {
        this.send = send;
        this.history = history;
        this.metrics = metrics;
        this.messageRate = guards.messages();
    }

    @POST
    @Path("message/{friend_id}")
    public Response send(@PathParam("friend_id") String friendId, MessageRequest body, @Context SecurityContext security) {
        UserId sender = AuthenticatedUser.of(security).userId();
        messageRate.acquire(sender.value());
        MessageRequest request = Fields.required(body, "body");
        Message message = send.sendMessage(sender, PathValues.userId(friendId), request.toOutgoing());
        metrics.messageAccepted();
        return Response.accepted(MessageView.from(message)).build();
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
