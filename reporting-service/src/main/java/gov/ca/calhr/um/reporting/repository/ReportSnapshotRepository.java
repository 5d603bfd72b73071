package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.reporting.domain.ReportSnapshot;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every submitted version of the departments' annual reports, frozen (table report_snapshot). */
@ApplicationScoped
public class ReportSnapshotRepository implements PanacheRepositoryBase<ReportSnapshot, UUID> {

    /** Every version submitted for the year, the first first. */
    public List<ReportSnapshot> versions(String department, String fiscalYear) {
        return list("department = ?1 and fiscalYear = ?2 order by version", department, fiscalYear);
    }

    public Optional<ReportSnapshot> version(String department, String fiscalYear, int version) {
        return find("department = ?1 and fiscalYear = ?2 and version = ?3", department, fiscalYear, version)
                .firstResultOptional();
    }

    public Optional<ReportSnapshot> latest(String department, String fiscalYear) {
        return find("department = ?1 and fiscalYear = ?2 order by version desc", department, fiscalYear)
                .firstResultOptional();
    }

    /** The latest version of every department's report for the year that CalHR has not returned. */
    public Map<String, ReportSnapshot> standing(String fiscalYear) {
        return list("""
                        from ReportSnapshot r where r.fiscalYear = ?1 and (r.outcome is null or r.outcome <> 'RETURNED')
                          and r.version = (select max(s.version) from ReportSnapshot s
                                           where s.department = r.department and s.fiscalYear = ?1)""", fiscalYear)
                .stream().collect(Collectors.toMap(s -> s.department, Function.identity()));
    }
}
