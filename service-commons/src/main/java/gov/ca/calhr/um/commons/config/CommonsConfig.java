package gov.ca.calhr.um.commons.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The {@code um.*} settings every service shares, read and checked once at start-up: a value out
 * of range stops the service with a message naming the key. Each service adds its own (e.g.
 * {@code ParticipantsConfig}); environment variables override them, e.g. {@code UM_CONSUMER_MAX_ATTEMPTS}.
 */
@ConfigMapping(prefix = "um")
public interface CommonsConfig {

    /** How consumers retry a failure that is not the record's fault. */
    Consumer consumer();

    /** The transactional outbox and its relay. */
    Outbox outbox();

    /** The audit trail's API. */
    Audit audit();

    /** The topics the service creates at start-up. */
    Kafka kafka();

    /** How callers are authenticated. */
    Security security();

    /** The mail outbox and its relay (letters by e-mail). */
    Mail mail();

    /** Answers of the portals' most frequent reads, kept until the database changes (KeptReads). */
    KeptReads keptReads();

    interface KeptReads {
        /** Answers kept at most (0: every read is answered from the database). */
        @WithDefault("20000")
        @Min(0)
        int maxEntries();

        /**
         * The longest an answer is kept even with nothing committed: the bound for what an answer
         * takes from memory rather than the database (the career ladders' kept paths).
         */
        @WithDefault("PT10S")
        Duration maxAge();
    }

    interface Mail {
        /** Letters the relay sends per transaction. */
        @WithDefault("20")
        @Min(1)
        @Max(500)
        int batchSize();

        /** The first wait after a failed attempt, doubled after each further failure. */
        @WithDefault("PT1S")
        Duration firstRetryDelay();

        /** The longest wait between two attempts of one letter (it is tried until the server takes it). */
        @WithDefault("PT5M")
        Duration maxRetryDelay();

        /** Sent and skipped letters' rows are purged once older than this (what was mailed to whom). */
        @WithDefault("P90D")
        Duration keepSent();
    }

    interface Consumer {
        /** Attempts in all before the record goes to the dead-letter topic. */
        @WithDefault("6")
        @Min(1)
        @Max(20)
        int maxAttempts();

        /** The wait before the first retry, doubled before each further one. */
        @WithDefault("1000")
        @Min(0)
        long firstRetryDelayMs();
    }

    interface Outbox {
        /** Rows the relay publishes per transaction. */
        @WithDefault("1000")
        @Min(1)
        int batchSize();

        /** How long the relay waits for the broker's acknowledgement before a row waits for the next tick. */
        @WithDefault("PT30S")
        Duration ackTimeout();

        /** Readiness turns DOWN while the oldest unpublished event is older than this. */
        @WithDefault("PT5M")
        Duration maxBacklogAge();

        /** Published rows are purged once published longer ago than this (the topic keeps the event). */
        @WithDefault("P7D")
        Duration keepPublished();
    }

    /** The processed-event log of the consumers. */
    Inbox inbox();

    interface Inbox {
        /**
         * Processed event ids are purged once processed longer ago than this. A redelivery older
         * than this would be applied again: keep it longer than a consumer group can stay away
         * without its offsets being lost (Kafka's offsets.retention.minutes, 7 days by default),
         * and rebuild rather than replay a topic from the beginning.
         */
        @WithDefault("P400D")
        Duration keepProcessed();
    }

    interface Audit {
        /** Whether CalHR analysts may read every department's trail (off: only statewide entities). */
        @WithDefault("false")
        boolean calhrReadsAll();

        /** Entities written without Hibernate (native statements) that the trail may be asked about. */
        Optional<List<String>> otherEntities();
    }

    interface Kafka {
        /** Whether the service creates its topics at start-up (off where a platform team owns them). */
        @WithDefault("true")
        boolean provisionTopics();

        /** The topics the service's outbox publishes to. */
        Optional<List<String>> topics();

        /** How new topics are made. */
        Topic topic();

        interface Topic {
            @WithDefault("3")
            @Min(1)
            int partitions();

            @WithDefault("1")
            @Min(1)
            short replicationFactor();
        }
    }

    interface Security {
        /** Bearer tokens verified once for their lifetime (VerifiedTokens). */
        TokenCache tokenCache();
    }

    interface TokenCache {
        /** Tokens kept at most (0: every request's token is verified in full). */
        @WithDefault("10000")
        @Min(0)
        int maxEntries();

        /** The longest a verified token is kept, however long it lives (never past its exp). */
        @WithDefault("PT60S")
        Duration maxAge();
    }
}
