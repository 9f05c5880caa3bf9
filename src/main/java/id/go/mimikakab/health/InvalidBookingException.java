package id.go.mimikakab.health;

import java.util.List;

/** A booking whose fields are wrong, with every problem found. */
public class InvalidBookingException extends RuntimeException {

    private final transient List<BookingProblem> problems;

    public InvalidBookingException(List<BookingProblem> problems) {
        super("Invalid booking: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<BookingProblem> problems() {
        return problems;
    }
}
