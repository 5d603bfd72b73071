package gov.ca.calhr.um.commons.error;

import java.util.Map;

/**
 * Well-formed input that lacks what the program's rules require at this step (a plan missing items
 * before approval, a report missing the explanation of goals missed twice).
 */
public final class Incomplete extends DomainException {

    /**
     * @param kind    the problem's kind, e.g. {@code plan-incomplete}
     * @param title   its summary, e.g. {@code Plan incomplete}
     * @param members the answer's further members: {@code violations} naming what is missing
     */
    public Incomplete(String kind, String title, String detail, Map<String, Object> members) {
        super(kind, title, detail, members);
    }
}
