package gov.ca.calhr.um.commons.events;

/** An incoming event that can never be processed; the consumer lets it go to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }
}
