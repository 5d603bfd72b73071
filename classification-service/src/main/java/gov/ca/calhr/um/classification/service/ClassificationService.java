package gov.ca.calhr.um.classification.service;

import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.classification.domain.CatalogSearch;
import gov.ca.calhr.um.classification.domain.Classification;
import gov.ca.calhr.um.classification.domain.SalaryRange;
import gov.ca.calhr.um.classification.domain.TitlePeriod;
import gov.ca.calhr.um.classification.events.ClassificationEvents;
import gov.ca.calhr.um.classification.repository.ClassificationRepository;
import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.time.Timestamps;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The catalog: each class with its titles, salary ranges and UM category. A change is announced
 * to the other services only when something changed.
 */
@ApplicationScoped
public class ClassificationService {

    private final ClassificationRepository repository;
    private final ClassificationEvents events;

    public ClassificationService(ClassificationRepository repository, ClassificationEvents events) {
        this.repository = repository;
        this.events = events;
    }

    public Classification get(String classCode) {
        return repository.findByIdOptional(classCode)
                .orElseThrow(() -> new NotFound("no classification with class code " + classCode));
    }

    public Classification getBySchematicCode(String schematicCode) {
        return repository.findBySchematicCode(schematicCode)
                .orElseThrow(() -> new NotFound("no classification with schematic code " + schematicCode));
    }

    /** One page of the classes that match the search, by class code. */
    public Page<Classification> search(CatalogSearch filter, int page, int size) {
        return Page.of(repository.search(filter), page, size);
    }

    @Transactional
    public Classification create(String classCode, ClassificationChange change, String caller) {
        if (repository.findByIdOptional(classCode).isPresent()) {
            throw new ConflictWithState("class code " + classCode + " exists already; PUT it to change it");
        }
        return upsert(classCode, change, caller);
    }

    /** Creates or changes a class; announces it only when something changed. */
    @Transactional
    public Classification upsert(String classCode, ClassificationChange change, String caller) {
        Classification c = repository.findByIdOptional(classCode).orElse(null);
        boolean isNew = c == null;
        if (isNew) {
            c = new Classification();
            c.classCode = classCode;
        }
        requireSchematicCodeFree(change.schematicCode(), classCode);
        if (apply(c, change, caller, isNew, null) || isNew) {
            repository.persist(c);
            events.upserted(c);
        }
        return c;
    }

    /** Abolishes the class as of {@code effective}; it stays in the catalog and in history. */
    @Transactional
    public Classification abolish(String classCode, LocalDate effective, String reason) {
        Classification c = get(classCode);
        if (c.abolishedOn != null) {
            if (c.abolishedOn.equals(effective)) {
                return c;
            }
            throw new ConflictWithState("class " + classCode + " is already abolished as of " + c.abolishedOn);
        }
        c.abolishedOn = effective;
        events.abolished(c, reason);
        return c;
    }

    /**
     * Applies {@code change} to {@code c}. With {@code titleHistory} (an import states the whole
     * history) the titles are replaced by it; without, a new title is a retitle. Returns true
     * when anything changed.
     */
    boolean apply(Classification c, ClassificationChange change, String caller, boolean isNew,
                  List<TitlePeriod> titleHistory) {
        if (change.salaryMin().compareTo(change.salaryMax()) > 0) {
            throw InvalidInput.field("salaryMin", "must not exceed salaryMax");
        }
        if (change.umCategory() != null && isBlank(change.umDesignationReason())) {
            throw InvalidInput.field("umDesignationReason", "say why the class is designated "
                    + change.umCategory() + " rather than its range default");
        }
        boolean changed = !Objects.equals(c.schematicCode, change.schematicCode())
                || !sameAmount(c.salaryMin, change.salaryMin()) || !sameAmount(c.salaryMax, change.salaryMax());
        c.schematicCode = change.schematicCode();
        c.salaryMin = change.salaryMin();
        c.salaryMax = change.salaryMax();

        // an explicit designation stays until HR changes or withdraws it explicitly: a change that
        // names no category (a retitle, an import without the column) leaves it as it is
        if (change.umCategory() != null) {
            if (c.umCategoryOverride != change.umCategory()
                    || !Objects.equals(c.umDesignationReason, change.umDesignationReason())) {
                c.umCategoryOverride = change.umCategory();
                c.umDesignationReason = change.umDesignationReason();
                c.umDesignatedBy = caller;
                changed = true;
            }
        } else if (change.withdrawDesignation() && c.umCategoryOverride != null) {
            c.umCategoryOverride = null;
            c.umDesignationReason = null;
            c.umDesignatedBy = null;
            changed = true;
        }
        List<SalaryRange> ranges = change.alternateRanges().stream()
                .sorted(Comparator.comparing((SalaryRange r) -> r.rangeCode)).toList();
        if (!sameRanges(c.alternateRanges, ranges)) {
            c.alternateRanges.clear();
            c.alternateRanges.addAll(ranges);
            changed = true;
        }
        if (titleHistory != null) {
            changed |= replaceTitles(c, titleHistory);
        } else {
            LocalDate effective = change.titleEffectiveFrom() != null ? change.titleEffectiveFrom()
                    : isNew ? Classification.BEGINNING : Timestamps.today();
            try {
                changed |= c.retitle(change.title(), effective);
            } catch (IllegalArgumentException e) {
                throw InvalidInput.field("titleEffectiveFrom", e.getMessage());
            }
        }
        changed |= c.refreshDerived();
        return changed;
    }

    /** Replaces the whole title history. True when it differed. */
    private static boolean replaceTitles(Classification c, List<TitlePeriod> history) {
        boolean same = c.titles.size() == history.size();
        for (int i = 0; same && i < history.size(); i++) {
            TitlePeriod a = c.titles.get(i);
            TitlePeriod b = history.get(i);
            same = a.title.equals(b.title) && a.effectiveFrom.equals(b.effectiveFrom)
                    && Objects.equals(a.effectiveTo, b.effectiveTo);
        }
        if (!same) {
            c.titles.clear();
            c.titles.addAll(history);
        }
        return !same;
    }

    /** The schematic code must name one class only. */
    void requireSchematicCodeFree(String schematicCode, String classCode) {
        repository.findBySchematicCode(schematicCode)
                .filter(other -> !other.classCode.equals(classCode))
                .ifPresent(other -> {
                    throw new ConflictWithState("schematic code " + schematicCode + " belongs to class " + other.classCode);
                });
    }

    /**
     * Keeps the stored group and category in step with the code's ranges, and announces the
     * classes loaded by migration (the seed catalog), so that other services' read models hold
     * the whole catalog.
     */
    @Transactional
    void refreshAndAnnounce(@Observes StartupEvent startup) {
        for (Classification c : repository.listAll()) {
            if (c.refreshDerived()) {
                c.announced = false;
            }
        }
        repository.unannounced().forEach(events::upserted);
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    private static boolean sameRanges(List<SalaryRange> current, List<SalaryRange> wanted) {
        if (current.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            SalaryRange a = current.get(i);
            SalaryRange b = wanted.get(i);
            if (!a.rangeCode.equals(b.rangeCode) || !sameAmount(a.salaryMin, b.salaryMin)
                    || !sameAmount(a.salaryMax, b.salaryMax)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
