package gov.ca.calhr.um.plans.rest;

import gov.ca.calhr.um.plans.domain.ActivityType;
import gov.ca.calhr.um.plans.domain.TrainingCategory;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

/** The fixed vocabularies plan forms offer: activity types and training categories. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Plan vocabulary")
public class PlanVocabularyResource {

    public record Term(String code, String label) {
    }

    @GET
    @Path("/activity-types")
    @Operation(summary = "The kinds of activity a plan may list")
    public List<Term> activityTypes() {
        return Arrays.stream(ActivityType.values()).map(t -> new Term(t.name(), t.label())).toList();
    }

    @GET
    @Path("/training-categories")
    @Operation(summary = "The training categories spend is reported by (2 CCR 599.819)")
    public List<Term> trainingCategories() {
        return Arrays.stream(TrainingCategory.values()).map(t -> new Term(t.name(), t.label())).toList();
    }
}
