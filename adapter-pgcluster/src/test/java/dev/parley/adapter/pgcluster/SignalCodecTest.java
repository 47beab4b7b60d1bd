package dev.parley.adapter.pgcluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.ServerEvent;
import dev.parley.ports.model.SessionId;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import dev.parley.ports.out.Signal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalCodecTest {
    private static final User ALICE = new User(new UserId("u-1"), new Username("alice"), Instant.parse("2026-11-25T20:10:42.120Z"));

    @Test
    void everyKindOfSignalComesBackAsItWasSent() {
        List<Signal> signals = List.of(
                new Signal.MessagesWaiting(new UserId("u-2")),
                new Signal.SessionRevoked(new SessionId("s-1")),
                new Signal.EventFor(new UserId("u-2"), new ServerEvent.PresenceChanged(new UserId("u-1"), true)),
                new Signal.EventFor(new UserId("u-2"), new ServerEvent.PresenceChanged(new UserId("u-1"), false)),
                new Signal.EventFor(new UserId("u-2"), new ServerEvent.FriendRequested(ALICE)),
                new Signal.EventFor(new UserId("u-2"), new ServerEvent.FriendAccepted(ALICE)));

        assertThat(signals).allSatisfy(signal -> assertThat(SignalCodec.decode(SignalCodec.encode(signal))).contains(signal));
    }

    @Test
    void idsWithSpacesAndNonAsciiSurviveTheTrip() {
        Signal signal = new Signal.EventFor(new UserId("a user é"), new ServerEvent.PresenceChanged(new UserId("x y"), true));

        assertThat(SignalCodec.encode(signal)).doesNotContain("a user");
        assertThat(SignalCodec.decode(SignalCodec.encode(signal))).contains(signal);
    }

    @Test
    void aSignalOfTheLongestIdsStaysFarBelowTheNotifyLimit() {
        String longest = "i".repeat(128);
        User user = new User(new UserId(longest), new Username("u".repeat(32)), Instant.now());

        assertThat(SignalCodec.encode(new Signal.EventFor(new UserId(longest), new ServerEvent.FriendAccepted(user))))
                .hasSizeLessThan(1000);
    }

    @Test
    void aKindThisNodeDoesNotKnowIsSkipped() {
        assertThat(SignalCodec.decode("Z something new")).isEmpty();
    }

    @Test
    void eventsAndRevocationsAreJournaledButWakeUpsAreNot() {
        assertThat(SignalCodec.journaled(new Signal.MessagesWaiting(new UserId("u")))).isFalse();
        assertThat(SignalCodec.journaled(new Signal.SessionRevoked(new SessionId("s")))).isTrue();
        assertThat(SignalCodec.journaled(new Signal.EventFor(new UserId("u"), new ServerEvent.PresenceChanged(new UserId("v"), true))))
                .isTrue();
    }
}
