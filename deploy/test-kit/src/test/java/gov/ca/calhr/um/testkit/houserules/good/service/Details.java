package gov.ca.calhr.um.testkit.houserules.good.service;

/** Fixture: a record in a service package answers with many fields; it is not a service. */
public record Details(String a, String b, String c, String d, String e, String f, String g, String h, String i) {
}
