package gov.ca.calhr.um.commons.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Dates are ISO text and nothing else: a number sent for an effective date is an error naming the
 * field, not a count of days since 1970 (Jackson's lenient default), in requests and in events.
 */
@Singleton
public class StrictDates implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        for (Class<?> type : new Class<?>[]{LocalDate.class, Instant.class, OffsetDateTime.class}) {
            mapper.configOverride(type).setFormat(JsonFormat.Value.forLeniency(false));
        }
    }
}
