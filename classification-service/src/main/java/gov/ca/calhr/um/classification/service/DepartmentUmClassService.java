package gov.ca.calhr.um.classification.service;

import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.UnknownReference;
import gov.ca.calhr.um.classification.domain.Classification;
import gov.ca.calhr.um.classification.domain.DepartmentUmClass;
import gov.ca.calhr.um.classification.domain.UmCategory;
import gov.ca.calhr.um.classification.events.ClassificationEvents;
import gov.ca.calhr.um.classification.repository.ClassificationRepository;
import gov.ca.calhr.um.classification.repository.DepartmentUmClassRepository;
import gov.ca.calhr.um.commons.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * The ELTPA classes a department uses as its UM classifications and the bridging classes it
 * offers (CalHR UM Program Guidelines, "Career Path and Career Ladder Information").
 */
@ApplicationScoped
public class DepartmentUmClassService {

    public record DepartmentUmClasses(String department, List<Classification> umClasses,
                                      List<Classification> bridgingClasses) {
    }

    private final DepartmentUmClassRepository repository;
    private final ClassificationRepository classifications;
    private final ClassificationEvents events;

    public DepartmentUmClassService(DepartmentUmClassRepository repository, ClassificationRepository classifications,
                                    ClassificationEvents events) {
        this.repository = repository;
        this.classifications = classifications;
        this.events = events;
    }

    public DepartmentUmClasses get(String department) {
        List<DepartmentUmClass> entries = repository.ofDepartment(department);
        return new DepartmentUmClasses(department, classesIn(entries, DepartmentUmClass.Role.UM_TARGET),
                classesIn(entries, DepartmentUmClass.Role.BRIDGING));
    }

    /** Replaces the department's lists; each class must be in force and of the right category. */
    @Transactional
    public DepartmentUmClasses replace(String department, List<String> umClassCodes, List<String> bridgingCodes) {
        check("umClassCodes", umClassCodes, UmCategory.ELTPA);
        check("bridgingClassCodes", bridgingCodes, UmCategory.BRIDGING);
        if (umClassCodes.stream().anyMatch(bridgingCodes::contains)) {
            throw InvalidInput.field("bridgingClassCodes", "a class cannot be both a UM and a bridging class");
        }
        // one by one, so that the trail shows the classes taken off the lists
        repository.ofDepartment(department).forEach(repository::delete);
        repository.flush();
        umClassCodes.stream().distinct().forEach(code -> add(department, code, DepartmentUmClass.Role.UM_TARGET));
        bridgingCodes.stream().distinct().forEach(code -> add(department, code, DepartmentUmClass.Role.BRIDGING));
        events.departmentUmClassesChanged(department, umClassCodes.stream().distinct().sorted().toList(),
                bridgingCodes.stream().distinct().sorted().toList());
        return get(department);
    }

    private void check(String field, List<String> codes, UmCategory required) {
        LocalDate today = Timestamps.today();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String at = field + "[" + i + "]";
            Classification c = classifications.findByIdOptional(code)
                    .orElseThrow(() -> new UnknownReference(at, "unknown class code " + code));
            if (c.abolishedAsOf(today)) {
                throw new UnknownReference(at, "class " + code + " was abolished on " + c.abolishedOn);
            }
            if (c.umCategory() != required) {
                throw new UnknownReference(at, "class " + code + " is " + c.umCategory() + ", not " + required);
            }
        }
    }

    private void add(String department, String code, DepartmentUmClass.Role role) {
        DepartmentUmClass entry = new DepartmentUmClass();
        entry.department = department;
        entry.classCode = code;
        entry.role = role;
        repository.persist(entry);
    }

    private List<Classification> classesIn(List<DepartmentUmClass> entries, DepartmentUmClass.Role role) {
        return entries.stream().filter(e -> e.role == role)
                .map(e -> classifications.findById(e.classCode)).toList();
    }
}
