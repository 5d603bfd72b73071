package gov.ca.calhr.um.stack.houserules.bad.messaging;

import gov.ca.calhr.um.stack.houserules.bad.rest.Resource;
import gov.ca.calhr.um.stack.houserules.bad.service.Service;

/** Fixture: a consumer that uses the REST layer. */
public class Consumer {
    public Service service;
    public Resource resource;
}
