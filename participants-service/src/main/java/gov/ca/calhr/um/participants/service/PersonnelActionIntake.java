package gov.ca.calhr.um.participants.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.commons.audit.AuditTrail;
import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.UnknownReference;
import gov.ca.calhr.um.commons.json.Fingerprints;
import gov.ca.calhr.um.participants.domain.ActionType;
import gov.ca.calhr.um.participants.domain.PersonnelAction;
import gov.ca.calhr.um.participants.domain.PersonnelActionCommand;
import gov.ca.calhr.um.participants.domain.timeline.UmCategory;
import gov.ca.calhr.um.participants.repository.ClassificationCopyRepository;
import gov.ca.calhr.um.participants.repository.PersonnelActionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Receives personnel actions: checks what only the data can tell (the classes are known, a
 * cancellation names an action of the same employee), stores each actionId once and recognises a
 * resend of it. What the action means is the timeline's business ({@link EmployeeTimelines}).
 */
@ApplicationScoped
public class PersonnelActionIntake {

    private final ObjectMapper mapper;
    private final ClassificationCopyRepository classes;
    private final PersonnelActionRepository actions;
    private final AuditTrail audit;

    public PersonnelActionIntake(ObjectMapper mapper, ClassificationCopyRepository classes,
                                 PersonnelActionRepository actions, AuditTrail audit) {
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
        if (c.effectiveDate().getYear() < 1900 || c.effectiveDate().getYear() > 2199) {
            throw InvalidInput.field(field + "effectiveDate", "must be between 1900-01-01 and 2199-12-31");
        }
        if (type.namesClass() && c.toClassCode() == null) {
            throw InvalidInput.field(field + "toClassCode", "is required for " + type);
        }
        if (!type.namesClass() && c.toClassCode() != null) {
            throw InvalidInput.field(field + "toClassCode", "must be empty for " + type);
        }
        if (type == ActionType.CANCELLATION && c.cancelsActionId() == null) {
            throw InvalidInput.field(field + "cancelsActionId", "is required for CANCELLATION");
        }
        if (type != ActionType.CANCELLATION && c.cancelsActionId() != null) {
            throw InvalidInput.field(field + "cancelsActionId", "must be empty for " + type);
        }
        if (c.fromClassCode() != null && !known.contains(c.fromClassCode())) {
            throw new UnknownReference(field + "fromClassCode", "unknown class code " + c.fromClassCode());
        }
        if (c.toClassCode() != null && !known.contains(c.toClassCode())) {
            throw new UnknownReference(field + "toClassCode", "unknown class code " + c.toClassCode());
        }
        if (type == ActionType.CANCELLATION) {
            PersonnelAction target = actions.findById(c.cancelsActionId());
            if (target != null && !target.employeeId.equals(c.employeeId())) {
                throw new UnknownReference(field + "cancelsActionId",
                        "action " + c.cancelsActionId() + " is another employee's");
            }
            if (target != null && target.actionType == ActionType.CANCELLATION) {
                throw new UnknownReference(field + "cancelsActionId",
                        "action " + c.cancelsActionId() + " is a cancellation; send the action again instead");
            }
        }
    }

    /**
     * Stores each action unless its id is already there, all in one statement; answers, for each
     * command, whether it was stored now. A concurrent duplicate waits on the primary key until the
     * first commits, then sees it; the same actionId with other content is a conflict (also within
     * the batch).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean[] claim(List<PersonnelActionCommand> commands) {
        Map<String, String> hashes = new LinkedHashMap<>();
        boolean[] firstOfId = new boolean[commands.size()];
        for (int i = 0; i < commands.size(); i++) {
            PersonnelActionCommand c = commands.get(i);
            String hash = fingerprint(c);
            String earlier = hashes.putIfAbsent(c.actionId(), hash);
            if (earlier != null && !earlier.equals(hash)) {
                throw conflict(c.actionId());
            }
            firstOfId[i] = earlier == null;
        }
        List<PersonnelActionCommand> distinct = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            if (firstOfId[i]) {
                distinct.add(commands.get(i));
            }
        }
        Set<String> stored = actions.insertNew(distinct, hashes);
        List<String> seenBefore = distinct.stream().map(PersonnelActionCommand::actionId)
                .filter(id -> !stored.contains(id)).toList();
        if (!seenBefore.isEmpty()) {
            for (PersonnelAction original : actions.withIds(seenBefore)) {
                if (!original.requestHash.equals(hashes.get(original.actionId))) {
                    throw conflict(original.actionId);
                }
            }
        }
        boolean[] fresh = new boolean[commands.size()];
        for (int i = 0; i < commands.size(); i++) {
            PersonnelActionCommand c = commands.get(i);
            fresh[i] = firstOfId[i] && stored.contains(c.actionId());
            if (fresh[i]) {
                audit.created(asEntity(c, hashes.get(c.actionId())), c.actionId());
            }
        }
        return fresh;
    }

    private static RuntimeException conflict(String actionId) {
        return new ConflictWithState("actionId " + actionId + " was already received with different content");
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

    /**
     * Serialises the actions of these employees (REST, batch, Kafka and the daily job may touch them
     * at once), in one order: overlapping batches cannot deadlock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Collection<String> employeeIds) {
        actions.lockEmployees(employeeIds);
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
