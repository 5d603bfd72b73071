package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.LpelAppointee;
import gov.ca.calhr.um.participants.domain.WelcomeNotice;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Welcome notices, with their delivery and withdrawal. */
@ApplicationScoped
public class WelcomeNoticeRepository implements PanacheRepositoryBase<WelcomeNotice, UUID> {

    /** The department's standing notices not yet delivered that lack the coordinator's contact. */
    public List<WelcomeNotice> awaitingCoordinator(String department) {
        return list("department = ?1 and coordinatorEmail is null and withdrawnAt is null and deliveredAt is null",
                department);
    }

    public List<WelcomeNotice> forEmployee(String employeeId) {
        return list("employeeId = ?1 order by issuedAt, noticeId", employeeId);
    }

    /** A department's notices in the order issued: all of them, or only the delivered or the undelivered ones. */
    public PanacheQuery<WelcomeNotice> inDepartment(String department, Boolean delivered) {
        if (delivered == null) {
            return find("department = ?1 order by issuedAt, noticeId", department);
        }
        return find("department = ?1 and deliveredAt is " + (delivered ? "not null" : "null")
                + " order by issuedAt, noticeId", department);
    }

    /** The department's employees appointed to an LPEL class on or after {@code since}, with their standing notice. */
    public List<LpelAppointee> lpelAppointees(String department, LocalDate since) {
        List<Object[]> rows = getEntityManager().createQuery("""
                        select n.employeeId, e.name, n.classCode, n.effectiveDate, n.noticeId, n.deliveredAt
                        from WelcomeNotice n, Employee e
                        where e.employeeId = n.employeeId and n.withdrawnAt is null
                          and n.department = :d and n.effectiveDate >= :since
                        order by n.effectiveDate, n.employeeId""", Object[].class)
                .setParameter("d", department).setParameter("since", since)
                .getResultList();
        return rows.stream().map(r -> new LpelAppointee((String) r[0], (String) r[1], (String) r[2],
                (LocalDate) r[3], (UUID) r[4], r[5] != null)).toList();
    }

    /** The notices standing for each of the employees. */
    public Map<String, List<WelcomeNotice>> standingFor(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return new HashMap<>();
        }
        return list("employeeId in ?1 and withdrawnAt is null order by issuedAt, noticeId", employeeIds).stream()
                .collect(Collectors.groupingBy(n -> n.employeeId));
    }
}
