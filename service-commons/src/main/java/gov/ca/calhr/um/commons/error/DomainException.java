package gov.ca.calhr.um.commons.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a request or an event cannot be done, in the program's terms, raised by services and the
 * domain. The REST layer answers each kind as an RFC 9457 problem (its {@code type} ends in
 * {@link #kind()}); a consumer dead-letters the record that caused one instead of retrying it.
 * <p>The kinds: {@link NotFound}, {@link NotAllowed}, {@link ConflictWithState},
 * {@link InvalidInput}, {@link UnknownReference} and {@link Incomplete}.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, NotAllowed, ConflictWithState, InvalidInput, UnknownReference, Incomplete {

    private final String kind;
    private final String title;
    private final Map<String, Object> members;

    DomainException(String kind, String title, String detail, Map<String, Object> members) {
        super(detail, null, false, false);
        this.kind = kind;
        this.title = title;
        this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /** The kind of problem, the last segment of its type URI (e.g. {@code not-found}). */
    public String kind() {
        return kind;
    }

    /** A short summary of the kind, the same for every occurrence. */
    public String title() {
        return title;
    }

    /** What went wrong in this case, for a person to read. */
    public String detail() {
        return getMessage();
    }

    /** Further members of the answer, e.g. {@code violations} naming the fields. */
    public Map<String, Object> members() {
        return members;
    }
}
