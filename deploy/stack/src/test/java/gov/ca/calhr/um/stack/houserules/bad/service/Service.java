package gov.ca.calhr.um.stack.houserules.bad.service;

import gov.ca.calhr.um.stack.houserules.bad.messaging.Consumer;

/** Fixture: a service that calls back into a consumer (a cycle). */
public class Service {
    public Consumer consumer;
}
