package gov.ca.calhr.um.classification.service;

import gov.ca.calhr.um.classification.domain.Classification;
import gov.ca.calhr.um.classification.domain.UmCategory;
import gov.ca.calhr.um.classification.messaging.ClassificationEvents;
import gov.ca.calhr.um.classification.repository.ClassificationRepository;
import gov.ca.calhr.um.commons.problem.Problems;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.List;

@ApplicationScoped
public class ClassificationService {

    /** What a caller may set on a class. */
    public record ClassificationChange(String schematicCode, String title, BigDecimal salaryMin,
                                       BigDecimal salaryMax, UmCategory umCategory) {
    }

    private final ClassificationRepository repository;
    private final ClassificationEvents events;

    public ClassificationService(ClassificationRepository repository, ClassificationEvents events) {
        this.repository = repository;
        this.events = events;
    }

    public Classification get(String classCode) {
        return repository.findByIdOptional(classCode)
                .orElseThrow(() -> Problems.notFound("no classification with class code " + classCode));
    }

    public List<Classification> list(int page, int size) {
        return repository.findAll(Sort.by("classCode")).page(Page.of(page, size)).list();
    }

    public long count() {
        return repository.count();
    }

    @Transactional
    public Classification upsert(String classCode, ClassificationChange change) {
        if (change.salaryMin().compareTo(change.salaryMax()) > 0) {
            throw Problems.invalidField("salaryMin", "must not exceed salaryMax");
        }
        Classification c = repository.findByIdOptional(classCode).orElseGet(() -> {
            Classification created = new Classification();
            created.classCode = classCode;
            return created;
        });
        c.schematicCode = change.schematicCode();
        c.title = change.title();
        c.salaryMin = change.salaryMin();
        c.salaryMax = change.salaryMax();
        c.umCategoryOverride = change.umCategory();
        repository.persist(c);
        events.upserted(c);
        return c;
    }

    /**
     * Classes loaded by migration (the seed catalog) have no event yet: announce them at start-up
     * so that the other services' read models hold the whole catalog.
     */
    @Transactional
    void announceUnannounced(@Observes StartupEvent startup) {
        repository.unannounced().forEach(events::upserted);
    }
}
