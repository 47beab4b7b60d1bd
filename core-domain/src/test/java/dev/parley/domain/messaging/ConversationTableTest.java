package dev.parley.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.ParleyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The protocol table, written out cell by cell: any change to MessageType's table fails here. */
class ConversationTableTest {
    /** Rows: the reply's type; columns, in declaration order: the answered type. x = may answer. */
    private static final String TABLE = """
                            PRO ACC REJ QRY TSK WAI INF THX DIS ERR END
            PROPOSAL         x   .   x   .   .   .   .   .   x   .   .
            ACCEPTANCE       x   .   .   .   x   .   .   .   .   .   .
            REJECTION        x   .   .   .   x   .   .   .   .   .   .
            QUERY            x   .   .   x   x   x   x   .   .   x   .
            TASK             .   x   .   .   .   .   .   .   .   x   .
            WAIT             x   .   .   x   x   .   .   .   .   .   .
            INFORMATION      .   x   .   x   x   .   x   x   x   x   .
            THANKS           .   x   x   .   .   x   x   .   .   .   .
            DISAPPOINTMENT   .   .   x   .   .   .   x   .   .   x   .
            ERROR            x   .   .   x   x   .   x   .   .   .   .
            END              x   x   x   x   x   x   x   x   x   x   .
            """;

    private static final Set<MessageType> OPENERS =
            EnumSet.of(MessageType.PROPOSAL, MessageType.QUERY, MessageType.TASK, MessageType.INFORMATION);

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        List<String> rows = TABLE.lines().skip(1).toList();
        MessageType[] answered = MessageType.values();
        for (String row : rows) {
            String[] columns = row.trim().split("\\s+");
            for (int i = 0; i < answered.length; i++) {
                cells.add(Arguments.of(MessageType.valueOf(columns[0]), answered[i], columns[i + 1].equals("x")));
            }
        }
        return cells.stream();
    }

    @Test
    void theWrittenTableHasOneRowAndOneColumnPerMessageType() {
        List<String> rows = TABLE.lines().skip(1).toList();
        assertThat(rows).extracting(row -> row.trim().split("\\s+")[0])
                .containsExactlyElementsOf(Arrays.stream(MessageType.values()).map(Enum::name).toList());
        assertThat(rows).allSatisfy(row -> assertThat(row.trim().split("\\s+")).hasSize(MessageType.values().length + 1));
        assertThat(cells()).hasSize(121);
    }

    @ParameterizedTest(name = "{0} may answer {1}: {2}")
    @MethodSource("cells")
    void eachTypeMayAnswerExactlyTheTypesOfTheTable(MessageType reply, MessageType original, boolean allowed) {
        assertThat(reply.mayAnswer(original)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} answering {1} passes the policy: {2}")
    @MethodSource("cells")
    void thePolicyRefusesExactlyTheForbiddenCells(MessageType reply, MessageType original, boolean allowed) {
        if (allowed) {
            assertThatCode(() -> ConversationPolicy.requireMayAnswer(reply, original)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> ConversationPolicy.requireMayAnswer(reply, original))
                    .isInstanceOfSatisfying(ParleyException.class, refusal -> {
                        assertThat(refusal.code()).isEqualTo(ErrorCode.PROTOCOL_VIOLATION);
                        assertThat(refusal.detail()).contains(reply.name(), original.name());
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void onlyProposalQueryTaskAndInformationOpenAConversation(MessageType type) {
        assertThat(type.opensConversation()).isEqualTo(OPENERS.contains(type));
        if (OPENERS.contains(type)) {
            assertThatCode(() -> ConversationPolicy.requireOpener(type)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> ConversationPolicy.requireOpener(type))
                    .isInstanceOfSatisfying(ParleyException.class,
                            refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.PROTOCOL_VIOLATION))
                    .hasMessageContaining(type.name()).hasMessageContaining("opening rule");
        }
    }
}
