package gov.ca.calhr.um.participants.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.commons.audit.AuditTrail;
import gov.ca.calhr.um.commons.json.Fingerprints;
import gov.ca.calhr.um.commons.problem.Problems;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.ActionType;
import gov.ca.calhr.um.participants.domain.PersonnelAction;
import gov.ca.calhr.um.participants.domain.timeline.UmCategory;
import gov.ca.calhr.um.participants.repository.ClassificationViewRepository;
import gov.ca.calhr.um.participants.repository.PersonnelActionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Receives personnel actions: checks what only the data can tell (the classes are known, a
 * cancellation names an action of the same employee), stores each actionId once and recognises a
 * resend of it. What the action means is the timeline's business ({@link EmployeeTimelines}).
 */
@ApplicationScoped
public class PersonnelActionIntake {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final ClassificationViewRepository classes;
    private final PersonnelActionRepository actions;
    private final AuditTrail audit;

    public PersonnelActionIntake(EntityManager em, ObjectMapper mapper, ClassificationViewRepository classes,
                                 PersonnelActionRepository actions, AuditTrail audit) {
        this.em = em;
        this.mapper = mapper;
        this.classes = classes;
        this.actions = actions;
        this.audit = audit;
    }

    /** The UM category of each class among {@code codes} the catalog knows. */
    public Map<String, UmCategory> categories(Collection<String> codes) {
        return classes.categories(codes);
    }

    /**
     * Checks the action against the catalog ({@code known}: the known class codes) and its kind;
     * {@code field} prefixes the names of offending fields ({@code actions[3].}).
     */
    public void check(PersonnelActionCommand c, Set<String> known, String field) {
        ActionType type = c.actionType();
        if (type.namesClass() && c.toClassCode() == null) {
            throw Problems.invalidField(field + "toClassCode", "is required for " + type);
        }
        if (!type.namesClass() && c.toClassCode() != null) {
            throw Problems.invalidField(field + "toClassCode", "must be empty for " + type);
        }
        if (type == ActionType.CANCELLATION && c.cancelsActionId() == null) {
            throw Problems.invalidField(field + "cancelsActionId", "is required for CANCELLATION");
        }
        if (type != ActionType.CANCELLATION && c.cancelsActionId() != null) {
            throw Problems.invalidField(field + "cancelsActionId", "must be empty for " + type);
        }
        if (c.fromClassCode() != null && !known.contains(c.fromClassCode())) {
            throw Problems.unprocessable(field + "fromClassCode", "unknown class code " + c.fromClassCode());
        }
        if (c.toClassCode() != null && !known.contains(c.toClassCode())) {
            throw Problems.unprocessable(field + "toClassCode", "unknown class code " + c.toClassCode());
        }
        if (type == ActionType.CANCELLATION) {
            PersonnelAction target = actions.findById(c.cancelsActionId());
            if (target != null && !target.employeeId.equals(c.employeeId())) {
                throw Problems.unprocessable(field + "cancelsActionId",
                        "action " + c.cancelsActionId() + " is another employee's");
            }
            if (target != null && target.actionType == ActionType.CANCELLATION) {
                throw Problems.unprocessable(field + "cancelsActionId",
                        "action " + c.cancelsActionId() + " is a cancellation; send the action again instead");
            }
        }
    }

    /**
     * Stores the action unless its id is already there: true when stored now. A concurrent
     * duplicate waits on the primary key until the first commits, then sees it; the same actionId
     * with other content is a conflict.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(PersonnelActionCommand c) {
        String hash = fingerprint(c);
        int inserted = em.createNativeQuery("""
                        insert into personnel_action (action_id, action_type, employee_id, department, position_number,
                            from_class_code, to_class_code, transaction_code, effective_date, supervisor_id,
                            request_hash, received_at, sequence, cancels_action_id, reason, employee_name,
                            employee_email, tenure, time_base)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
                        on conflict (action_id) do nothing""")
                .setParameter(1, c.actionId()).setParameter(2, c.actionType().name())
                .setParameter(3, c.employeeId()).setParameter(4, c.department())
                .setParameter(5, c.positionNumber()).setParameter(6, c.fromClassCode())
                .setParameter(7, c.toClassCode()).setParameter(8, c.transactionCode())
                .setParameter(9, c.effectiveDate()).setParameter(10, c.supervisorId())
                .setParameter(11, hash).setParameter(12, Timestamps.now())
                .setParameter(13, c.sequence()).setParameter(14, c.cancelsActionId())
                .setParameter(15, c.reason()).setParameter(16, c.name()).setParameter(17, c.email())
                .setParameter(18, c.tenure() == null ? null : c.tenure().name())
                .setParameter(19, c.timeBase() == null ? null : c.timeBase().name())
                .executeUpdate();
        if (inserted == 1) {
            audit.created(asEntity(c, hash), c.actionId());
            return true;
        }
        PersonnelAction original = actions.findById(c.actionId());
        if (!original.requestHash.equals(hash)) {
            throw Problems.conflict("actionId " + c.actionId() + " was already received with different content");
        }
        return false;
    }

    /** What was stored, for the audit trail, without reading it back. */
    static PersonnelAction asEntity(PersonnelActionCommand c, String hash) {
        PersonnelAction a = new PersonnelAction();
        a.actionId = c.actionId();
        a.actionType = c.actionType();
        a.employeeId = c.employeeId();
        a.department = c.department();
        a.positionNumber = c.positionNumber();
        a.fromClassCode = c.fromClassCode();
        a.toClassCode = c.toClassCode();
        a.transactionCode = c.transactionCode();
        a.effectiveDate = c.effectiveDate();
        a.supervisorId = c.supervisorId();
        a.sequence = c.sequence();
        a.cancelsActionId = c.cancelsActionId();
        a.reason = c.reason();
        a.employeeName = c.name();
        a.employeeEmail = c.email();
        a.tenure = c.tenure();
        a.timeBase = c.timeBase();
        a.requestHash = hash;
        return a;
    }

    /** Serialises the actions of one employee (REST, batch, Kafka and the daily job may touch them at once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String employeeId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, employeeId)
                .getSingleResult();
    }

    /**
     * The request's fingerprint. The fields added with the timeline (sequence, cancellation) count
     * only when set, so an action stored before them still matches its resend.
     */
    private String fingerprint(PersonnelActionCommand c) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("actionId", c.actionId());
        content.put("actionType", c.actionType());
        content.put("employeeId", c.employeeId());
        content.put("department", c.department());
        content.put("positionNumber", c.positionNumber());
        content.put("fromClassCode", c.fromClassCode());
        content.put("toClassCode", c.toClassCode());
        content.put("transactionCode", c.transactionCode());
        content.put("effectiveDate", c.effectiveDate());
        content.put("supervisorId", c.supervisorId());
        content.put("name", c.name());
        content.put("email", c.email());
        content.put("tenure", c.tenure());
        content.put("timeBase", c.timeBase());
        if (c.sequence() != null) {
            content.put("sequence", c.sequence());
        }
        if (c.cancelsActionId() != null) {
            content.put("cancelsActionId", c.cancelsActionId());
            content.put("reason", c.reason());
        }
        return Fingerprints.of(mapper, content);
    }
}
