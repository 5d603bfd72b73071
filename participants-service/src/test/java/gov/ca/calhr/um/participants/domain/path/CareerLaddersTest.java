package gov.ca.calhr.um.participants.domain.path;

import gov.ca.calhr.um.participants.domain.path.CareerLadders.ClassInfo;
import gov.ca.calhr.um.participants.domain.path.CareerLadders.Path;
import gov.ca.calhr.um.participants.domain.path.CareerLadders.Step;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reachable ELTPA classes over the ladders, with expected figures worked out by hand. */
class CareerLaddersTest {

    private static ClassInfo c(String code, String category, int min, int max) {
        return new ClassInfo(code, "class " + code, category, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    private static final Map<String, ClassInfo> CLASSES = Map.of(
            "1441", c("1441", "LPEL", 3135, 3927),
            "1139", c("1139", "LPEL", 3615, 4525),
            "5278", c("5278", "BRIDGING", 3692, 4623),
            "5157", c("5157", "ELTPA", 4045, 6351),
            "5393", c("5393", "ELTPA", 4800, 7000),
            "1150", c("1150", "NONE", 3900, 4900));

    private static List<String> route(Path p) {
        return p.steps().stream().map(s -> s.to().classCode()).toList();
    }

    @Test
    void everyReachableEltpaClassByItsShortestPathWithTheSalaryChanges() {
        List<Step> steps = List.of(new Step("1441", "1139", "PROMOTION"), new Step("1139", "5278", "BRIDGING"),
                new Step("5278", "5157", "PROMOTION"), new Step("1139", "5157", "PROMOTION"),
                new Step("5157", "5393", "PROMOTION"));

        List<Path> reachable = CareerLadders.reachableEltpa("1441", CLASSES, steps);

        // 5278 is bridging, not ELTPA: passed through, not listed; nearest first
        assertThat(reachable).extracting(p -> p.to().classCode()).containsExactly("5157", "5393");
        Path analyst = reachable.get(0);
        assertThat(route(analyst)).containsExactly("1139", "5157");
        // 4045 - 3135 and 6351 - 3927
        assertThat(analyst.salaryMinChange()).isEqualByComparingTo("910");
        assertThat(analyst.salaryMaxChange()).isEqualByComparingTo("2424");
        assertThat(analyst.steps()).extracting(s -> s.salaryMaxChange().intValue()).containsExactly(598, 1826);
        assertThat(route(reachable.get(1))).containsExactly("1139", "5157", "5393");
        assertThat(reachable.get(1).salaryMaxChange()).isEqualByComparingTo("3073");
    }

    @Test
    void amongPathsOfTheSameLengthTheOneThatRaisesPayEarliestWins() {
        // two routes of two steps to 5157: through 1150 (top of range +375 at once) or 5278 (+98)
        List<Step> steps = List.of(new Step("1139", "5278", "BRIDGING"), new Step("5278", "5157", "PROMOTION"),
                new Step("1139", "1150", "PROMOTION"), new Step("1150", "5157", "PROMOTION"));

        List<Path> reachable = CareerLadders.reachableEltpa("1139", CLASSES, steps);

        assertThat(reachable).singleElement().satisfies(p -> assertThat(route(p)).containsExactly("1150", "5157"));
    }

    @Test
    void classesOutOfForceAndUnknownStartsLeadNowhere() {
        List<Step> steps = List.of(new Step("1139", "5157", "PROMOTION"), new Step("1139", "9999", "PROMOTION"));
        Map<String, ClassInfo> without5157 = Map.of("1139", CLASSES.get("1139"));

        assertThat(CareerLadders.reachableEltpa("1139", without5157, steps)).isEmpty();
        assertThat(CareerLadders.reachableEltpa("4242", CLASSES, steps)).isEmpty();
        assertThat(CareerLadders.reachableEltpa("1139", CLASSES, List.of())).isEmpty();
    }
}
