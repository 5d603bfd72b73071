package gov.ca.calhr.um.testkit.houserules.bad.messaging;

import gov.ca.calhr.um.testkit.houserules.bad.rest.Resource;
import gov.ca.calhr.um.testkit.houserules.bad.service.Service;

/** Fixture: a consumer that uses the REST layer. */
public class Consumer {
    public Service service;
    public Resource resource;
}
