package dev.parley.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailboxPolicyTest {
    private static final Optional<AgentName> PLANNER = Optional.of(new AgentName("planner"));

    @Test
    void aMailboxBelowTheLimitHasRoom() {
        assertThatCode(() -> new MailboxPolicy(3).requireRoom(2, PLANNER)).doesNotThrowAnyException();
    }

    @Test
    void aFullMailboxRefusesOneMoreAsRateLimitedNamingTheAgent() {
        assertThatThrownBy(() -> new MailboxPolicy(3).requireRoom(3, PLANNER))
                .isInstanceOfSatisfying(ParleyException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(refusal.detail()).contains("recipient's mailbox is full", "agent planner", "3 pending");
                });
    }

    @Test
    void aFullMailboxOfTheUserSaysSo() {
        assertThatThrownBy(() -> new MailboxPolicy(1).requireRoom(1, Optional.empty()))
                .hasMessageContaining("the user has 1 pending");
    }

    @Test
    void zeroMeansNoLimit() {
        MailboxPolicy unlimited = new MailboxPolicy(0);

        assertThat(unlimited.limited()).isFalse();
        assertThatCode(() -> unlimited.requireRoom(1_000_000, PLANNER)).doesNotThrowAnyException();
    }

    @Test
    void aNegativeLimitIsAMistake() {
        assertThatThrownBy(() -> new MailboxPolicy(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
