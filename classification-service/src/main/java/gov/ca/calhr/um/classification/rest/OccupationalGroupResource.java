package gov.ca.calhr.um.classification.rest;

import gov.ca.calhr.um.classification.domain.OccupationalGroup;
import gov.ca.calhr.um.classification.domain.UmCategory;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

@Path("/api/occupational-groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Classifications")
public class OccupationalGroupResource {

    public record OccupationalGroupResponse(String code, String name, String schematicCodeFrom,
                                            String schematicCodeTo, UmCategory defaultUmCategory) {
    }

    @GET
    @Authenticated
    @Operation(summary = "The occupational groups and the schematic code ranges they cover")
    public List<OccupationalGroupResponse> list() {
        return Arrays.stream(OccupationalGroup.values())
                .map(g -> new OccupationalGroupResponse(g.name(), g.label(), g.from(), g.to(), g.defaultCategory()))
                .toList();
    }
}
