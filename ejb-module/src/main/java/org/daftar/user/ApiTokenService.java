package org.daftar.user;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.audit.AuditLog;
import org.daftar.org.Text;
import org.daftar.platform.BusinessException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Personal API tokens: a client sends "Authorization: Bearer dft_…" instead of a password on every call. */
@Stateless
@PermitAll
public class ApiTokenService {

    public static final String PREFIX = "dft_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration LIFETIME = Duration.ofDays(365);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private UserRepository people;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext ctx;

    public record TokenRow(Long id, String label, java.time.Instant createdAt, java.time.Instant expiresAt,
                           java.time.Instant revokedAt) {
    }

    /** Creates a token and returns it; this is the only time it is seen in clear. */
    public String create(String label) {
        String l = Text.clean(label);
        if (l == null || l.length() > 60) {
            throw new BusinessException("token.label.invalid");
        }
        User u = self();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new ApiToken(u, l, sha256(token), clock.instant(), clock.instant().plus(LIFETIME)));
        audit.record(u.getLoginId(), "API_TOKEN_CREATED", "user:" + u.getLoginId(), l, null);
        return token;
    }

    public List<TokenRow> mine() {
        return em.createNamedQuery("ApiToken.ofUser", ApiToken.class).setParameter("user", self()).getResultList()
                .stream().map(t -> new TokenRow(t.getId(), t.getLabel(), t.getCreatedAt(), t.getExpiresAt(), t.getRevokedAt()))
                .toList();
    }

    public void revoke(Long id) {
        ApiToken t = id == null ? null : em.find(ApiToken.class, id);
        User u = self();
        // a person revokes only their own tokens, whatever id the request carries
        if (t == null || !t.getUser().getId().equals(u.getId())) {
            throw new BusinessException("token.notFound");
        }
        t.revoke(clock.instant());
        audit.record(u.getLoginId(), "API_TOKEN_REVOKED", "user:" + u.getLoginId(), t.getLabel(), null);
    }

    /** The owner of a usable token, if the token is one and its owner may still log in. */
    public Optional<LoginOutcome> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return em.createNamedQuery("ApiToken.byHash", ApiToken.class).setParameter("hash", sha256(token))
                .getResultStream().findFirst()
                .filter(t -> t.isUsable(clock.instant()))
                .map(ApiToken::getUser)
                .filter(u -> u.isActive() && !u.isLocked(clock.instant()))
                .map(LoginOutcome::valid);
    }

    private User self() {
        return people.byLogin(ctx.getCallerPrincipal().getName()).orElseThrow(() -> new BusinessException("user.notFound"));
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
