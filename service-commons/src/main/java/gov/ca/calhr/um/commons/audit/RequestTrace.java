package gov.ca.calhr.um.commons.audit;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The request being served: its method, path as sent (never the query string, which may carry
 * search terms) and id. The id is the client's {@code X-Request-Id} when it sends a sane one, else a new
 * one; the answer carries it back, the audit trail records it, and every log line written while
 * the request is served carries it (logging context {@value #LOG_KEY}).
 */
@RequestScoped
public class RequestTrace {

    public static final String HEADER = "X-Request-Id";
    /** The key of the request id in the logging context (MDC), as log formats name it. */
    public static final String LOG_KEY = "requestId";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private String method;
    private String path;
    private String requestId;

    public boolean known() {
        return method != null;
    }

    public String line() {
        return method + " " + path;
    }

    public String requestId() {
        return requestId;
    }

    void start(String method, String path, String requestId) {
        this.method = method;
        this.path = path;
        this.requestId = requestId;
    }

    /** Registers each request; RESTEasy Reactive runs these before the resource method. (The trace is a
     * client proxy: reached through methods only.) */
    public static class Filters {

        private final RequestTrace trace;

        public Filters(RequestTrace trace) {
            this.trace = trace;
        }

        @ServerRequestFilter(preMatching = true)
        public void onRequest(HttpServerRequest request) {
            String sent = request.getHeader(HEADER);
            String id = sent != null && SANE_ID.matcher(sent).matches() ? sent : newId();
            trace.start(request.method().name(), request.path(), id);
            // Quarkus keeps the logging context with the request's Vert.x context, across its threads
            MDC.put(LOG_KEY, id);
        }

        /**
         * A random (version 4) UUID from the thread's own generator: a request id need not be
         * unguessable, and the shared secure generator is a lock every request would queue on.
         */
        static String newId() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                    (random.nextLong() & ~(3L << 62)) | (2L << 62)).toString();
        }

        @ServerResponseFilter
        public void onResponse(ContainerResponseContext response) {
            if (trace.requestId() != null) {
                response.getHeaders().putSingle(HEADER, trace.requestId());
            }
            MDC.remove(LOG_KEY);
        }
    }
}
