package gov.ca.calhr.um.testkit;

/** Reads one sample out of a service's {@code /q/metrics} answer (Prometheus text format). */
public final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * The value of the first sample of {@code name}, which may carry labels
     * ({@code um_events_dead_lettered_total{topic="hr.personnel-actions.v1"}}); -1 when absent.
     */
    public static double value(String metrics, String name) {
        String key = name.endsWith("}") ? name.substring(0, name.length() - 1) : name;
        return metrics.lines()
                .filter(l -> l.startsWith(key + " ") || l.startsWith(key + "{") || l.startsWith(key + ",")
                        || l.startsWith(key + "}"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }
}
