package gov.ca.calhr.um.participants.config;

import io.smallrye.config.ConfigMapping;
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
