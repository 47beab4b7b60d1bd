package dev.parley.adapter.server.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendAnswersTest {
    private final SendAnswers answers = new SendAnswers();
    private final List<String> written = new ArrayList<>();

    @Test
    void anAnswerGivenBeforeAnEarlierSendsWaitsForItAndThenFollowsIt() {
        SendAnswers.Place first = answers.take();
        SendAnswers.Place second = answers.take();
        SendAnswers.Place third = answers.take();

        third.answer(() -> written.add("third"));
        second.answer(() -> written.add("second"));
        assertThat(written).isEmpty();

        first.answer(() -> written.add("first"));
        assertThat(written).containsExactly("first", "second", "third");
    }

    @Test
    void anAnswerWhoseEarlierSendsAreAnsweredIsWrittenAtOnce() {
        SendAnswers.Place first = answers.take();
        first.answer(() -> written.add("first"));
        SendAnswers.Place second = answers.take();
        SendAnswers.Place third = answers.take();

        second.answer(() -> written.add("second"));

        assertThat(written).containsExactly("first", "second");
        third.answer(() -> written.add("third"));
        assertThat(written).containsExactly("first", "second", "third");
    }

    @Test
    void anAnswerThatThrowsDoesNotHoldUpTheOnesBehindIt() {
        SendAnswers.Place first = answers.take();
        SendAnswers.Place second = answers.take();
        second.answer(() -> written.add("second"));

        assertThatThrownBy(() -> first.answer(() -> {
            throw new IllegalStateException("the socket is gone");
        })).hasMessage("the socket is gone");

        assertThat(written).containsExactly("second");
        answers.take().answer(() -> written.add("third"));
        assertThat(written).containsExactly("second", "third");
    }
}
