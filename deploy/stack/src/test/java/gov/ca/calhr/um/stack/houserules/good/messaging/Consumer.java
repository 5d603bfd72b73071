package gov.ca.calhr.um.stack.houserules.good.messaging;

import gov.ca.calhr.um.stack.houserules.good.service.Service;

/** Fixture: a consumer handing events to a service. */
public class Consumer {
    public Service service = new Service();
}
