package gov.ca.calhr.um.stack;

import java.time.Duration;
import java.util.Map;

/** {@code up | down | status | rebuild-reporting} for the local stack; run through deploy/stack.sh. */
public final class StackCli {

    private StackCli() {
    }

    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "up";
        Stack stack = new Stack(StackLayout.local(ProjectPaths.root()));
        switch (command) {
            case "up" -> up(stack);
            case "down" -> {
                stack.down();
                System.out.println("stack stopped");
            }
            case "status" -> stack.status().forEach(System.out::println);
            case "replay-dead-letters" -> {
                // once the cause is fixed: the service's dead letters back to the topics they came from
                String service = args.length > 1 ? args[1] : "";
                if (stack.layout().services().stream().noneMatch(spec -> spec.name().equals(service))) {
                    System.err.println("usage: deploy/stack.sh replay-dead-letters <service>, e.g. participants-service");
                    System.exit(2);
                }
                Map<String, Integer> replayed = new DeadLetterReplay(stack.layout()).replay(service);
                if (replayed.isEmpty()) {
                    System.out.println("no dead letters of " + service + " to replay");
                }
                replayed.forEach((topic, n) -> System.out.printf("  %d records back to %s%n", n, topic));
            }
            case "stop", "kill" -> {
                // one component alone (a fault drill by hand); 'up' starts it again
                String name = args.length > 1 ? args[1] : "";
                ManagedProcess process = new ManagedProcess(stack.layout(), name);
                boolean ended = command.equals("kill") ? process.kill()
                        : name.equals(PostgresProcess.NAME) ? stack.postgres().stop(Duration.ofSeconds(60))
                        : process.stop(Duration.ofSeconds(60));
                System.out.println(ended ? name + " " + command + (command.equals("stop") ? "ped" : "ed")
                        : name + " was not running (postgres, kafka, keycloak or a service's name)");
            }
            case "rebuild-reporting" -> {
                System.out.println("rebuilding reporting-service's projections from the event history ...");
                ReportingRebuild rebuild = new ReportingRebuild(stack);
                Map<String, Long> gone = rebuild.recordsNoLongerKept();
                gone.values().removeIf(n -> n == 0);
                if (!gone.isEmpty()) {
                    System.err.println("refused: these topics no longer hold their whole history " + gone
                            + " (records removed by retention), so a rebuild would count only part of it");
                    System.exit(1);
                }
                long records = rebuild.recordsInTopics();
                long started = System.nanoTime();
                rebuild.run().forEach((table, rows) ->
                        System.out.printf("  %-22s %d rows emptied, refilled by replay%n", table, rows));
                System.out.println("reporting-service is replaying the topics ...");
                boolean done = rebuild.awaitReplayed(java.time.Duration.ofMinutes(10));
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.println(done
                        ? "replay complete: the figures are whole again (%d events in %.1f s = %.0f events/s)"
                                .formatted(records, seconds, records / seconds)
                        : "the replay is still running after 10 minutes; figures are complete once it has caught up");
            }
            default -> {
                System.err.println("usage: deploy/stack.sh up|down|status|rebuild-reporting|replay-dead-letters <service>|stop <name>|kill <name>");
                System.exit(2);
            }
        }
    }

    private static void up(Stack stack) {
        StackLayout layout = stack.layout();
        System.out.println("starting PostgreSQL, Kafka, Keycloak and the four services (logs: "
                + layout.logDir() + ") ...");
        try {
            stack.up();
        } catch (IllegalStateException e) {
            System.err.println("start failed: " + e.getMessage());
            System.exit(1);
        }
        for (Map.Entry<String, Duration> t : stack.startTimes().entrySet()) {
            System.out.printf("  %-24s ready after %.1f s%n", t.getKey(), t.getValue().toMillis() / 1000.0);
        }
        System.out.println("loading demo data ...");
        new DemoData(layout).load();
        System.out.println();
        stack.status().forEach(System.out::println);
        System.out.println();
        System.out.println("Swagger UI (Authorize signs in on Keycloak's page: client " + Keycloak.PORTAL_CLIENT
                + ", Authorization Code with PKCE):");
        for (StackLayout.ServiceSpec s : layout.services()) {
            System.out.printf("  %-24s %s/q/swagger-ui%n", s.name(), layout.serviceUrl(s.name()));
        }
        System.out.println("Keycloak admin console: " + layout.keycloakUrl() + "/admin  (admin / admin)");
        System.out.println("Tokens: realm " + StackLayout.REALM + ", demo users dgs-coordinator, edd-employee, "
                + "calhr-analyst, ... (password " + Keycloak.DEMO_PASSWORD + "); for scripts, the demo-only client "
                + Keycloak.DEMO_CLIENT + " has the password grant, e.g.");
        System.out.println("  curl -s -d grant_type=password -d client_id=" + Keycloak.DEMO_CLIENT
                + " -d username=dgs-coordinator -d password=" + Keycloak.DEMO_PASSWORD + " "
                + layout.realmUrl() + "/protocol/openid-connect/token");
        System.out.println("  curl -s -d grant_type=client_credentials -d client_id=" + Keycloak.HR_SYSTEM_CLIENT
                + " -d client_secret=" + Keycloak.HR_SYSTEM_SECRET + " "
                + layout.realmUrl() + "/protocol/openid-connect/token");
        System.out.println("Stop everything: deploy/stack.sh down");
    }
}
