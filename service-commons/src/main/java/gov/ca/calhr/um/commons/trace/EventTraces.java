package gov.ca.calhr.um.commons.trace;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Traces across the event backbone (W3C Trace Context): an outbox row keeps the {@code traceparent}
 * of the transaction that wrote it (the REST request's span, or the consumed event's), the relay
 * sends it as the record's {@code traceparent} header, and a consumer's work on the record is a
 * span of that trace. So one trace follows a personnel action from the HR system's request through
 * participants-service's outbox and Kafka into reporting-service's tally.
 */
public final class EventTraces {

    public static final String HEADER = "traceparent";

    private static final TextMapGetter<ConsumerRecord<?, ?>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<?, ?> record) {
            List<String> keys = new ArrayList<>();
            record.headers().forEach(h -> keys.add(h.key()));
            return keys;
        }

        @Override
        public String get(ConsumerRecord<?, ?> record, String key) {
            if (record == null) {
                return null;
            }
            Header header = record.headers().lastHeader(key);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private EventTraces() {
    }

    /** The current span as a {@code traceparent} value, or null outside any trace. */
    public static String currentTraceParent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /**
     * A consumer span for the work on {@code record}, child of the trace its {@code traceparent}
     * header names (a new trace without one); end it when the record's work is done.
     */
    public static Span consuming(ConsumerRecord<?, ?> record, String consumer) {
        Context parent = GlobalOpenTelemetry.getPropagators().getTextMapPropagator()
                .extract(Context.root(), record, HEADERS);
        return GlobalOpenTelemetry.getTracer("gov.ca.calhr.um.events")
                .spanBuilder(record.topic() + " process")
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.kafka.offset", record.offset())
                .startSpan();
    }
}
