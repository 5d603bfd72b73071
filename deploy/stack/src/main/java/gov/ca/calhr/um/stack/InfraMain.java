package gov.ca.calhr.um.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The infrastructure process of a stack: a real PostgreSQL server (its own postgres processes)
 * and the Kafka broker in this JVM, until SIGTERM. Arguments: runDir pgPort kafkaPort
 * controllerPort durable databases(comma-separated).
 */
public final class InfraMain {

    private InfraMain() {
    }

    public static void main(String[] args) throws Exception {
        Path runDir = Path.of(args[0]);
        int pgPort = Integer.parseInt(args[1]);
        int kafkaPort = Integer.parseInt(args[2]);
        int controllerPort = Integer.parseInt(args[3]);
        boolean durable = Boolean.parseBoolean(args[4]);
        List<String> databases = Arrays.asList(args[5].split(","));
        Path ready = runDir.resolve("infra.ready");
        Files.deleteIfExists(ready);

        long t0 = System.nanoTime();
        PostgresServer postgres = PostgresServer.start(pgPort, runDir.resolve("postgres/data"),
                runDir.resolve("postgres/binaries"), durable, databases);
        long t1 = System.nanoTime();
        KafkaServer kafka = KafkaServer.start(kafkaPort, controllerPort, runDir.resolve("kafka"));
        long t2 = System.nanoTime();
        System.out.printf("PostgreSQL ready on %d in %d ms; Kafka ready on %d in %d ms%n",
                pgPort, (t1 - t0) / 1_000_000, kafkaPort, (t2 - t1) / 1_000_000);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(ready);
                kafka.close();
                postgres.close();
                System.out.println("PostgreSQL and Kafka stopped");
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }));
        Files.writeString(ready, "postgres=" + pgPort + "\nkafka=" + kafkaPort + "\n");
        stopped.await();
    }
}
