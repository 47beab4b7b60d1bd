package dev.parley.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.MessageType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's protocol table is documentation users rely on: it must say exactly what the code enforces. */
class ReadmeConversationTableTest {
    private static final Path README = Path.of("..", "README.md");

    @Test
    void everyCellOfTheReadmeTableMatchesTheProtocol() throws IOException {
        List<String> lines = Files.readAllLines(README);
        String header = lines.stream().filter(line -> line.startsWith("| reply")).findFirst().orElseThrow();
        assertThat(Arrays.stream(header.split("\\|")).map(String::strip).skip(2).collect(Collectors.toList()))
                .as("columns in protocol order")
                .containsExactlyElementsOf(Arrays.stream(MessageType.values()).map(Enum::name).collect(Collectors.toList()));
        List<String> rows = lines.stream()
                .filter(line -> line.startsWith("| **"))
                .collect(Collectors.toList());

        assertThat(rows).hasSize(MessageType.values().length);
        for (String row : rows) {
            String[] cells = Arrays.stream(row.split("\\|")).map(String::strip).skip(1).toArray(String[]::new);
            MessageType reply = MessageType.valueOf(cells[0].replace("*", ""));
            for (MessageType answered : MessageType.values()) {
                boolean documented = cells[1 + answered.ordinal()].equals("✓");
                assertThat(documented).as("%s answering %s", reply, answered).isEqualTo(reply.mayAnswer(answered));
            }
        }
    }
}
