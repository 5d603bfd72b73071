package gov.ca.calhr.um.testkit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape every service keeps, as rules its test suite checks (README, "How the pieces fit"):
 * {@code rest} calls {@code service}; {@code service} and {@code domain} decide; {@code repository}
 * reads and writes; {@code messaging} consumes and announces. A violation fails the build with the
 * rule it breaks and each offending dependency.
 */
public final class HouseRules {

    private HouseRules() {
    }

    /** Checks a service's production classes, e.g. {@code check("gov.ca.calhr.um.participants")}. */
    public static void check(String servicePackage) {
        check(forService(servicePackage), imported(servicePackage));
    }

    /** Checks the shared library: its packages depend on each other without cycles. */
    public static void checkCommons() {
        String commons = "gov.ca.calhr.um.commons";
        check(List.of(freeOfCycles(commons)), imported(commons));
    }

    /** Every rule is evaluated; the failure names each one broken, with its violations. */
    private static void check(List<ArchRule> rules, JavaClasses classes) {
        List<String> broken = broken(rules, classes);
        if (!broken.isEmpty()) {
            throw new AssertionError("the house rules are broken:" + System.lineSeparator()
                    + String.join(System.lineSeparator() + System.lineSeparator(), broken));
        }
    }

    /** The failure report of each rule the classes break. */
    static List<String> broken(List<ArchRule> rules, JavaClasses classes) {
        return rules.stream().map(rule -> rule.evaluate(classes)).filter(EvaluationResult::hasViolation)
                .map(result -> result.getFailureReport().toString()).toList();
    }

    static List<ArchRule> forService(String p) {
        // a service need not have every package (the catalog consumes no events)
        return Stream.of(
                noClasses().that().resideInAPackage(p + ".rest..")
                        .should().dependOnClassesThat().resideInAPackage(p + ".repository..")
                        .because("resources call services; what is stored and how is the services' business"),
                noClasses().that().resideInAPackage(p + ".rest..")
                        .should().dependOnClassesThat().resideInAnyPackage("io.quarkus.hibernate.orm.panache..",
                                "jakarta.persistence..", "org.hibernate..")
                        .because("resources get pages and records from services, not queries or entity managers"),
                noMethods().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage(p + ".service..")
                        .should().haveRawReturnType(JavaClass.Predicates.resideInAPackage(
                                "io.quarkus.hibernate.orm.panache.."))
                        .because("a service answers a page or records; the query it ran stays inside"),
                noClasses().that().resideInAPackage(p + ".domain..")
                        .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.hibernate..",
                                "org.apache.kafka..", "io.quarkus..", "io.smallrye..", "io.vertx..",
                                "io.quarkiverse..")
                        .because("the domain holds the program's rules, free of web, Hibernate, Kafka and Quarkus "
                                + "types (persistence mapping annotations of jakarta.persistence are allowed)"),
                noClasses().that().resideInAnyPackage(p + ".service..", p + ".domain..", p + ".repository..",
                                p + ".events..", p + ".messaging..")
                        .should().dependOnClassesThat().resideInAnyPackage("io.quarkiverse.resteasy.problem..",
                                "gov.ca.calhr.um.commons.problem..")
                        .because("services and the domain raise domain errors (gov.ca.calhr.um.commons.error); "
                                + "only the REST layer speaks in HTTP problems"),
                noClasses().that().resideInAnyPackage(p + ".rest..", p + ".service..", p + ".domain..",
                                p + ".events..", p + ".messaging..")
                        .should().callMethodWhere(runsAQuery(p + ".repository"))
                        .because("queries live in repositories, named for what they return"),
                constructors().that().areDeclaredInClassesThat().resideInAPackage(p + ".service..")
                        .and().areDeclaredInClassesThat(BEANS)
                        .should(takeAtMost(MAX_COLLABORATORS))
                        .because("a service that needs more collaborators does several jobs: split it along them"),
                noClasses().that().resideInAPackage(p + ".messaging..")
                        .should().dependOnClassesThat().resideInAPackage(p + ".rest..")
                        .because("consumers hand events to services, not to the REST layer's types"),
                freeOfCycles(p)).map(rule -> rule.allowEmptyShould(true)).toList();
    }

    /** The most collaborators a service's constructor takes (configuration objects count). */
    static final int MAX_COLLABORATORS = 8;

    /** CDI beans: classes with a bean scope (records and helpers in a service package are not services). */
    private static final DescribedPredicate<JavaClass> BEANS = DescribedPredicate.describe("CDI beans",
            c -> c.getAnnotations().stream().map(a -> a.getRawType().getName()).anyMatch(Set.of(
                    "jakarta.enterprise.context.ApplicationScoped", "jakarta.enterprise.context.RequestScoped",
                    "jakarta.inject.Singleton", "jakarta.enterprise.context.Dependent")::contains));

    private static ArchCondition<JavaConstructor> takeAtMost(int collaborators) {
        return new ArchCondition<>("take at most " + collaborators + " collaborators") {
            @Override
            public void check(JavaConstructor constructor, ConditionEvents events) {
                int taken = constructor.getRawParameterTypes().size();
                if (taken > collaborators) {
                    events.add(SimpleConditionEvent.violated(constructor, "Constructor <" + constructor.getFullName()
                            + "> takes " + taken + " collaborators"));
                }
            }
        };
    }

    /** Panache's methods that take a query string as their first argument. */
    private static final Set<String> PANACHE_QUERIES = Set.of("find", "list", "stream", "count", "update",
            "delete");

    /**
     * A call that runs a query: the entity manager's (or Hibernate session's) query factories, a
     * repository's entity manager, or a Panache method given a query string.
     */
    private static DescribedPredicate<JavaMethodCall> runsAQuery(String repositories) {
        return DescribedPredicate.describe("runs a query (entity manager, getEntityManager() or a Panache "
                + "query string)", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            if (owner.equals("jakarta.persistence.EntityManager") || owner.startsWith("org.hibernate.")) {
                return name.startsWith("create") && name.contains("Query");
            }
            boolean store = owner.startsWith(repositories + ".") || owner.startsWith("io.quarkus.hibernate.orm.panache.");
            if (!store) {
                return false;
            }
            List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
            boolean panacheStyle = name.equals("getEntityManager") || PANACHE_QUERIES.contains(name)
                    && !parameters.isEmpty() && parameters.get(0).getName().equals(String.class.getName());
            // a repository's own method of that name (find(department, year)) is a named query, not a string
            boolean declaredByTheRepository = call.getTarget().resolveMember()
                    .map(method -> method.getOwner().getName().startsWith(repositories + "."))
                    .orElse(false);
            return panacheStyle && !declaredByTheRepository;
        });
    }

    private static ArchRule freeOfCycles(String p) {
        return slices().matching(p + ".(*)..").namingSlices("package $1 of " + p)
                .should().beFreeOfCycles()
                .because("each package builds on the ones below it; a cycle makes them one package");
    }

    private static JavaClasses imported(String p) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(p);
    }
}
