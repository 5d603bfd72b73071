package gov.ca.calhr.um.testkit.houserules.good.rest;

import gov.ca.calhr.um.testkit.houserules.good.domain.Rule;
import gov.ca.calhr.um.testkit.houserules.good.service.Service;

/** Fixture: a resource over a service. */
public class Resource {
    public Service service = new Service();
    public Rule shown;
}
