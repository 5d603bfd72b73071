package gov.ca.calhr.um.commons.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens already verified (signature, issuer, audience, lifetime), each with what it was
 * verified as, until the token expires or {@code maxAge} has passed, whichever comes first.
 *
 * <p>A portal sends the same access token with every request for its lifetime (Keycloak's default
 * is five minutes); verifying it once instead of on every request saves the RSA check and the JWT
 * parsing, about half of what a cached report read costs. The key is the whole token as sent: a
 * token that differs in any character, signature included, is a different key and is verified in
 * full. An entry never outlives its token's {@code exp}, so an expired token is refused exactly as
 * without the cache. The cache holds at most {@code maxEntries}; when full, expired entries go
 * first, and if none has expired a new token is simply not kept (it is verified every time).
 * Entries that expired without being looked up again are swept out when a token is kept, at most
 * once per {@code maxAge}, so that tokens nobody sends any more do not stay until the cache is full.
 *
 * @param <I> what a token was verified as (the security identity)
 */
public final class VerifiedTokenCache<I> {

    private record Entry<I>(I identity, Instant until) {
    }

    private final ConcurrentHashMap<String, Entry<I>> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final Duration maxAge;
    private final Clock clock;
    private volatile Instant nextSweep;

    public VerifiedTokenCache(int maxEntries, Duration maxAge, Clock clock) {
        if (maxEntries < 0 || maxAge.isNegative()) {
            throw new IllegalArgumentException("maxEntries and maxAge must not be negative");
        }
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
        this.clock = clock;
        this.nextSweep = clock.instant().plus(maxAge);
    }

    /** What {@code token} was verified as, if it was and neither it nor its entry has expired since. */
    public Optional<I> verified(String token) {
        Entry<I> entry = entries.get(token);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.until())) {
            entries.remove(token, entry);
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    /** Keeps {@code token}, just verified as {@code identity}, until {@code expiresAt} at the latest. */
    public void keep(String token, I identity, Instant expiresAt) {
        Instant now = clock.instant();
        Instant until = expiresAt.isBefore(now.plus(maxAge)) ? expiresAt : now.plus(maxAge);
        if (!now.isBefore(until) || maxEntries == 0) {
            return;
        }
        if (!now.isBefore(nextSweep)) {
            nextSweep = now.plus(maxAge);
            sweep(now);
        }
        if (entries.size() >= maxEntries) {
            sweep(now);
            if (entries.size() >= maxEntries) {
                return;
            }
        }
        entries.putIfAbsent(token, new Entry<>(identity, until));
    }

    private void sweep(Instant now) {
        entries.values().removeIf(e -> !now.isBefore(e.until()));
    }

    /** Tokens kept now (expired ones included until they are next looked up or swept out). */
    public int size() {
        return entries.size();
    }
}
