package gov.ca.calhr.um.classification.rest;

import gov.ca.calhr.um.classification.domain.Classification;
import gov.ca.calhr.um.classification.domain.CatalogSearch;
import gov.ca.calhr.um.classification.domain.OccupationalGroup;
import gov.ca.calhr.um.classification.domain.SalaryRange;
import gov.ca.calhr.um.classification.domain.UmCategory;
import gov.ca.calhr.um.classification.service.CatalogImportService;
import gov.ca.calhr.um.classification.service.CatalogImportService.ImportReport;
import gov.ca.calhr.um.classification.service.ClassificationChange;
import gov.ca.calhr.um.classification.service.ClassificationService;
import gov.ca.calhr.um.commons.problem.Problems;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@Path("/api/classifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Classifications")
public class ClassificationResource {

    static final String CLASS_CODE = "\\d{4}";
    static final String CLASS_CODE_MESSAGE = "must be a 4-digit class code";
    static final String SCHEMATIC_CODE = "[A-Z]{2}[A-Z0-9]{2}";
    static final String SCHEMATIC_CODE_MESSAGE = "must be two letters then two letters or digits, e.g. JY20";

    public record RangeRequest(@NotBlank @Pattern(regexp = "[A-Z]{1,4}") String rangeCode,
                               @NotNull @PositiveOrZero BigDecimal salaryMin,
                               @NotNull @PositiveOrZero BigDecimal salaryMax) {
    }

    public record ClassificationRequest(
            @Pattern(regexp = CLASS_CODE, message = CLASS_CODE_MESSAGE) String classCode,
            @NotBlank @Pattern(regexp = SCHEMATIC_CODE, message = SCHEMATIC_CODE_MESSAGE) String schematicCode,
            @NotBlank @Size(max = 200) String title,
            LocalDate titleEffectiveFrom,
            @NotNull @PositiveOrZero BigDecimal salaryMin,
            @NotNull @PositiveOrZero BigDecimal salaryMax,
            List<@Valid RangeRequest> alternateRanges,
            UmCategory umCategory,
            @Size(max = 500) String umDesignationReason,
            @Schema(description = "true: withdraw the explicit designation (the class takes its range default "
                    + "again); leaving umCategory out keeps the designation as it is")
            Boolean withdrawUmDesignation) {

        ClassificationChange toChange() {
            List<SalaryRange> ranges = alternateRanges == null ? List.of() : alternateRanges.stream()
                    .map(r -> new SalaryRange(r.rangeCode(), r.salaryMin(), r.salaryMax())).toList();
            boolean withdraw = Boolean.TRUE.equals(withdrawUmDesignation);
            if (withdraw && umCategory != null) {
                throw Problems.invalidField("withdrawUmDesignation", "cannot withdraw a designation while naming one ("
                        + umCategory + ")");
            }
            return new ClassificationChange(schematicCode, title, titleEffectiveFrom, salaryMin, salaryMax, ranges,
                    umCategory, umDesignationReason, withdraw);
        }
    }

    public record AbolishmentRequest(@NotNull LocalDate effectiveDate, @Size(max = 500) String reason) {
    }

    public record ClassificationPage(List<ClassificationResponse> items, int page, int size, long total) {
    }

    private final ClassificationService service;
    private final CatalogImportService importer;
    private final CurrentCaller caller;

    public ClassificationResource(ClassificationService service, CatalogImportService importer,
                                  CurrentCaller caller) {
        this.service = service;
        this.importer = importer;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Search the catalog",
            description = "q matches class code, schematic code, current and former titles; salaryFrom/salaryTo "
                    + "keep classes whose main monthly range overlaps them; abolished classes only on request.")
    public ClassificationPage list(
            @Parameter(description = "Keep classes of this UM category")
            @QueryParam("category") UmCategory category,
            @Parameter(description = "Keep classes of this occupational group")
            @QueryParam("group") OccupationalGroup group,
            @Parameter(description = "Text to find in class codes, schematic codes, current and former titles")
            @QueryParam("q") @Size(min = 2, max = 100) String text,
            @Parameter(description = "Lowest monthly salary (dollars) the main range must reach")
            @QueryParam("salaryFrom") @DecimalMin("0") BigDecimal salaryFrom,
            @Parameter(description = "Highest monthly salary (dollars) the main range may start at")
            @QueryParam("salaryTo") @DecimalMin("0") BigDecimal salaryTo,
            @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Include classes abolished before the day asked for")
            @QueryParam("includeAbolished") @DefaultValue("false") boolean includeAbolished,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        LocalDate day = asOf != null ? asOf : Timestamps.today();
        var result = service.search(new CatalogSearch(category, group,
                text == null || text.isBlank() ? null : text.trim(), salaryFrom, salaryTo, day, includeAbolished),
                page, size);
        return new ClassificationPage(result.items().stream().map(c -> ClassificationResponse.of(c, day)).toList(),
                result.page(), result.size(), result.total());
    }

