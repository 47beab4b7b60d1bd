package dev.parley.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RefreshTokensTest {
    private final RefreshTokens tokens = new RefreshTokens();

    @Test
    void aTokenIsThirtyTwoRandomBytesInUnpaddedBase64Url() {
        String token = tokens.generate();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(tokens.generate());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void theStoredFormIsTheLowercaseHexSha256() {
        assertThat(RefreshTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theHashNeverContainsTheToken() {
        String token = tokens.generate();
        assertThat(RefreshTokens.hash(token)).hasSize(64).doesNotContain(token);
    }
}
