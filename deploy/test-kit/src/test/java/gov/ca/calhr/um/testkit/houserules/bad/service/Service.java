package gov.ca.calhr.um.testkit.houserules.bad.service;

import gov.ca.calhr.um.testkit.houserules.bad.messaging.Consumer;

/** Fixture: a service that calls back into a consumer (a cycle). */
public class Service {
    public Consumer consumer;
}
