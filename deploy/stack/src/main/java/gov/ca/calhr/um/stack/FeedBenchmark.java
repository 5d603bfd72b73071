package gov.ca.calhr.um.stack;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

/**
 * End-to-end benchmark of the personnel-action intake on the running local stack: publishes N
 * generated actions to {@code hr.personnel-actions.v1} (a realistic mix: LPEL appointments, promotions
 * into ELTPA, bridging, separations and rehires, T&D assignments, out-of-order and repeated records,
 * moves resent under new actionIds), waits until participants-service has stored and derived them
 * and reporting-service has counted them, checks every count against what the rules give for the
 * generated stories, and prints actions/s, the time of each stage and each service's peak RSS.
 * <pre>java -cp deploy/stack/target/um-stack.jar:deploy/stack/target/lib/* gov.ca.calhr.um.stack.FeedBenchmark [N]</pre>
 */
public final class FeedBenchmark {

    /** One employee's story: the actions HR sends and what the rules make of them. */
    private record Story(List<String> records, int actions, int umAppointments, int standingNotices) {
    }

    private static final int DEPARTMENTS = 10;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private FeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        Path root = Path.of(System.getProperty("um.root", ".")).toAbsolutePath();
        StackLayout layout = StackLayout.local(root);
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
        String prefix = "B" + run;
        Random random = new Random(run.hashCode());

        List<String[]> records = new ArrayList<>();
        int actions = 0;
        int employees = 0;
        long umAppointments = 0;
        long standingNotices = 0;
        while (records.size() < target) {
            String department = prefix + (employees % DEPARTMENTS);
            String employee = prefix + "-E" + employees;
            Story s = story(employees % 6, department, employee, random);
            for (String r : s.records()) {
                records.add(new String[]{employee, r});
            }
            actions += s.actions();
            umAppointments += s.umAppointments();
            standingNotices += s.standingNotices();
            employees++;
        }
        // employees' stories interleave as HR extracts do; each employee's records keep their story order
        // (out-of-order stories are generated out of order)
        List<String[]> interleaved = interleave(records, random);

        System.out.printf("run %s: %d records (%d distinct actions) for %d employees in %d departments; "
                + "expected %d UM appointments, %d standing welcome notices%n", prefix, interleaved.size(), actions,
                employees, DEPARTMENTS, umAppointments, standingNotices);
        String metrics = "http://localhost:" + layout.service("participants-service").port() + "/q/metrics";
        double appliedBefore = applied(metrics);
        long t0 = System.nanoTime();
        publish(layout.kafkaBootstrap(), "hr.personnel-actions.v1", interleaved);
        long published = System.nanoTime();
        System.out.printf("published in %.1f s%n", seconds(t0, published));

        String like = prefix + "%";
        // until every record is applied, the service's own count of records committed (a count of the
        // table every 250 ms would scan a million rows a time on a stack that has run this before,
        // taking a third of a core from the database the run measures); then the table, once
        long applied = await(t0, Duration.ofMinutes(30), () -> (long) (applied(metrics) - appliedBefore),
                interleaved.size(), "records applied");
        long stored = await(t0, Duration.ofMinutes(1), () -> count(layout, "participants",
                "select count(*) from personnel_action where department like ?", like), actions, "stored");
        long derived = await(t0, Duration.ofMinutes(30), () -> count(layout, "participants",
                "select count(*) from employee_timeline where department like ?", like), employees, "derived");
        long relayed = await(t0, Duration.ofMinutes(30), () -> count(layout, "participants",
                "select count(*) from outbox_event where published_at is null and ? <> ''", like) == 0 ? 1 : 0,
                1, "published by the outbox relay");
        long counted = await(t0, Duration.ofMinutes(30), () -> count(layout, "reporting",
                "select count(*) from employee_facts where department like ?", like), employees, "counted");

