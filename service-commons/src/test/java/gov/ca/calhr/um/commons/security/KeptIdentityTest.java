package gov.ca.calhr.um.commons.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What VerifiedTokens keeps of an identity for the token's lifetime: everything the next requests
 * read, and nothing of the request the token was verified in (a kept identity that reached it held
 * a 5,000-action batch in the heap for five minutes).
 */
class KeptIdentityTest {

    /** Stands for the request: the routing context and the blocking-call context OIDC attaches. */
    private final Object request = new Object();
    private final Object blockingCalls = new Object();

    @Test
    void theKeptIdentityHasWhatRequestsReadAndTheCallersScope() {
        Token token = new Token("sub-1", Map.of("department", "DGS", "employee_id", "E-100"));
        SecurityIdentity kept = VerifiedTokens.asKept(verified(token), token);

        assertThat(kept.getPrincipal()).isSameAs(token);
        assertThat(kept.getRoles()).containsExactlyInAnyOrder("um-coordinator", "employee");
        assertThat(kept.getCredentials()).hasSize(1);
        assertThat((String) kept.getAttribute("tenant-id")).isEqualTo("Default");
        assertThat((Object) kept.getAttribute(RoutingContext.class.getName())).isNull();
        assertThat((Object) kept.getAttribute(AuthenticationRequestContext.class.getName())).isNull();
        CurrentCaller.Scope scope = kept.getAttribute(CurrentCaller.SCOPE_ATTRIBUTE);
        assertThat(scope.department()).isEqualTo("DGS");
        assertThat(scope.employeeId()).isEqualTo("E-100");
    }

    @Test
    void theKeptIdentityReachesNothingOfTheRequestItWasVerifiedIn() {
        Token token = new Token("sub-1", Map.of("department", "DGS"));
        SecurityIdentity kept = VerifiedTokens.asKept(verified(token), token);

        assertThat(reachable(kept, request)).as("the request is reachable from the kept identity").isFalse();
        assertThat(reachable(kept, blockingCalls)).as("the blocking-call context is reachable").isFalse();
    }

    @Test
    void theWalkFindsARequestThatIsReachable() {
        Token token = new Token("sub-1", Map.of());
        // a copy made with builder(identity) asks the identity it copies about permissions
        SecurityIdentity copy = QuarkusSecurityIdentity.builder(verified(token)).build();
        assertThat(reachable(copy, request)).isTrue();
    }

    private SecurityIdentity verified(Token token) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(token)
                .addRoles(Set.of("um-coordinator", "employee"))
                .addCredential(new TokenCredential("raw.token.value", "bearer"))
                .addAttribute(RoutingContext.class.getName(), request)
                .addAttribute(AuthenticationRequestContext.class.getName(), blockingCalls)
                .addAttribute("tenant-id", "Default")
                .build();
    }

    /** True when {@code target} can be reached from {@code root} through fields, collections and arrays. */
    private static boolean reachable(Object root, Object target) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> next = new ArrayDeque<>();
        next.push(root);
        while (!next.isEmpty()) {
            Object o = next.pop();
            if (o == target) {
                return true;
            }
            if (o == null || !seen.add(o) || o instanceof String || o instanceof Number || o instanceof Class<?>) {
                continue;
            }
            if (o instanceof Map<?, ?> map) {
                map.forEach((k, v) -> {
                    next.push(k == null ? "" : k);
                    next.push(v == null ? "" : v);
                });
            } else if (o instanceof Collection<?> c) {
                c.forEach(e -> next.push(e == null ? "" : e));
            } else if (o.getClass().isArray() && !o.getClass().getComponentType().isPrimitive()) {
                for (int i = 0; i < Array.getLength(o); i++) {
                    Object e = Array.get(o, i);
                    next.push(e == null ? "" : e);
                }
            } else if (!o.getClass().getName().startsWith("java.")) {
                for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                            continue;
                        }
                        f.setAccessible(true);
                        try {
                            Object v = f.get(o);
                            next.push(v == null ? "" : v);
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
        }
        return false;
    }

    private record Token(String subject, Map<String, Object> claims) implements JsonWebToken {

        @Override
        public String getName() {
            return subject;
        }

        @Override
        public String getSubject() {
            return subject;
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }
}
