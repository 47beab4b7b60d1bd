package dev.parley.adapter.server.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.adapter.server.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramesTest {
    @Test
    void aRefIsWrittenExactlyAsTheMapperWritesIt() {
        List<String> refs = List.of("\"r-1\"", "\"q\\\"uote \\\\ back\\nline\\u0001ctl é 😀 </script>\"", "7", "-12",
                "123456789012345678901234567890", "1.50", "null", "true", "{\"n\":[1,\"x\"]}", "\"\"");
        for (String text : refs) {
            JsonNode ref = Json.tree(text);
            assertThat(Frames.ref(ref)).as(text).isEqualTo(Json.write(ref));
        }
        assertThat(Frames.ref(null)).isEqualTo("null");
    }
}
