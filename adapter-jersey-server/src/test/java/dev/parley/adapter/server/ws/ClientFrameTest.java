package dev.parley.adapter.server.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.ParleyException;
import org.junit.jupiter.api.Test;

class ClientFrameTest {
    private static void refusedWith(String frame, String detail) {
        assertThatThrownBy(() -> ClientFrame.read(frame)).isInstanceOfSatisfying(ParleyException.class, refusal -> {
            assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
            assertThat(refusal.detail()).startsWith(detail);
        });
    }

    @Test
    void aSendFrameIsReadOnceIntoItsActionRefRecipientAndMessage() {
        ClientFrame frame = ClientFrame.read("{\"action\":\"send\",\"ref\":\"r-1\",\"to\":\"u-2\",\"type\":\"QUERY\","
                + "\"recipient_agent\":\"assistant\",\"content\":{ \"q\" : [1, \"two\", 1.50] },\"idempotency_key\":\"k\"}");

        OutgoingMessage message = frame.message().toOutgoing();
        assertThat(frame.action()).isEqualTo("send");
        assertThat(frame.ref().asText()).isEqualTo("r-1");
        assertThat(frame.to()).isEqualTo("u-2");
        assertThat(message.type()).isEqualTo(MessageType.QUERY);
        assertThat(message.content().json()).isEqualTo("{\"q\":[1,\"two\",1.50]}");
        assertThat(message.idempotencyKey()).hasValueSatisfying(key -> assertThat(key.value()).isEqualTo("k"));
    }

    @Test
    void theRefIsKeptAsWhateverJsonTheClientSent() {
        assertThat(ClientFrame.read("{\"action\":\"ping\",\"ref\":7}").ref().isInt()).isTrue();
        assertThat(ClientFrame.read("{\"action\":\"ping\",\"ref\":{\"n\":1}}").ref().isObject()).isTrue();
        assertThat(ClientFrame.read("{\"action\":\"ping\"}").ref()).isNull();
        assertThat(ClientFrame.read("{\"action\":\"ping\",\"ref\":null}").ref().isNull()).isTrue();
    }

    @Test
    void aNullStringFieldIsAbsentAndUnknownFieldsAreIgnored() {
        ClientFrame frame = ClientFrame.read("{\"action\":\"send\",\"to\":null,\"extra\":[1],\"type\":\"TASK\",\"type\":\"QUERY\"}");

        assertThat(frame.to()).isNull();
        assertThat(frame.type()).as("the last of a repeated field").isEqualTo("QUERY");
    }

    @Test
    void cursorsStayJsonSoTheirRefusalCanSayWhatIsExpected() {
        assertThat(ClientFrame.read("{\"action\":\"ack\",\"seq\":\"five\"}").seq().isTextual()).isTrue();
        assertThat(ClientFrame.read("{\"action\":\"resume\",\"after_seq\":12}").afterSeq().longValue()).isEqualTo(12);
    }

    @Test
    void aFrameThatIsNoObjectIsRefusedAsTheFrame() {
        refusedWith("[1,2,3]", "frame: must be a JSON object");
        refusedWith("null", "frame: must be a JSON object");
        refusedWith("{\"action\":", "frame: malformed JSON");
        refusedWith("{\"action\":\"ping\"} {}", "frame: must be a JSON object");
        refusedWith("", "frame: must be a JSON object");
        refusedWith("\"send\"", "frame: must be a JSON object");
    }

    @Test
    void aFieldOfTheWrongTypeIsRefusedByName() {
        refusedWith("{\"action\":5}", "action: must be a string");
        refusedWith("{\"action\":\"send\",\"to\":[\"u-2\"]}", "to: must be a string");
        refusedWith("{\"action\":\"send\",\"type\":true}", "type: must be a string");
        refusedWith("{\"action\":\"send\",\"idempotency_key\":{\"k\":1}}", "idempotency_key: must be a string");
    }
}
