package gov.ca.calhr.um.classification.rest;

import gov.ca.calhr.um.classification.domain.Classification;
import gov.ca.calhr.um.classification.domain.OccupationalGroup;
import gov.ca.calhr.um.classification.domain.UmCategory;
import gov.ca.calhr.um.classification.service.ClassificationService;
import gov.ca.calhr.um.classification.service.ClassificationService.ClassificationChange;
import gov.ca.calhr.um.commons.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Consumes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;

@Path("/api/classifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Classifications")
public class ClassificationResource {

    static final String CLASS_CODE = "\\d{4}";

    public record ClassificationRequest(
            @NotBlank @Pattern(regexp = "[A-Z]{2}[A-Z0-9]{2}",
                    message = "must be two letters then two letters or digits, e.g. JY20") String schematicCode,
            @NotBlank @Size(max = 200) String title,
            @NotNull @PositiveOrZero BigDecimal salaryMin,
            @NotNull @PositiveOrZero BigDecimal salaryMax,
            UmCategory umCategory) {
    }

    public record ClassificationResponse(String classCode, String schematicCode, String title,
                                         BigDecimal salaryMin, BigDecimal salaryMax,
                                         String occupationalGroup, UmCategory umCategory,
                                         boolean umCategoryDesignated) {
        static ClassificationResponse of(Classification c) {
            return new ClassificationResponse(c.classCode, c.schematicCode, c.title, c.salaryMin, c.salaryMax,
                    c.occupationalGroup().map(OccupationalGroup::name).orElse(null), c.umCategory(),
                    c.categoryDesignated());
        }
    }

    public record ClassificationPage(List<ClassificationResponse> items, int page, int size, long total) {
    }

    private final ClassificationService service;

    public ClassificationResource(ClassificationService service) {
        this.service = service;
    }

    @GET
    @Authenticated
    public ClassificationPage list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        List<ClassificationResponse> items = service.list(page, size).stream()
                .map(ClassificationResponse::of).toList();
        return new ClassificationPage(items, page, size, service.count());
    }

    @GET
    @Path("/{classCode}")
    @Authenticated
    public ClassificationResponse get(@PathParam("classCode") @Pattern(regexp = CLASS_CODE,
            message = "must be a 4-digit class code") String classCode) {
        return ClassificationResponse.of(service.get(classCode));
    }

    @PUT
    @Path("/{classCode}")
    @RolesAllowed(Roles.HR)
    public ClassificationResponse upsert(
            @PathParam("classCode") @Pattern(regexp = CLASS_CODE, message = "must be a 4-digit class code")
            String classCode,
            @NotNull @Valid ClassificationRequest request) {
        Classification saved = service.upsert(classCode, new ClassificationChange(request.schematicCode(),
                request.title(), request.salaryMin(), request.salaryMax(), request.umCategory()));
        return ClassificationResponse.of(saved);
    }
}
