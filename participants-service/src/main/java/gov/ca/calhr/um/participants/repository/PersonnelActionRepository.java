package gov.ca.calhr.um.participants.repository;

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

@ApplicationScoped
public class PersonnelActionRepository implements PanacheRepositoryBase<PersonnelAction, String> {

    public List<PersonnelAction> forEmployee(String employeeId) {
        return list("employeeId", employeeId);
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
        return find("employeeId in ?1", employeeIds).withHint(HibernateHints.HINT_READ_ONLY, true).stream()
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
}
