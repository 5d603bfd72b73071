package gov.ca.calhr.um.reporting.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.reporting.service.ReportCache;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * A report as its readers get it (JSON bytes, CSV, a page, a PDF), made once for as long as the
 * report itself is kept ({@link ReportCache}): a cached report is then served without writing it
 * out again per request. The JSON is written by the application's own mapper, as the REST layer
 * would write the response object.
 */
@ApplicationScoped
public class Rendered {

    private final ReportCache cache;
    private final ObjectMapper mapper;

    public Rendered(ReportCache cache, ObjectMapper mapper) {
        this.cache = cache;
        this.mapper = mapper;
    }

    /** {@code report} in {@code format}, made by {@code render}. */
    public <R> R as(Object report, String format, Supplier<R> render) {
        return cache.rendered(report, format, render);
    }

    /** The JSON of the response {@code response} makes of {@code report}. */
    public byte[] json(Object report, Supplier<?> response) {
        return cache.rendered(report, "application/json", () -> {
            try {
                return mapper.writeValueAsBytes(response.get());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the report could not be written as JSON", e);
            }
        });
    }
}
