package dev.parley.adapter.server.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.ports.model.ParleyException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageRequestTest {
    @Test
    void aBodyIsReadAsBindingReadsIt() {
        byte[] body = bytes("{\"type\":\"QUERY\",\"recipient_agent\":\"assistant\",\"content\":{ \"q\" : [1, 1.50] },"
                + "\"sender_agent\":null,\"in_reply_to\":\"m-1\",\"idempotency_key\":\"k\",\"unknown\":[true]}");

        MessageRequest read = MessageRequest.read(body);

        assertThat(read).isEqualTo(Json.read(body, MessageRequest.class));
        assertThat(read.content().toString()).isEqualTo("{\"q\":[1,1.50]}");
    }

    @Test
    void everyRefusalIsTheOneBindingGave() {
        List<String> refused = List.of("", "null", "[1]", "\"text\"", "{\"type\":", "{\"type\":\"QUERY\"} {}",
                "{\"type\":7}", "{\"recipient_agent\":[\"a\"]}", "{\"sender_agent\":{}}", "{\"in_reply_to\":false}",
                "{\"idempotency_key\":1.5}");
        for (String text : refused) {
            byte[] body = bytes(text);
            ParleyException byHand = catchThrowableOfType(() -> MessageRequest.read(body), ParleyException.class);
            ParleyException bound = catchThrowableOfType(() -> Json.read(body, MessageRequest.class), ParleyException.class);
            assertThat(byHand).as(text).isNotNull();
            assertThat(bound).as(text).isNotNull();
            assertThat(byHand.code()).as(text).isEqualTo(bound.code());
            assertThat(byHand.detail()).as(text).isEqualTo(bound.detail());
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
