package gov.ca.calhr.um.commons.time;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;

/**
 * Today's date as California counts days, as a bean: code whose answer depends on the date (a
 * deadline passed or not) takes it from here, so that a test can set the day it is checked on
 * ({@code QuarkusMock.installMockForType}).
 */
@ApplicationScoped
public class Today {

    public LocalDate date() {
        return Timestamps.today();
    }
}
