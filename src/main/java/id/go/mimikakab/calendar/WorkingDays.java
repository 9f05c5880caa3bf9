package id.go.mimikakab.calendar;

/** A number of working days, as service-level rules count them; between 1 and 365. */
public record WorkingDays(int count) {

    public static final int MAX = 365;

    public WorkingDays {
        if (count < 1 || count > MAX) {
            throw new IllegalArgumentException("A number of working days must be between 1 and " + MAX + ", not " + count);
        }
    }

    public static WorkingDays of(int count) {
        return new WorkingDays(count);
    }
}