        long umStored = count(layout, "participants",
                "select count(*) from um_appointment where department like ?", like);
        long umCounted = count(layout, "reporting",
                "select count(*) from um_appointment_fact where department like ?", like);
        long notices = count(layout, "participants",
                "select count(*) from welcome_notice where department like ? and withdrawn_at is null", like);
        long eligible = count(layout, "reporting",
                "select count(distinct employee_id) from eligibility_period where department like ?", like);
        Map<String, Long> checks = new LinkedHashMap<>();
        checks.put("UM appointments in participants-service", umStored - umAppointments);
        checks.put("UM appointments counted by reporting-service", umCounted - umAppointments);
        checks.put("standing welcome notices", notices - standingNotices);
        checks.put("employees with an eligibility period", eligible - employees);
        double total = seconds(t0, counted);
        System.out.printf("stages (from the first record sent): published %.1f s, applied %.1f s (stored %.1f s), "
                        + "derived %.1f s, events relayed %.1f s, counted by reporting %.1f s%n",
                seconds(t0, published), seconds(t0, applied), seconds(t0, stored), seconds(t0, derived),
                seconds(t0, relayed), total);
        System.out.printf("end to end: %d actions (%d records) in %.1f s = %.0f actions/s (%.0f records/s)%n",
                actions, interleaved.size(), total, actions / total, interleaved.size() / total);
        checks.forEach((what, diff) -> System.out.printf("check %s: %s%n", what,
                diff == 0 ? "as the rules give" : "OFF BY " + diff));
        for (String service : List.of("participants-service", "reporting-service")) {
            System.out.printf("peak RSS %s: %s%n", service, peakRss(layout, service));
        }
        if (checks.values().stream().anyMatch(d -> d != 0)) {
            System.exit(1);
        }
    }

    /**
     * The stories, by kind; the dates are in the past so that everything is in effect:
     * 0 LPEL then ELTPA; 1 LPEL, bridging, ELTPA; 2 LPEL, separated, hired into ELTPA (no UM
     * appointment); 3 LPEL then ELTPA, the promotion resent under a second actionId and the
     * appointment sent twice; 4 LPEL with a T&D assignment in ELTPA (stays LPEL: a standing notice);
     * 5 the promotion sent before the appointment it follows.
     */
    private static Story story(int kind, String d, String e, Random random) {
        int year = 2021 + random.nextInt(3);
        String hired = year + "-0" + (1 + random.nextInt(9)) + "-01";
        String later = (year + 1) + "-0" + (1 + random.nextInt(9)) + "-15";
        String latest = (year + 2) + "-0" + (1 + random.nextInt(9)) + "-20";
        String hire = action(e + "-H", "APPOINTMENT", e, d, "1139", hired, true);
        return switch (kind) {
            case 0 -> new Story(List.of(hire, action(e + "-P", "PROMOTION", e, d, "5157", later, false)), 2, 1, 0);
            case 1 -> new Story(List.of(hire, action(e + "-B", "TRANSFER", e, d, "5278", later, false),
                    action(e + "-P", "PROMOTION", e, d, "5157", latest, false)), 3, 1, 0);
            case 2 -> new Story(List.of(hire, action(e + "-S", "SEPARATION", e, d, null, later, false),
                    action(e + "-R", "APPOINTMENT", e, d, "5157", latest, false)), 3, 0, 0);
            case 3 -> new Story(List.of(hire, hire, action(e + "-P", "PROMOTION", e, d, "5157", later, false),
                    action(e + "-P2", "PROMOTION", e, d, "5157", later, false)), 3, 1, 0);
            case 4 -> new Story(List.of(hire, action(e + "-T", "TD_START", e, d, "5157", later, false),
                    action(e + "-U", "TD_END", e, d, null, latest, false)), 3, 0, 1);
            default -> new Story(List.of(action(e + "-P", "PROMOTION", e, d, "5157", later, false), hire), 2, 1, 0);
        };
    }

    private static String action(String id, String type, String employee, String department, String toClass,
                                 String date, boolean details) {
        StringBuilder b = new StringBuilder(320);
        b.append("{\"actionId\":\"").append(id).append("\",\"actionType\":\"").append(type)
                .append("\",\"employeeId\":\"").append(employee).append("\",\"department\":\"").append(department)
                .append("\",\"positionNumber\":\"900-100-").append(toClass == null ? "0000" : toClass)
                .append("\",\"transactionCode\":\"").append(switch (type) {
                    case "SEPARATION" -> "S01";
                    case "PROMOTION" -> "P01";
                    case "TD_START", "TD_END" -> "T01";
                    default -> "A01";
                }).append("\",\"effectiveDate\":\"").append(date).append('"');
        if (toClass != null) {
            b.append(",\"toClassCode\":\"").append(toClass).append('"');
        }
        if (details) {
            b.append(",\"employee\":{\"name\":\"Bench ").append(employee)
                    .append("\",\"tenure\":\"PERMANENT\",\"timeBase\":\"FULL_TIME\"}");
        }
        return b.append('}').toString();
    }

    /** Mixes the employees' records as an extract would, keeping each employee's records in their order. */
    private static List<String[]> interleave(List<String[]> records, Random random) {
        Map<String, List<String[]>> byEmployee = new LinkedHashMap<>();
        for (String[] r : records) {
            byEmployee.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r);
        }
        List<List<String[]>> queues = new ArrayList<>(byEmployee.values());
        Collections.shuffle(queues, random);
        List<String[]> result = new ArrayList<>(records.size());
        int window = 64;
        List<List<String[]>> open = new ArrayList<>();
        int next = 0;
        while (next < queues.size() || !open.isEmpty()) {
            while (open.size() < window && next < queues.size()) {
                open.add(new ArrayList<>(queues.get(next++)));
            }
            int i = random.nextInt(open.size());
            List<String[]> q = open.get(i);
            result.add(q.remove(0));
            if (q.isEmpty()) {
                open.set(i, open.get(open.size() - 1));
                open.remove(open.size() - 1);
            }
        }
        return result;
    }

    /** Sends (key, value) records to the topic, batched, and waits until the broker has them all. */
    static void publish(String bootstrap, String topic, List<String[]> records) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (String[] r : records) {
                producer.send(new ProducerRecord<>(topic, r[0], r[1]));
            }
            producer.flush();
        }
    }

    interface Count {
        long get() throws Exception;
    }

    static long await(long t0, Duration timeout, Count count, long expected, String stage)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long last = -1;
        long lastPrint = 0;
        while (System.nanoTime() < deadline) {
            long now = count.get();
            if (now >= expected) {
                long at = System.nanoTime();
                System.out.printf("  %s: %d at %.1f s%n", stage, now, seconds(t0, at));
                return at;
            }
            if (now != last && System.nanoTime() - lastPrint > 10_000_000_000L) {
                System.out.printf("  %s: %d of %d at %.1f s%n", stage, now, expected, seconds(t0, System.nanoTime()));
                lastPrint = System.nanoTime();
            }
            last = now;
            Thread.sleep(250);
        }
        throw new IllegalStateException(stage + ": not reached in " + timeout + " (last count " + last + ")");
    }

    /** participants-service's {@code um_events_applied_total} for HR's records (0 before the first). */
    static double applied(String metrics) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(metrics)).build(),
                HttpResponse.BodyHandlers.ofString());
        String series = "um_events_applied_total{consumer=\"participants.hr-personnel-actions\"}";
        return response.body().lines().filter(l -> l.startsWith(series))
                .mapToDouble(l -> Double.parseDouble(l.substring(series.length()).trim())).findFirst().orElse(0);
    }

    static long count(StackLayout layout, String database, String sql, String like) throws SQLException {
        String url = "jdbc:postgresql://localhost:" + layout.postgresPort() + "/" + database;
        try (Connection c = DriverManager.getConnection(url, database, database);
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, like);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String peakRss(StackLayout layout, String service) {
        try {
            String pid = Files.readString(layout.pidDir().resolve(service + ".pid")).trim();
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return line.substring(6).trim();
                }
            }
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }

    static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
