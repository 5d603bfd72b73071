package gov.ca.calhr.um.participants.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import java.time.LocalDate;
import java.util.Optional;

/**
 * participants-service's own settings ({@code um.*}, beside service-commons' {@code CommonsConfig}),
 * checked at start-up: a value it cannot take stops the service with a message naming the key.
 */
@ConfigMapping(prefix = "um")
public interface ParticipantsConfig {

    WelcomeNotice welcomeNotice();

    HrIntake hrIntake();

    interface HrIntake {
        /**
         * How many transactions apply a poll of HR's topic side by side, each for its own share of
         * the poll's employees (1: one transaction for the whole poll).
         */
        @WithDefault("2")
        @Min(1)
        @Max(8)
        int lanes();
    }

    interface WelcomeNotice {
        /** The participation criteria every welcome notice states (CalHR UM Program Guidelines). */
        @NotBlank
        String criteria();

        /**
         * The go-live date of a department's history load: appointments into LPEL classes effective
         * before it get no welcome notice and no coordinator message (they still count). Unset: all do.
         */
        Optional<LocalDate> since();
    }
}
