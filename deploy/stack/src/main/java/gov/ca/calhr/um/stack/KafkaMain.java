package gov.ca.calhr.um.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The Kafka broker (single-node KRaft) in a JVM of its own, so that it can be stopped, killed and
 * started again without touching PostgreSQL: {@code KafkaMain <dir> <port> <controller-port>}.
 * Writes {@code <dir>/../kafka.ready} once the broker serves; SIGTERM shuts it down cleanly.
 */
public final class KafkaMain {

    private KafkaMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        int controllerPort = Integer.parseInt(args[2]);
        Path ready = dir.resolveSibling("kafka.ready");
        Files.deleteIfExists(ready);
        long t0 = System.nanoTime();
        KafkaServer kafka = KafkaServer.start(port, controllerPort, dir);
        System.out.printf("Kafka ready on %d in %d ms%n", port, (System.nanoTime() - t0) / 1_000_000);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(ready);
                kafka.close();
                System.out.println("Kafka stopped");
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }));
        Files.writeString(ready, "kafka=" + port + "\n");
        stopped.await();
    }
}
