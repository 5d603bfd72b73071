package gov.ca.calhr.um.commons.audit;

import jakarta.transaction.TransactionScoped;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trail of one transaction before it is written: the changes seen so far, the departments of
 * the entities it touched (so a child row can take its owner's), and who the changes come from.
 * (Injected as a client proxy: state is reached through methods only.)
 */
@TransactionScoped
public class AuditTransaction implements Serializable {

    private final List<PendingChange> pending = new ArrayList<>();
    private final Map<String, String> departments = new HashMap<>();
    private AuditSource source;

    record PendingChange(AuditedEntity model, String entityId, String ownerId, String department,
                         String action, String changes, AuditSource source) {
    }

    void add(PendingChange change) {
        pending.add(change);
    }

    /** The changes not written yet; they are the caller's to write. */
    List<PendingChange> drain() {
        if (pending.isEmpty()) {
            return List.of();
        }
        List<PendingChange> drained = new ArrayList<>(pending);
        pending.clear();
        return drained;
    }

    void rememberDepartment(String entity, String id, String department) {
        departments.put(entity + ":" + id, department);
    }

    String departmentOf(String entity, String id) {
        return departments.get(entity + ":" + id);
    }

    AuditSource source() {
        return source;
    }

    void source(AuditSource source) {
        this.source = source;
    }
}
