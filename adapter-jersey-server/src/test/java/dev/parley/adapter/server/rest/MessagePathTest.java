package dev.parley.adapter.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagePathTest {
    @Test
    void theSegmentAfterMessageIsTheFriendId() {
        assertThat(MessagePath.friendId("/message/u-42")).contains("u-42");
        assertThat(MessagePath.friendId("/message/u-42/")).contains("u-42");
    }

    @Test
    void theFriendIdIsPercentDecodedAndLosesMatrixParametersAsJerseyDoes() {
        assertThat(MessagePath.friendId("/message/no%20one")).contains("no one");
        assertThat(MessagePath.friendId("/message/a+b")).contains("a+b");
        assertThat(MessagePath.friendId("/message/u-42;v=1")).contains("u-42");
    }

    @Test
    void anyOtherPathNamesNoFriend() {
        assertThat(MessagePath.friendId("/message")).isEmpty();
        assertThat(MessagePath.friendId("/message/")).isEmpty();
        assertThat(MessagePath.friendId("/message//")).isEmpty();
        assertThat(MessagePath.friendId("/message/a/b")).isEmpty();
        assertThat(MessagePath.friendId("/messages")).isEmpty();
    }
}
