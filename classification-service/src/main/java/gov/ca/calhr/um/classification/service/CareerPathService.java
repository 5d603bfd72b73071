package gov.ca.calhr.um.classification.service;

import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.error.UnknownReference;
import gov.ca.calhr.um.classification.domain.CareerStep;
import gov.ca.calhr.um.classification.domain.Classification;
import gov.ca.calhr.um.classification.domain.StepKind;
import gov.ca.calhr.um.classification.domain.UmCategory;
import gov.ca.calhr.um.classification.repository.CareerStepRepository;
import gov.ca.calhr.um.classification.repository.ClassificationRepository;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.classification.events.ClassificationEvents;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Career ladders: the steps between classes, and the paths they make. A path's rank: fewest
 * steps first; among those, the greatest salary gain, and among equal gains the path that raises
 * pay earliest (the sum, over its steps, of the gain reached so far).
 */
@ApplicationScoped
public class CareerPathService {

    /** One step of a path with the change in the monthly range it brings. */
    public record PathStep(Classification from, Classification to, CareerStep step) {
        public BigDecimal salaryMinChange() {
            return to.salaryMin.subtract(from.salaryMin);
        }

        public BigDecimal salaryMaxChange() {
            return to.salaryMax.subtract(from.salaryMax);
        }
    }

    public record CareerPath(Classification from, Classification to, List<PathStep> steps) {
        public BigDecimal salaryGain() {
            return to.salaryMax.subtract(from.salaryMax);
        }

        BigDecimal earliness() {
            BigDecimal sum = BigDecimal.ZERO;
            for (PathStep s : steps) {
                sum = sum.add(s.to().salaryMax.subtract(from.salaryMax));
            }
            return sum;
        }
    }

    private static final Comparator<CareerPath> RANK = Comparator
            .comparingInt((CareerPath p) -> p.steps().size())
            .thenComparing(CareerPath::salaryGain, Comparator.reverseOrder())
            .thenComparing(CareerPath::earliness, Comparator.reverseOrder());
    /** Enough alternatives for a person to choose from; bounds the work on dense ladders. */
    private static final int MAX_PATHS = 20;

    private final ClassificationRepository classifications;
    private final CareerStepRepository steps;

    private final ClassificationEvents events;

    public CareerPathService(ClassificationRepository classifications, CareerStepRepository steps,
                             ClassificationEvents events) {
        this.classifications = classifications;
        this.steps = steps;
        this.events = events;
    }

    /** The steps from or to a class: the statewide ones and, when {@code department} is given, its own. */
    public List<CareerStep> stepsOf(String classCode, String department) {
        return steps.touching(classCode, department);
    }

    /**
     * Adds or changes a step of the statewide ladders ({@code department} null) or of a department's
     * own. No path finder may walk in circles: a department's step is checked against the statewide
     * steps and the department's own; a statewide step against the statewide steps joined with each
     * department's own in turn.
     */
    @Transactional
    public CareerStep addStep(String department, String from, String to, StepKind kind, String note) {
        known("fromClassCode", from);
        known("toClassCode", to);
        if (from.equals(to)) {
            throw InvalidInput.field("toClassCode", "a step must lead to another class");
        }
        String ladder = department == null ? CareerStep.STATEWIDE : department;
        CareerStep.Key key = new CareerStep.Key(ladder, from, to);
        CareerStep step = steps.findByIdOptional(key).orElse(null);
        if (step == null) {
            // null: the statewide steps alone; a department: the statewide steps and its own
            List<String> scopes = new ArrayList<>();
            if (department != null) {
                scopes.add(department);
            } else {
                scopes.add(null);
                steps.ladders().stream().filter(l -> !CareerStep.STATEWIDE.equals(l)).forEach(scopes::add);
            }
            for (String scope : scopes) {
                List<String> back = route(adjacency(steps.onLadders(scope)), to, from);
                if (back != null) {
                    throw new ConflictWithState("the step " + from + " -> " + to + " would close a cycle"
                            + (scope == null ? "" : " on " + scope + "'s ladders") + ": "
                            + String.join(" -> ", back) + " -> " + to);
                }
            }
            step = new CareerStep();
            step.ladder = ladder;
            step.fromClass = from;
            step.toClass = to;
        }
        step.kind = kind;
        step.note = note;
        steps.persist(step);
        events.stepChanged(step, false);
        return step;
    }

    @Transactional
    public void removeStep(String department, String from, String to) {
        String ladder = department == null ? CareerStep.STATEWIDE : department;
        CareerStep step = steps.findByIdOptional(new CareerStep.Key(ladder, from, to))
                .orElseThrow(() -> new NotFound("no career step from " + from + " to " + to
                        + (department == null ? " on the statewide ladders" : " on " + department + "'s ladders")));
        steps.delete(step);
        events.stepChanged(step, true);
    }

    /** Announces the steps not announced yet (those loaded by migration), so that other services hold the ladders. */
    @Transactional
    void announceSteps(@Observes StartupEvent startup) {
        steps.unannounced().forEach(s -> events.stepChanged(s, false));
    }

    /** The best shortest paths from one class to another, on the statewide ladders and the department's. */
    public List<CareerPath> paths(String from, String to, String department) {
        Graph g = graph(department);
        Classification source = g.require("from", from);
        Classification target = g.require("to", to);
        if (from.equals(to)) {
            throw InvalidInput.pathParameter("to", "must differ from 'from'");
        }
        Map<String, List<String>> predecessors = shortestPathPredecessors(g, from);
        if (!predecessors.containsKey(to)) {
            throw new NotFound("no career path from " + from + " to " + to + " on the ladders");
        }
        List<List<String>> routes = new ArrayList<>();
        collectRoutes(predecessors, from, to, new ArrayDeque<>(List.of(to)), routes);
        return routes.stream().map(r -> g.path(source, target, r)).sorted(RANK).limit(MAX_PATHS).toList();
    }

