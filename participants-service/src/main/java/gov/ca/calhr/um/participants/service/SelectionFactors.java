package gov.ca.calhr.um.participants.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.commons.error.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The selection factors of the CalHR UM guidelines the coordinator weighs on every decision: each
 * must be assessed, with a score from 1 to 5, a note, or both.
 */
@ApplicationScoped
public class SelectionFactors {

    /** One selection factor: a score from 1 to 5, a note, or both. */
    public record Factor(Integer score, String note) {
    }

    /** The selection factors the CalHR UM guidelines name; every one must be assessed. */
    public static final List<String> FACTORS = List.of("departmentObjectives", "staffingNeeds", "availableFunds",
            "tenure", "performance", "motivationAndPotential", "trainingRelevance");

    private final ObjectMapper mapper;

    public SelectionFactors(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Checks that every factor, and only these, is assessed; answers them as stored (JSON, in guideline order). */
    public String checked(Map<String, Factor> factors) {
        Map<String, Factor> given = factors == null ? Map.of() : factors;
        for (String name : given.keySet()) {
            if (!FACTORS.contains(name)) {
                throw InvalidInput.field("factors." + name, "is not a selection factor; expected " + FACTORS);
            }
        }
        Map<String, Factor> ordered = new LinkedHashMap<>();
        for (String name : FACTORS) {
            Factor f = given.get(name);
            check(name, f);
            ordered.put(name, f);
        }
        try {
            return mapper.writeValueAsString(ordered);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(String name, Factor f) {
        if (f == null || (f.score() == null && (f.note() == null || f.note().isBlank()))) {
            throw InvalidInput.field("factors." + name, "must be assessed with a score (1-5) or a note");
        }
        if (f.score() != null && (f.score() < 1 || f.score() > 5)) {
            throw InvalidInput.field("factors." + name + ".score", "must be between 1 and 5");
        }
        if (f.note() != null && f.note().length() > 2000) {
            throw InvalidInput.field("factors." + name + ".note", "must be at most 2000 characters");
        }
    }
}
