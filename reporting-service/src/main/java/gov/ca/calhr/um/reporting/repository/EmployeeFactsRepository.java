package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.reporting.domain.EmployeeFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per employee, the version of participants-service's EmployeeFactsChanged whose facts are kept
 * here (table employee_facts): the highest applied.
 */
@ApplicationScoped
public class EmployeeFactsRepository {

    private final EntityManager em;

    public EmployeeFactsRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims, in one statement, each employee's version that is newer than the one kept; answers the
     * facts claimed (whose employees' facts are to be replaced).
     */
    public List<EmployeeFacts> claimNewer(Collection<EmployeeFacts> facts, Instant recordedAt) {
        Map<String, EmployeeFacts> byEmployee = new LinkedHashMap<>();
        facts.forEach(f -> byEmployee.put(f.employeeId(), f));
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<EmployeeFacts> newer = new ArrayList<>();
            try (PreparedStatement claim = c.prepareStatement("""
                    insert into employee_facts (employee_id, version, department, recorded_at)
                    select e, v, d, ? from unnest(?::varchar[], ?::bigint[], ?::varchar[]) as t(e, v, d)
                    on conflict (employee_id) do update
                        set version = excluded.version, department = excluded.department,
                            recorded_at = excluded.recorded_at
                        where employee_facts.version < excluded.version
                    returning employee_id""")) {
                claim.setTimestamp(1, Timestamp.from(recordedAt));
                claim.setArray(2, c.createArrayOf("varchar", facts.stream().map(EmployeeFacts::employeeId).toArray()));
                claim.setArray(3, c.createArrayOf("bigint", facts.stream().map(EmployeeFacts::version).toArray()));
                claim.setArray(4, c.createArrayOf("varchar", facts.stream().map(EmployeeFacts::department).toArray()));
                try (ResultSet claimed = claim.executeQuery()) {
                    while (claimed.next()) {
                        newer.add(byEmployee.get(claimed.getString(1)));
                    }
                }
            }
            return newer;
        });
    }

    /** Up to {@code limit} employees whose facts are kept, the first after {@code after} on (by id). */
    @SuppressWarnings("unchecked")
    public List<String> employeeIdsAfter(String after, int limit) {
        return em.createNativeQuery("""
                        select employee_id from employee_facts where employee_id > ?1 order by employee_id limit ?2""")
                .setParameter(1, after).setParameter(2, limit).getResultList();
    }
}
