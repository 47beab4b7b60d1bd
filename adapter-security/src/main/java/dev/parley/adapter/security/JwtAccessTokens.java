package dev.parley.adapter.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Principal;
import dev.parley.ports.model.SessionId;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import dev.parley.ports.out.AccessTokens;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Access tokens as JWTs signed with HMAC-SHA256. The algorithm is pinned: a token whose header names
 * anything but {@code HS256} (including {@code none}) is refused before its signature is looked at.
 * Claims: {@code sub} user id, {@code name} username, {@code sid} login session, {@code exp}, {@code iat}, {@code jti}.
 */
public final class JwtAccessTokens implements AccessTokens {
    private final SigningKey key;
    private final Clock clock;
    private final MACSigner signer;
    private final MACVerifier verifier;
    private final VerifiedTokens verified = new VerifiedTokens(VerifiedTokens.MAX_ENTRIES);

    public JwtAccessTokens(SigningKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
        try {
            this.signer = new MACSigner(key.bytes());
            this.verifier = new MACVerifier(key.bytes());
        } catch (JOSEException tooShort) {
            throw new IllegalArgumentException("the signing key is not usable for HS256", tooShort);
        }
    }

    @Override
    public String issue(Principal principal, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(principal.userId().value())
                .claim("name", principal.username().value())
                .claim("sid", principal.sessionId().value())
                .issueTime(Date.from(clock.instant()))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException failed) {
            throw new IllegalStateException("could not sign an access token", failed);
        }
        return jwt.serialize();
    }

    /** A token seen before is answered from {@link VerifiedTokens} (its expiry still honoured); others are parsed and checked. */
    @Override
    public Optional<Principal> verify(String token, Instant now) {
        Optional<Principal> known = verified.get(token, now);
        return known.isPresent() ? known : verifyAndRemember(token, now);
    }

    private Optional<Principal> verifyAndRemember(String token, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Optional<Principal> principal = principalOf(claims, now);
            principal.ifPresent(found -> verified.put(token, found, claims.getExpirationTime().toInstant()));
            return principal;
        } catch (ParseException | JOSEException | ParleyException | IllegalStateException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<Principal> principalOf(JWTClaimsSet claims, Instant now) throws ParseException {
        Date expiry = claims.getExpirationTime();
        String subject = claims.getSubject();
        String name = claims.getStringClaim("name");
        String session = claims.getStringClaim("sid");
        if (expiry == null || !now.isBefore(expiry.toInstant()) || subject == null || name == null || session == null) {
            return Optional.empty();
        }
        return Optional.of(new Principal(new UserId(subject), new Username(name), new SessionId(session)));
    }

    @Override
    public String toString() {
        return "JwtAccessTokens[HS256, key " + key + "]";
    }
}
