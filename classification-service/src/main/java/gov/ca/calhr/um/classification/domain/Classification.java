package gov.ca.calhr.um.classification.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A state civil service classification. Never deleted: abolished as of a date. Its titles are
 * effective-dated, so a read "as of" a day shows the title of that day, and earlier titles
 * remain searchable as aliases.
 */
@Entity
@Table(name = "classification")
public class Classification {

    /** The start of history for titles whose start is unknown. */
    public static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    @Id
    @Column(name = "class_code", length = 4)
    public String classCode;

    @Column(name = "schematic_code", nullable = false, length = 4)
    public String schematicCode;

    @Column(name = "salary_min", nullable = false)
    public BigDecimal salaryMin;

    @Column(name = "salary_max", nullable = false)
    public BigDecimal salaryMax;

    /** An explicit designation; overrides the default from the schematic-code range. */
    @Enumerated(EnumType.STRING)
    @Column(name = "um_category_override")
    public UmCategory umCategoryOverride;

    @Column(name = "um_designated_by")
    public String umDesignatedBy;

    @Column(name = "um_designation_reason")
    public String umDesignationReason;

    @Column(name = "abolished_on")
    public LocalDate abolishedOn;

    /** Stored copy of {@link #occupationalGroup()} for queries; see {@link #refreshDerived()}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "occupational_group")
    public OccupationalGroup storedOccupationalGroup;

    /** Stored copy of {@link #umCategory()} for queries; see {@link #refreshDerived()}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "um_category")
    public UmCategory storedUmCategory;

    /** False until a ClassificationUpserted event for the current state sits in the outbox. */
    @Column(nullable = false)
    public boolean announced;

    // small, and read with the class everywhere (titles as of a day, ranges)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "classification_title", joinColumns = @JoinColumn(name = "class_code"))
    @OrderBy("effectiveFrom")
    public List<TitlePeriod> titles = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "classification_salary_range", joinColumns = @JoinColumn(name = "class_code"))
    @OrderBy("rangeCode")
    public List<SalaryRange> alternateRanges = new ArrayList<>();

    public Optional<OccupationalGroup> occupationalGroup() {
        return OccupationalGroup.of(schematicCode);
    }

    /** The explicit designation if there is one, else the default of the occupational group. */
    public UmCategory umCategory() {
        if (umCategoryOverride != null) {
            return umCategoryOverride;
        }
        return occupationalGroup().map(OccupationalGroup::defaultCategory).orElse(UmCategory.NONE);
    }

    public boolean categoryDesignated() {
        return umCategoryOverride != null;
    }

    /** Recomputes the stored group and category; true when either changed. */
    public boolean refreshDerived() {
        OccupationalGroup group = occupationalGroup().orElse(null);
        UmCategory category = umCategory();
        boolean changed = group != storedOccupationalGroup || category != storedUmCategory;
        storedOccupationalGroup = group;
        storedUmCategory = category;
        return changed;
    }

    public boolean abolishedAsOf(LocalDate day) {
        return abolishedOn != null && !day.isBefore(abolishedOn);
    }

    /** The title in force on {@code day}; the earliest known title for days before all of them. */
    public String titleAsOf(LocalDate day) {
        return titles.stream().filter(t -> t.covers(day)).findFirst()
                .or(() -> titles.stream().min(Comparator.comparing(t -> t.effectiveFrom)))
                .map(t -> t.title)
                .orElseThrow(() -> new IllegalStateException("class " + classCode + " has no title"));
    }

    /** Every title other than the one in force on {@code day}: former (or later) titles. */
    public List<TitlePeriod> otherTitles(LocalDate day) {
        String current = titleAsOf(day);
        return titles.stream().filter(t -> !t.title.equals(current)).toList();
    }

    /** The open-ended title (the newest); null for a class without titles yet. */
    public Optional<TitlePeriod> latestTitle() {
        return titles.stream().filter(t -> t.effectiveTo == null).findFirst();
    }

    /**
     * Gives the class {@code title} from {@code effective} on. The same title again changes
     * nothing; a new title closes the open one the day before.
     */
    public boolean retitle(String title, LocalDate effective) {
        Optional<TitlePeriod> open = latestTitle();
        if (open.isPresent() && open.get().title.equals(title)) {
            return false;
        }
        if (open.isPresent()) {
            if (!effective.isAfter(open.get().effectiveFrom)) {
                throw new IllegalArgumentException("a new title must take effect after "
                        + open.get().effectiveFrom + ", when the current title took effect");
            }
            open.get().effectiveTo = effective.minusDays(1);
        }
        titles.add(new TitlePeriod(title, effective, null));
        return true;
    }
}
