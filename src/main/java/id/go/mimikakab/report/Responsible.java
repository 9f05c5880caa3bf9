package id.go.mimikakab.report;

/** Who owes a report its next step: the command centre, or an agency named by its code. */
public record Responsible(Type type, String code) {

    /** The two kinds of responsible party. */
    public enum Type {
        /** Mimika Command Center, verifying and routing. */
        COMMAND_CENTER,
        /** The agency the report was routed to. */
        AGENCY
    }
}