    /** Every ELTPA class reachable from {@code from}, each with its best path, nearest first. */
    public List<CareerPath> reachableEltpa(String from, String department) {
        Graph g = graph(department);
        Classification source = g.require("from", from);
        Map<String, List<String>> predecessors = shortestPathPredecessors(g, from);
        List<CareerPath> best = new ArrayList<>();
        for (String code : predecessors.keySet()) {
            Classification c = g.classes.get(code);
            if (code.equals(from) || c.umCategory() != UmCategory.ELTPA) {
                continue;
            }
            List<List<String>> routes = new ArrayList<>();
            collectRoutes(predecessors, from, code, new ArrayDeque<>(List.of(code)), routes);
            routes.stream().map(r -> g.path(source, c, r)).min(RANK).ifPresent(best::add);
        }
        best.sort(RANK);
        return best;
    }

    private void known(String field, String classCode) {
        if (classifications.findByIdOptional(classCode).isEmpty()) {
            throw new UnknownReference(field, "unknown class code " + classCode);
        }
    }

    /** Classes in force today and the steps between them. */
    private record Graph(Map<String, Classification> classes, Map<String, List<CareerStep>> out) {
        Classification require(String parameter, String code) {
            Classification c = classes.get(code);
            if (c == null) {
                throw new NotFound("no classification in force with class code " + code + " (" + parameter + ")");
            }
            return c;
        }

        CareerPath path(Classification source, Classification target, List<String> route) {
            List<PathStep> result = new ArrayList<>();
            for (int i = 0; i + 1 < route.size(); i++) {
                String a = route.get(i);
                String b = route.get(i + 1);
                CareerStep step = out.get(a).stream().filter(s -> s.toClass.equals(b)).findFirst().orElseThrow();
                result.add(new PathStep(classes.get(a), classes.get(b), step));
            }
            return new CareerPath(source, target, result);
        }
    }

    /**
     * Classes in force today and the steps of the statewide ladders and the department's own; where
     * both have a step between the same classes, the department's (its kind and note) is walked.
     */
    private Graph graph(String department) {
        LocalDate today = Timestamps.today();
        Map<String, Classification> classes = classifications.listAll().stream()
                .filter(c -> !c.abolishedAsOf(today))
                .collect(Collectors.toMap(c -> c.classCode, Function.identity()));
        Map<String, CareerStep> byPair = new LinkedHashMap<>();
        for (CareerStep s : steps.onLadders(department)) {
            String pair = s.fromClass + ">" + s.toClass;
            if (s.department() != null || !byPair.containsKey(pair)) {
                byPair.put(pair, s);
            }
        }
        Map<String, List<CareerStep>> out = new HashMap<>();
        for (CareerStep s : byPair.values()) {
            if (classes.containsKey(s.fromClass) && classes.containsKey(s.toClass)) {
                out.computeIfAbsent(s.fromClass, k -> new ArrayList<>()).add(s);
            }
        }
        out.values().forEach(l -> l.sort(Comparator.comparing((CareerStep s) -> s.toClass)));
        return new Graph(classes, out);
    }

    private static Map<String, List<String>> adjacency(List<CareerStep> all) {
        Map<String, List<String>> adjacency = new HashMap<>();
        all.forEach(s -> adjacency.computeIfAbsent(s.fromClass, k -> new ArrayList<>()).add(s.toClass));
        return adjacency;
    }

    /** A route from {@code from} to {@code to}, or null: breadth-first over the steps. */
    private static List<String> route(Map<String, List<String>> adjacency, String from, String to) {
        Map<String, String> previous = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        previous.put(from, null);
        while (!queue.isEmpty()) {
            String node = queue.poll();
            if (node.equals(to)) {
                List<String> route = new ArrayList<>();
                for (String n = to; n != null; n = previous.get(n)) {
                    route.add(0, n);
                }
                return route;
            }
            for (String next : adjacency.getOrDefault(node, List.of())) {
                if (!previous.containsKey(next)) {
                    previous.put(next, node);
                    queue.add(next);
                }
            }
        }
        return null;
    }

    /** Breadth-first from {@code from}: for each reached class, its predecessors on shortest paths. */
    private static Map<String, List<String>> shortestPathPredecessors(Graph g, String from) {
        Map<String, Integer> distance = new HashMap<>(Map.of(from, 0));
        Map<String, List<String>> predecessors = new LinkedHashMap<>();
        predecessors.put(from, List.of());
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String node = queue.poll();
            for (CareerStep s : g.out().getOrDefault(node, List.of())) {
                Integer known = distance.get(s.toClass);
                if (known == null) {
                    distance.put(s.toClass, distance.get(node) + 1);
                    predecessors.put(s.toClass, new ArrayList<>(List.of(node)));
                    queue.add(s.toClass);
                } else if (known == distance.get(node) + 1) {
                    predecessors.get(s.toClass).add(node);
                }
            }
        }
        return predecessors;
    }

    private static void collectRoutes(Map<String, List<String>> predecessors, String from, String node,
                                      Deque<String> suffix, List<List<String>> routes) {
        if (routes.size() >= MAX_PATHS * 5) {
            return;
        }
        if (node.equals(from)) {
            routes.add(new ArrayList<>(suffix));
            return;
        }
        for (String previous : predecessors.get(node)) {
            suffix.addFirst(previous);
            collectRoutes(predecessors, from, previous, suffix, routes);
            suffix.removeFirst();
        }
    }
}
