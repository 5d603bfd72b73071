package gov.ca.calhr.um.plans.repository;

import gov.ca.calhr.um.plans.domain.TdAssignment;
import gov.ca.calhr.um.plans.domain.TdStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.LockModeType;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The T&D assignments of the plans. */
@ApplicationScoped
public class TdAssignmentRepository implements PanacheRepositoryBase<TdAssignment, UUID> {

    /** Every T&D assignment of an employee, by start date: the 24-month limit counts them all. */
    public List<TdAssignment> ofEmployee(String employeeId) {
        return list("employeeId = ?1 order by startDate, assignmentId", employeeId);
    }

    /** A department's assignments, optionally of one status, the latest start first. */
    public PanacheQuery<TdAssignment> inDepartment(String department, TdStatus status) {
        return status == null
                ? find("department = ?1 order by startDate desc, assignmentId", department)
                : find("department = ?1 and status = ?2 order by startDate desc, assignmentId", department, status);
    }

    /** Assignments not marked ended whose end day is before {@code today}. */
    public List<TdAssignment> pastTheirEnd(LocalDate today) {
        return find("status <> ?1 and endDate < ?2", TdStatus.ENDED, today)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The T&D assignments of several plans, each plan's by start date. */
    public List<TdAssignment> ofPlans(List<UUID> planIds) {
        return list("planId in ?1 order by startDate, assignmentId", planIds);
    }
}
