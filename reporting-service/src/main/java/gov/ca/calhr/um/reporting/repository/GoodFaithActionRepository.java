package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.GoodFaithAction;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The good-faith actions the departments recorded (table good_faith_action). */
@ApplicationScoped
public class GoodFaithActionRepository implements PanacheRepositoryBase<GoodFaithAction, UUID> {

    /** The department's actions of the fiscal year, by date. */
    public List<GoodFaithAction> ofDepartmentYear(String department, FiscalYear year) {
        return list("department = ?1 and fiscalYear = ?2 order by actionDate, actionId", department, year.toString());
    }
}
