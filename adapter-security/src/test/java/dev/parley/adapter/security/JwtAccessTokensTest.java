package dev.parley.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.ports.model.Principal;
import dev.parley.ports.model.SessionId;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.Test;

class JwtAccessTokensTest {
    private static final Instant NOW = Instant.parse("2026-11-25T20:10:42.120Z");
    private static final Principal ALICE = new Principal(new UserId("u-1"), new Username("alice"), new SessionId("s-1"));

    private final SigningKey key = SigningKey.random();
    private final JwtAccessTokens tokens = new JwtAccessTokens(key, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anIssuedTokenNamesItsPrincipalUntilItExpires() {
        String token = tokens.issue(ALICE, NOW.plus(Duration.ofHours(1)));

        assertThat(tokens.verify(token, NOW)).contains(ALICE);
        assertThat(tokens.verify(token, NOW.plus(Duration.ofMinutes(59)))).contains(ALICE);
    }

    @Test
    void aTokenVerifiedBeforeIsRefusedOnceItExpires() {
        String token = tokens.issue(ALICE, NOW.plus(Duration.ofHours(1)));
        assertThat(tokens.verify(token, NOW)).contains(ALICE);

        assertThat(tokens.verify(token, NOW.plus(Duration.ofMinutes(59)))).contains(ALICE);
        assertThat(tokens.verify(token, NOW.plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void aTamperedCopyOfAVerifiedTokenIsStillRefused() {
        String token = tokens.issue(ALICE, NOW.plus(Duration.ofHours(1)));
        assertThat(tokens.verify(token, NOW)).contains(ALICE);
        String[] parts = token.split("\\.");
        char flipped = parts[2].charAt(0) == 'A' ? 'B' : 'A';

        assertThat(tokens.verify(parts[0] + "." + parts[1] + "." + flipped + parts[2].substring(1), NOW)).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = tokens.issue(ALICE, NOW.plus(Duration.ofHours(1)));

        assertThat(tokens.verify(token, NOW.plus(Duration.ofHours(1)))).isEmpty();
        assertThat(tokens.verify(token, NOW.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = tokens.issue(ALICE, NOW.plus(Duration.ofHours(1))).split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"u-2\",\"name\":\"mallory\",\"sid\":\"s-1\",\"exp\":4102444800}".getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.verify(parts[0] + "." + forged + "." + parts[2], NOW)).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        JwtAccessTokens other = new JwtAccessTokens(SigningKey.random(), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(tokens.verify(other.issue(ALICE, NOW.plus(Duration.ofHours(1))), NOW)).isEmpty();
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRefused() {
        String unsigned = new PlainJWT(claims()).serialize();

        assertThat(tokens.verify(unsigned, NOW)).isEmpty();
    }

    @Test
    void aTokenWithAnotherHmacAlgorithmIsRefusedEvenWithTheRightKey() throws JOSEException {
        SignedJWT hs512 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), claims());
        hs512.sign(new MACSigner(key.bytes()));

        assertThat(tokens.verify(hs512.serialize(), NOW)).isEmpty();
    }

    @Test
    void garbageIsRefused() {
        assertThat(tokens.verify("not-a-token", NOW)).isEmpty();
        assertThat(tokens.verify("", NOW)).isEmpty();
        assertThat(tokens.verify("a.b.c", NOW)).isEmpty();
    }

    @Test
    void aTokenWithoutTheSessionClaimIsRefused() throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .subject("u-1").claim("name", "alice").expirationTime(Date.from(NOW.plusSeconds(60))).build());
        jwt.sign(new MACSigner(key.bytes()));

        assertThat(tokens.verify(jwt.serialize(), NOW)).isEmpty();
    }

    private static JWTClaimsSet claims() {
        return new JWTClaimsSet.Builder().subject("u-1").claim("name", "alice").claim("sid", "s-1")
                .expirationTime(Date.from(NOW.plusSeconds(3600))).build();
    }
}
