package gov.ca.calhr.um.participants.domain.path;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ELTPA classes an employee can reach from their class over the career ladders, each with its
 * best path (CalHR UM Program Guidelines: departments identify career ladders and bridging classes
 * from LPEL classes to entry-level technical, professional and administrative classes). The rank
 * is classification-service's path finder's: fewest steps first; among those the greatest gain in
 * the top of the monthly range, and among equal gains the path that raises pay earliest (the sum,
 * over its steps, of the gain reached so far). Pure: the caller gives the classes and steps.
 */
public final class CareerLadders {

    /** A class in force: its code, title, UM category and monthly salary range. */
    public record ClassInfo(String classCode, String title, String umCategory, BigDecimal salaryMin,
                            BigDecimal salaryMax) {
        boolean isEltpa() {
            return "ELTPA".equals(umCategory);
        }
    }

    /** A step of a ladder. */
    public record Step(String fromClass, String toClass, String kind) {
    }

    /** One step of a path and the change in the monthly range it brings. */
    public record PathStep(ClassInfo from, ClassInfo to, String kind) {
        public BigDecimal salaryMinChange() {
            return to.salaryMin().subtract(from.salaryMin());
        }

        public BigDecimal salaryMaxChange() {
            return to.salaryMax().subtract(from.salaryMax());
        }
    }

    /** A path from the employee's class to an ELTPA class. */
    public record Path(ClassInfo from, ClassInfo to, List<PathStep> steps) {
        public BigDecimal salaryMinChange() {
            return to.salaryMin().subtract(from.salaryMin());
        }

        public BigDecimal salaryMaxChange() {
            return to.salaryMax().subtract(from.salaryMax());
        }

        BigDecimal earliness() {
            BigDecimal sum = BigDecimal.ZERO;
            for (PathStep s : steps) {
                sum = sum.add(s.to().salaryMax().subtract(from.salaryMax()));
            }
            return sum;
        }
    }

    private static final Comparator<Path> RANK = Comparator
            .comparingInt((Path p) -> p.steps().size())
            .thenComparing(Path::salaryMaxChange, Comparator.reverseOrder())
            .thenComparing(Path::earliness, Comparator.reverseOrder());

    /** Routes looked at per target at most, as the catalog's path finder does: bounds the work on dense ladders. */
    private static final int MAX_ROUTES = 100;

    private CareerLadders() {
    }

    /**
     * Every ELTPA class reachable from {@code from}, each with its best path, nearest first. Steps
     * touching a class not in {@code classes} (abolished, or without a salary range) are left out.
     */
    public static List<Path> reachableEltpa(String from, Map<String, ClassInfo> classes, List<Step> steps) {
        ClassInfo source = classes.get(from);
        if (source == null) {
            return List.of();
        }
        Map<String, List<Step>> out = new HashMap<>();
        for (Step s : steps) {
            if (classes.containsKey(s.fromClass()) && classes.containsKey(s.toClass())) {
                out.computeIfAbsent(s.fromClass(), k -> new ArrayList<>()).add(s);
            }
        }
        Map<String, List<String>> predecessors = shortestPathPredecessors(out, from);
        List<Path> best = new ArrayList<>();
        for (String code : predecessors.keySet()) {
            ClassInfo target = classes.get(code);
            if (code.equals(from) || !target.isEltpa()) {
                continue;
            }
            List<List<String>> routes = new ArrayList<>();
            collectRoutes(predecessors, from, code, new ArrayDeque<>(List.of(code)), routes);
            routes.stream().map(r -> path(classes, out, source, target, r)).min(RANK).ifPresent(best::add);
        }
        best.sort(RANK.thenComparing(p -> p.to().classCode()));
        return best;
    }

    private static Path path(Map<String, ClassInfo> classes, Map<String, List<Step>> out, ClassInfo source,
                             ClassInfo target, List<String> route) {
        List<PathStep> result = new ArrayList<>();
        for (int i = 0; i + 1 < route.size(); i++) {
            String a = route.get(i);
            String b = route.get(i + 1);
            Step step = out.get(a).stream().filter(s -> s.toClass().equals(b)).findFirst().orElseThrow();
            result.add(new PathStep(classes.get(a), classes.get(b), step.kind()));
        }
        return new Path(source, target, result);
    }

    /** Breadth-first from {@code from}: for each class reached, every predecessor on a shortest route. */
    private static Map<String, List<String>> shortestPathPredecessors(Map<String, List<Step>> out, String from) {
        Map<String, Integer> depth = new HashMap<>();
        Map<String, List<String>> predecessors = new LinkedHashMap<>();
        depth.put(from, 0);
        predecessors.put(from, List.of());
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String c = queue.poll();
            for (Step s : out.getOrDefault(c, List.of())) {
                String next = s.toClass();
                Integer d = depth.get(next);
                if (d == null) {
                    depth.put(next, depth.get(c) + 1);
                    predecessors.put(next, new ArrayList<>(List.of(c)));
                    queue.add(next);
                } else if (d == depth.get(c) + 1) {
                    predecessors.get(next).add(c);
                }
            }
        }
        return predecessors;
    }

    private static void collectRoutes(Map<String, List<String>> predecessors, String from, String at,
                                      Deque<String> suffix, List<List<String>> routes) {
        if (routes.size() >= MAX_ROUTES) {
            return;
        }
        if (at.equals(from)) {
            routes.add(new ArrayList<>(suffix));
            return;
        }
        for (String p : predecessors.get(at)) {
            suffix.addFirst(p);
            collectRoutes(predecessors, from, p, suffix, routes);
            suffix.removeFirst();
        }
    }
}
