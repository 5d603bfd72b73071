package gov.ca.calhr.um.testkit;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The house rules catch each kind of violation (fixtures under houserules.bad) and pass a sound layering. */
class HouseRulesTest {

    private static final String FIXTURES = "gov.ca.calhr.um.testkit.houserules.";

    @Test
    void eachRuleCatchesItsViolation() {
        String bad = FIXTURES + "bad";
        List<String> broken = HouseRules.broken(HouseRules.forService(bad),
                new ClassFileImporter().importPackages(bad));
        assertThat(broken).hasSize(9);
        assertThat(String.join("\n", broken))
                .contains("Field <" + bad + ".rest.Resource.store> has type <" + bad + ".repository.Store>")
                .contains("Field <" + bad + ".domain.Rule.partition> has type <org.apache.kafka.common.TopicPartition>")
                .contains("Field <" + bad + ".messaging.Consumer.resource> has type <" + bad + ".rest.Resource>")
                .contains("Field <" + bad + ".rest.Queries.em> has type <jakarta.persistence.EntityManager>")
                .contains("Method <" + bad + ".service.Lister.list()> has raw return type")
                .contains("Method <" + bad + ".service.Lister.refuse()> calls constructor <gov.ca.calhr.um.commons.problem")
                .contains("Method <" + bad + ".service.Finder.find()> calls method <" + bad
                        + ".repository.Store.list(java.lang.String, [Ljava.lang.Object;)>")
                .contains("Method <" + bad + ".rest.Queries.count()> calls method "
                        + "<jakarta.persistence.EntityManager.createQuery(java.lang.String)>")
                .contains("because queries live in repositories")
                .contains("Constructor <" + bad + ".service.Crowded.<init>(")
                .contains("takes 9 collaborators")
                .contains("Cycle detected")
                .contains("because resources call services")
                .contains("because the domain holds the program's rules");
    }

    @Test
    void aSoundLayeringPasses() {
        String good = FIXTURES + "good";
        assertThat(HouseRules.broken(HouseRules.forService(good), new ClassFileImporter().importPackages(good)))
                .isEmpty();
    }
}
