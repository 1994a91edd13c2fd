package org.daftar.user;

import java.time.Instant;
import java.util.Set;

/** What the login desk says about a login ID and password. */
public record LoginOutcome(Result result, String loginId, Set<String> roles, Instant lockedUntil) {

    public enum Result { VALID, INVALID, LOCKED, INACTIVE }

    static LoginOutcome valid(User u) {
        return new LoginOutcome(Result.VALID, u.getLoginId(),
                u.getRoles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()), null);
    }

    static LoginOutcome invalid() { return new LoginOutcome(Result.INVALID, null, Set.of(), null); }

    static LoginOutcome locked(Instant until) { return new LoginOutcome(Result.LOCKED, null, Set.of(), until); }

    static LoginOutcome inactive() { return new LoginOutcome(Result.INACTIVE, null, Set.of(), null); }

    public boolean isValid() { return result == Result.VALID; }
}
