package dev.parley.adapter.server.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageViewTest {
    private static final Instant AT = Instant.parse("2026-11-26T12:00:42.120999Z");

    @Test
    void everyFieldInTheContractsOrderWithTheContentAsStored() {
        Message message = new Message(new MessageId("m-2"), new Seq(41), new ConversationId("c-1"),
                Optional.of(new MessageId("m-1")), MessageType.ACCEPTANCE, new UserId("u-ana"), new Username("ana"),
                Optional.of(new AgentName("scout")), new UserId("u-bob"), new Username("bob"),
                Optional.of(new AgentName("planner")), Content.json("{\"text\":\"d\\u00e9j\\u00e0 \\\"vu\\\"\",\"n\":1.50}"), AT);

        assertThat(Json.write(MessageView.from(message))).isEqualTo("{\"id\":\"m-2\",\"seq\":41,\"conversation_id\":\"c-1\","
                + "\"in_reply_to\":\"m-1\",\"type\":\"ACCEPTANCE\",\"sender_id\":\"u-ana\",\"sender_username\":\"ana\","
                + "\"sender_agent\":\"scout\",\"recipient_id\":\"u-bob\",\"recipient_username\":\"bob\","
                + "\"recipient_agent\":\"planner\",\"content\":{\"text\":\"d\\u00e9j\\u00e0 \\\"vu\\\"\",\"n\":1.50},"
                + "\"created_at\":\"2026-11-26T12:00:42.120Z\"}");
    }

    @Test
    void absentFieldsAreWrittenAsNull() {
        Message message = new Message(new MessageId("m-1"), new Seq(1), new ConversationId("c-1"), Optional.empty(),
                MessageType.QUERY, new UserId("u-ana"), new Username("ana"), Optional.empty(), new UserId("u-bob"),
                new Username("bob"), Optional.empty(), Content.text("ça va?\n"), AT);

        assertThat(Json.write(new HistoryView(List.of(MessageView.from(message)), null))).isEqualTo("{\"messages\":[{"
                + "\"id\":\"m-1\",\"seq\":1,\"conversation_id\":\"c-1\",\"in_reply_to\":null,\"type\":\"QUERY\","
                + "\"sender_id\":\"u-ana\",\"sender_username\":\"ana\",\"sender_agent\":null,\"recipient_id\":\"u-bob\","
                + "\"recipient_username\":\"bob\",\"recipient_agent\":null,\"content\":{\"text\":\"ça va?\\n\"},"
                + "\"created_at\":\"2026-11-26T12:00:42.120Z\"}],\"next\":null}");
    }

    @Test
    void stringsAreEscapedAsJacksonsGeneratorEscapesThem() throws IOException {
        List<String> strings = List.of("plain-id", "", "quote \" and \\ backslash", "tab\tnew\nline\u0000\u001f\u007f",
                "café déjà", "\u2028\u2029", "😀 \ud83d", "</script>", "a/b");
        for (String text : strings) {
            MessageView view = new MessageView(text, 7, text, text, text, text, text, text, text, text, text, "[1,\"x\"]", text);

            assertThat(view.json()).as(text).isEqualTo(byGenerator(view));
        }
    }

    /** The message object as a Jackson generator writes it field by field: what the server wrote before {@link MessageView#json()}. */
    private static String byGenerator(MessageView view) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("id", view.id());
            json.writeNumberField("seq", view.seq());
            json.writeStringField("conversation_id", view.conversationId());
            json.writeStringField("in_reply_to", view.inReplyTo());
            json.writeStringField("type", view.type());
            json.writeStringField("sender_id", view.senderId());
            json.writeStringField("sender_username", view.senderUsername());
            json.writeStringField("sender_agent", view.senderAgent());
            json.writeStringField("recipient_id", view.recipientId());
            json.writeStringField("recipient_username", view.recipientUsername());
            json.writeStringField("recipient_agent", view.recipientAgent());
            json.writeFieldName("content");
            json.writeRawValue(view.content());
            json.writeStringField("created_at", view.createdAt());
            json.writeEndObject();
        }
        return text.toString();
    }
}
