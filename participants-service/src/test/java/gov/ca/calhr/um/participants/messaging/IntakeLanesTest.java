package gov.ca.calhr.um.participants.messaging;

import gov.ca.calhr.um.participants.domain.ActionType;
import gov.ca.calhr.um.participants.service.PersonnelActionRequest;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poll of HR's records split into lanes: every record in exactly one lane, all of an employee's
 * records in the same lane and in the order received, no lane empty, at most as many lanes as asked.
 */
class IntakeLanesTest {

    @Property(tries = 300)
    void eachEmployeeStaysInOneLaneInTheOrderReceived(
            @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 30) Integer> employees,
            @ForAll @IntRange(min = 1, max = 8) int count) {
        List<HrPersonnelActionsConsumer.Received> poll = new ArrayList<>();
        for (int offset = 0; offset < employees.size(); offset++) {
            poll.add(received(offset, "E" + employees.get(offset)));
        }

        List<List<HrPersonnelActionsConsumer.Received>> lanes = HrPersonnelActionsConsumer.lanes(poll, count);

        assertThat(lanes).isNotEmpty().hasSizeLessThanOrEqualTo(count);
        if (poll.isEmpty()) {
            assertThat(lanes).containsExactly(List.of());
            return;
        }
        assertThat(lanes).allSatisfy(lane -> assertThat(lane).isNotEmpty());
        assertThat(lanes.stream().mapToInt(List::size).sum()).isEqualTo(poll.size());
        Map<String, Integer> laneOf = new HashMap<>();
        for (int i = 0; i < lanes.size(); i++) {
            long previous = -1;
            for (HrPersonnelActionsConsumer.Received r : lanes.get(i)) {
                assertThat(r.record().offset()).as("records keep the order received").isGreaterThan(previous);
                previous = r.record().offset();
                Integer earlier = laneOf.putIfAbsent(r.request().employeeId(), i);
                assertThat(earlier == null ? i : earlier).as("lane of " + r.request().employeeId()).isEqualTo(i);
            }
        }
    }

    private static HrPersonnelActionsConsumer.Received received(long offset, String employeeId) {
        PersonnelActionRequest request = new PersonnelActionRequest("A" + offset, ActionType.TRANSFER, employeeId,
                "DGS", "P1", null, "1139", "T01", LocalDate.of(2026, 1, 5), null, null, null, null, null);
        return new HrPersonnelActionsConsumer.Received(
                new ConsumerRecord<>("hr.personnel-actions.v1", 0, offset, employeeId, "{}"), request);
    }
}
