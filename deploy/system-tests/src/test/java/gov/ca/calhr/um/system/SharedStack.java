package gov.ca.calhr.um.system;

import gov.ca.calhr.um.stack.Keycloak;
import gov.ca.calhr.um.stack.Stack;
import gov.ca.calhr.um.stack.StackLayout;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One whole stack for every system test class of the run, started by the same launcher users
 * run ({@link Stack}) on ports shifted by 20000 so that a local stack can keep running, and
 * stopped (by pid) when the run ends.
 */
public class SharedStack implements BeforeAllCallback {

    private static final int PORT_OFFSET = 20000;
    private static Stack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedStack.class, key -> start(), Running.class);
    }

    private static Running start() {
        Path runDir = Path.of(System.getProperty("um.system.run.dir", "target/stack"));
        // the services export their spans to it from their first request on (UM_OTLP_ENDPOINT)
        OtlpReceiver.start();
        stack = new Stack(StackLayout.withOffset(runDir, PORT_OFFSET, false));
        long t0 = System.nanoTime();
        try {
            stack.up();
        } catch (RuntimeException e) {
            stack.down();
            throw e;
        }
        System.out.printf("system-test stack up in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        for (Map.Entry<String, Duration> t : stack.startTimes().entrySet()) {
            System.out.printf("  %-24s ready after %.1f s%n", t.getKey(), t.getValue().toMillis() / 1000.0);
        }
        return new Running();
    }

    static Stack stack() {
        return stack;
    }

    static StackLayout layout() {
        return stack.layout();
    }

    static Keycloak keycloak() {
        return new Keycloak(stack.layout().realmUrl());
    }

    static String url(String service) {
        return stack.layout().serviceUrl(service);
    }

    /** Stops the stack when the test run's root context closes. */
    static final class Running implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            stack.down();
        }
    }
}
