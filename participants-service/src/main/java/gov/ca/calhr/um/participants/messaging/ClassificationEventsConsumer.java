package gov.ca.calhr.um.participants.messaging;

import gov.ca.calhr.um.commons.events.Projection;
import gov.ca.calhr.um.commons.time.Today;
import gov.ca.calhr.um.participants.domain.ClassificationCopy;
import gov.ca.calhr.um.participants.repository.ClassificationCopyRepository;
import gov.ca.calhr.um.participants.repository.EmployeeTimelineRepository;
import gov.ca.calhr.um.participants.service.CareerLadderCache;
import gov.ca.calhr.um.participants.service.ScheduledActions;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Keeps the local copy of the catalog ({@link ClassificationCopy}) from classification-service's
 * ClassificationUpserted events (newest wins).
 * When a class's UM category changes, every employee whose actions name it is derived again (their
 * eligibility, UM appointments and notices follow from the categories): they are made due in the
 * same transaction, and the timeline clock is asked to run once it commits.
 */
@ApplicationScoped
public class ClassificationEventsConsumer {

    static final String CONSUMER = "participants.classification-view";

    /** The fields of ClassificationUpserted v1 this service uses. */
    record ClassificationUpserted(String classCode, String schematicCode, String title, String umCategory,
                                  BigDecimal salaryMin, BigDecimal salaryMax, LocalDate abolishedOn) {
    }

    private final Projection projection;
    private final ClassificationCopyRepository copies;
    private final EmployeeTimelineRepository books;
    private final ScheduledActions clock;
    private final Today today;
    private final CareerLadderCache ladders;

    public ClassificationEventsConsumer(Projection projection, ClassificationCopyRepository copies,
                                        EmployeeTimelineRepository books, ScheduledActions clock, Today today,
                                        CareerLadderCache ladders) {
        this.ladders = ladders;
        this.projection = projection;
        this.copies = copies;
        this.books = books;
        this.clock = clock;
        this.today = today;
    }

    @Incoming("classification-events")
    @Blocking
    public void consume(String payload) {
        boolean recategorised = projection.answer(CONSUMER, payload, "ClassificationUpserted",
                ClassificationUpserted.class, this::apply).orElse(false);
        if (recategorised) {
            clock.runSoon();
        }
    }

    /**
     * Answers whether employees were made due because the class's UM category changed. The newest
     * announcement of a class wins ({@link Projection}).
     */
    private boolean apply(Projection.Received<ClassificationUpserted> event) {
        ClassificationUpserted data = event.data();
        ClassificationCopy copy = copies.findByIdOptional(data.classCode()).orElseGet(ClassificationCopy::new);
        if (!event.supersedes(copy.updatedAt)) {
            return false;
        }
        String before = copy.umCategory;
        copy.classCode = data.classCode();
        copy.schematicCode = data.schematicCode();
        copy.title = data.title();
        copy.umCategory = data.umCategory();
        copy.salaryMin = data.salaryMin();
        copy.salaryMax = data.salaryMax();
        copy.abolishedOn = data.abolishedOn();
        copy.updatedAt = event.at();
        copies.persist(copy);
        ladders.changed();
        return !Objects.equals(before, data.umCategory()) && books.dueForClass(data.classCode(), today.date()) > 0;
    }
}
