package gov.ca.calhr.um.plans.config;

import io.smallrye.config.ConfigMapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * plans-service's own settings ({@code um.*}, beside service-commons' {@code CommonsConfig}),
 * checked at start-up: a value it cannot take stops the service with a message naming the key.
 */
@ConfigMapping(prefix = "um")
public interface PlansConfig {

    /**
     * Days the state closes its offices beyond weekends and holidays, e.g. furlough days
     * ({@code 2026-12-24,2026-12-31}): a T&D assignment's working days leave them out. Unset: none.
     */
    Optional<List<LocalDate>> stateClosures();
}
