package gov.ca.calhr.um.testkit.houserules.bad.domain;

import org.apache.kafka.common.TopicPartition;

/** Fixture: a domain class that knows Kafka. */
public class Rule {
    public TopicPartition partition = new TopicPartition("t", 0);
}
