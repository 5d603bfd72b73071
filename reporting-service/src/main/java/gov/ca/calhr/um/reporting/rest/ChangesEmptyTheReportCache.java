package gov.ca.calhr.um.reporting.rest;

import gov.ca.calhr.um.reporting.service.ReportCache;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;

/** A write through the API (committed by the time its response is written) empties the report cache. */
@Provider
public class ChangesEmptyTheReportCache implements ContainerResponseFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ReportCache cache;

    public ChangesEmptyTheReportCache(ReportCache cache) {
        this.cache = cache;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!READS.contains(request.getMethod())) {
            cache.changed();
        }
    }
}
