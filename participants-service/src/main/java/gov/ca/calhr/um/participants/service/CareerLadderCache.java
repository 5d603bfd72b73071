package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.participants.domain.CareerStepCopy;
import gov.ca.calhr.um.participants.domain.ClassificationCopy;
import gov.ca.calhr.um.participants.domain.path.CareerLadders;
import gov.ca.calhr.um.participants.repository.CareerStepCopyRepository;
import gov.ca.calhr.um.participants.repository.ClassificationCopyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The paths found from each class on each department's ladders (the statewide steps and the
 * department's own; where both have a step between the same classes, the department's), kept: the
 * catalog and the ladders change a few times a year,
 * while every employee's "my path" asks for them. A kept answer is dropped when the copies change
 * ({@link #changed()}, called by their consumers), when the day changes (abolitions take effect),
 * and after {@link #MAX_AGE} at the latest (a change whose drop raced a reader's load).
 */
@ApplicationScoped
public class CareerLadderCache {

    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private record Kept(LocalDate day, long at, List<CareerLadders.Path> paths) {
    }

    /** The classes in force and the steps of every ladder, read once for every class's paths. */
    private record Graph(LocalDate day, long at, Map<String, CareerLadders.ClassInfo> classes,
                         List<CareerStepCopy> steps) {

        /** The statewide steps and the department's own, the department's winning for the same two classes. */
        List<CareerLadders.Step> of(String department) {
            Map<String, CareerStepCopy> byPair = new LinkedHashMap<>();
            for (CareerStepCopy s : steps) {
                boolean own = s.ladder.equals(department);
                String pair = s.fromClass + ">" + s.toClass;
                if (own || (CareerStepCopy.STATEWIDE.equals(s.ladder) && !byPair.containsKey(pair))) {
                    byPair.put(pair, s);
                }
            }
            return byPair.values().stream().map(s -> new CareerLadders.Step(s.fromClass, s.toClass, s.kind)).toList();
        }
    }

    private final ClassificationCopyRepository classes;
    private final CareerStepCopyRepository steps;
    private final Map<String, Kept> byClass = new ConcurrentHashMap<>();
    private volatile Graph graph;

    public CareerLadderCache(ClassificationCopyRepository classes, CareerStepCopyRepository steps) {
        this.classes = classes;
        this.steps = steps;
    }

    /** Every ELTPA class reachable from {@code from} on {@code day} on the department's ladders, each by its best path. */
    public List<CareerLadders.Path> reachableEltpa(String from, String department, LocalDate day) {
        long now = System.nanoTime();
        String key = department + ":" + from;
        Kept kept = byClass.get(key);
        if (kept != null && kept.day().equals(day) && now - kept.at() < MAX_AGE.toNanos()) {
            return kept.paths();
        }
        Graph g = graph(day, now);
        List<CareerLadders.Path> paths = CareerLadders.reachableEltpa(from, g.classes(), g.of(department));
        byClass.put(key, new Kept(day, g.at(), paths));
        return paths;
    }

    /** The catalog or the ladders changed: find paths afresh. */
    public void changed() {
        graph = null;
        byClass.clear();
    }

    private Graph graph(LocalDate day, long now) {
        Graph g = graph;
        if (g == null || !g.day().equals(day) || now - g.at() >= MAX_AGE.toNanos()) {
            g = new Graph(day, now, inForce(day), steps.current());
            graph = g;
        }
        return g;
    }

    private Map<String, CareerLadders.ClassInfo> inForce(LocalDate day) {
        Map<String, CareerLadders.ClassInfo> inForce = new HashMap<>();
        for (ClassificationCopy c : classes.listAll()) {
            if (c.salaryMin != null && c.salaryMax != null && (c.abolishedOn == null || c.abolishedOn.isAfter(day))) {
                inForce.put(c.classCode, new CareerLadders.ClassInfo(c.classCode, c.title, c.umCategory,
                        c.salaryMin, c.salaryMax));
            }
        }
        return inForce;
    }
}
