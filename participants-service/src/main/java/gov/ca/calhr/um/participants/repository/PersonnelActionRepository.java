package gov.ca.calhr.um.participants.repository;

import java.util.Set;
import java.util.HashSet;
import java.sql.Timestamp;
import java.sql.ResultSet;
import java.sql.Date;
import gov.ca.calhr.um.participants.domain.PersonnelActionCommand;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.PersonnelAction;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Personnel actions as received from HR systems, each actionId once. */
@ApplicationScoped
public class PersonnelActionRepository implements PanacheRepositoryBase<PersonnelAction, String> {

    public List<PersonnelAction> forEmployee(String employeeId) {
        return list("employeeId", employeeId);
    }

    /** The stored actions among {@code actionIds}. */
    public List<PersonnelAction> withIds(Collection<String> actionIds) {
        if (actionIds.isEmpty()) {
            return List.of();
        }
        return list("actionId in ?1", actionIds);
    }

    /**
     * Writes what is pending and detaches every entity the persistence context holds: a long batch
     * keeps it small between groups of employees.
     */
    public void flushAndDetachAll() {
        getEntityManager().flush();
        getEntityManager().clear();
    }

    /**
     * Every action of each of the employees, cancellations included, in one query; read-only (the
     * persistence context keeps no snapshot of them and checks none at flush): what the timeline
     * records on them goes through {@link #recordTimelineFromClass}.
     */
    public Map<String, List<PersonnelAction>> forEmployees(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return new HashMap<>();
        }
        return find("employeeId in ?1", employeeIds).withHint(HibernateHints.HINT_READ_ONLY, true).list().stream()
                .collect(Collectors.groupingBy(a -> a.employeeId));
    }

    /** Sets the class of record the timeline found before each action (null: HR's agrees), in one batch. */
    public void recordTimelineFromClass(Map<String, String> byActionId) {
        if (byActionId.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update personnel_action set timeline_from_class = ? where action_id = ?")) {
                for (Map.Entry<String, String> e : byActionId.entrySet()) {
                    update.setString(1, e.getValue());
                    update.setString(2, e.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    /**
     * Stores each action unless its actionId is there already, in one multi-row statement
     * ({@code hashes}: each actionId's request fingerprint); answers the actionIds it stored.
     */
    public Set<String> insertNew(List<PersonnelActionCommand> commands, Map<String, String> hashes) {
        Set<String> stored = new HashSet<>();
        if (commands.isEmpty()) {
            return stored;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into personnel_action (action_id, action_type, employee_id, department, position_number,
                        from_class_code, to_class_code, transaction_code, effective_date, supervisor_id,
                        request_hash, sequence, cancels_action_id, reason, employee_name, employee_email, tenure,
                        time_base, received_at)
                    select *, ? from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                        ?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::varchar[], ?::varchar[], ?::bigint[],
                        ?::varchar[], ?::text[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])
                    on conflict (action_id) do nothing
                    returning action_id""")) {
                insert.setTimestamp(1, Timestamp.from(Timestamps.now()));
                List<java.util.function.Function<PersonnelActionCommand, Object>> columns = List.of(
                        PersonnelActionCommand::actionId, c -> c.actionType().name(), PersonnelActionCommand::employeeId,
                        PersonnelActionCommand::department, PersonnelActionCommand::positionNumber,
                        PersonnelActionCommand::fromClassCode, PersonnelActionCommand::toClassCode,
                        PersonnelActionCommand::transactionCode, c -> Date.valueOf(c.effectiveDate()),
                        PersonnelActionCommand::supervisorId, c -> hashes.get(c.actionId()),
                        PersonnelActionCommand::sequence, PersonnelActionCommand::cancelsActionId,
                        PersonnelActionCommand::reason, PersonnelActionCommand::name, PersonnelActionCommand::email,
                        c -> c.tenure() == null ? null : c.tenure().name(),
                        c -> c.timeBase() == null ? null : c.timeBase().name());
                String[] types = {"varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "varchar",
                        "varchar", "date", "varchar", "varchar", "bigint", "varchar", "text", "varchar", "varchar",
                        "varchar", "varchar"};
                for (int col = 0; col < columns.size(); col++) {
                    var column = columns.get(col);
                    insert.setArray(col + 2, connection.createArrayOf(types[col],
                            commands.stream().map(column).toArray()));
                }
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                    }
                }
            }
        });
        return stored;
    }

    /** Takes each employee's transaction-scoped advisory lock, in one statement, in sorted order. */
    public void lockEmployees(Collection<String> employeeIds) {
        List<String> sorted = employeeIds.stream().distinct().sorted().toList();
        if (sorted.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("""
                    select count(pg_advisory_xact_lock(hashtext(e)))
                    from (select e from unnest(?::varchar[]) with ordinality as t(e, n) order by n) ordered""")) {
                lock.setArray(1, connection.createArrayOf("varchar", sorted.toArray()));
                lock.executeQuery().close();
            }
        });
    }

}
