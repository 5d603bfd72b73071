package gov.ca.calhr.um.testkit.houserules.good.messaging;

import gov.ca.calhr.um.testkit.houserules.good.service.Service;

/** Fixture: a consumer handing events to a service. */
public class Consumer {
    public Service service = new Service();
}
