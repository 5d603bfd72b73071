package gov.ca.calhr.um.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Pattern;

import java.time.Duration;

/**
 * reporting-service's own settings ({@code um.*}, beside service-commons' {@code CommonsConfig}),
 * checked at start-up: a value it cannot take stops the service with a message naming the key.
 */
@ConfigMapping(prefix = "um")
public interface ReportingConfig {

    Report report();

    interface Report {
        /**
         * The day of the year the annual report is due, as {@code MM-DD}: June 1 ({@code 06-01}) of
         * the year the fiscal year ends, or July 1 ({@code 07-01}) at its end (GC 19405).
         */
        @WithDefault("06-01")
        @Pattern(regexp = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])", message = "must be a month and day, MM-DD")
        String due();

        /** How long a built report is kept before it is built again (events arriving clear it sooner). */
        @WithDefault("PT2S")
        Duration cacheTtl();
    }
}