    @GET
    @Path("/{classCode}")
    @Authenticated
    @Operation(summary = "One class, as the catalog has it on a day")
    public ClassificationResponse get(
            @PathParam("classCode") @Pattern(regexp = CLASS_CODE, message = CLASS_CODE_MESSAGE) String classCode,
            @QueryParam("asOf") LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : Timestamps.today();
        return ClassificationResponse.of(service.get(classCode), day);
    }

    @GET
    @Path("/by-schematic-code/{schematicCode}")
    @Authenticated
    @Operation(summary = "The class with a schematic code, as on a day")
    public ClassificationResponse bySchematicCode(
            @Parameter(description = "The class's 4-character schematic code, e.g. JY60")
            @PathParam("schematicCode") @Pattern(regexp = SCHEMATIC_CODE, message = SCHEMATIC_CODE_MESSAGE)
            String schematicCode,
            @QueryParam("asOf") LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : Timestamps.today();
        return ClassificationResponse.of(service.getBySchematicCode(schematicCode), day);
    }

    @POST
    @RolesAllowed(Roles.HR)
    @Operation(summary = "Add a class (409 if the class code exists)")
    @APIResponseSchema(value = ClassificationResponse.class, responseCode = "201",
            responseDescription = "Added: the class, its address in Location")
    public Response create(@NotNull @Valid ClassificationRequest request) {
        if (request.classCode() == null) {
            throw Problems.invalidField("classCode", "is required");
        }
        Classification created = service.create(request.classCode(), request.toChange(), caller.subject());
        return Response.created(URI.create("/api/classifications/" + created.classCode))
                .entity(ClassificationResponse.of(created, Timestamps.today())).build();
    }

    @PUT
    @Path("/{classCode}")
    @RolesAllowed(Roles.HR)
    @Operation(summary = "Create or change a class",
            description = "A new title is a retitle effective titleEffectiveFrom (default today); the former "
                    + "title stays as an alias. umCategory designates the class explicitly (with a reason); "
                    + "leaving it out keeps the designation the class has (or its schematic-code range default); "
                    + "withdrawUmDesignation=true goes back to the range default.")
    public ClassificationResponse upsert(
            @PathParam("classCode") @Pattern(regexp = CLASS_CODE, message = CLASS_CODE_MESSAGE) String classCode,
            @NotNull @Valid ClassificationRequest request) {
        if (request.classCode() != null && !request.classCode().equals(classCode)) {
            throw Problems.invalidField("classCode", "differs from the path");
        }
        return ClassificationResponse.of(service.upsert(classCode, request.toChange(), caller.subject()),
                Timestamps.today());
    }

    @POST
    @Path("/{classCode}/abolishment")
    @RolesAllowed(Roles.HR)
    @Operation(summary = "Abolish a class as of a date (it stays in the catalog and its history)")
    public ClassificationResponse abolish(
            @PathParam("classCode") @Pattern(regexp = CLASS_CODE, message = CLASS_CODE_MESSAGE) String classCode,
            @NotNull @Valid AbolishmentRequest request) {
        return ClassificationResponse.of(service.abolish(classCode, request.effectiveDate(), request.reason()),
                request.effectiveDate());
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.HR)
    @Operation(summary = "Import classes from CSV, all rows or none",
            description = "Columns: class_code, schematic_code, title, salary_min, salary_max; optional "
                    + "title_effective_from, former_titles ('Title until 2025-12-31|...'), alternate_ranges "
                    + "('B:3500.00-4200.00|...'), um_category, um_designation_reason. A file with errors is "
                    + "rejected whole (400, errors listed per line); importing the same file again changes nothing.")
    public ImportReport importCsv(@NotBlank String csv) {
        return importer.importCsv(csv, caller.subject());
    }
}
