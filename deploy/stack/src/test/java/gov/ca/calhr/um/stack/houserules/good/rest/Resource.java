package gov.ca.calhr.um.stack.houserules.good.rest;

import gov.ca.calhr.um.stack.houserules.good.domain.Rule;
import gov.ca.calhr.um.stack.houserules.good.service.Service;

/** Fixture: a resource over a service. */
public class Resource {
    public Service service = new Service();
    public Rule shown;
}
