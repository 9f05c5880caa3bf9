package id.go.mimikakab.casework;

/** Who owes a case its next step while a deadline runs, or the citizen while the government waits for them. */
public enum Party {
    /** Mimika Command Center, verifying and routing. */
    COMMAND_CENTER,
    /** The agency the case is with. */
    AGENCY,
    /** The citizen, asked a question or to correct something; the government's clock is paused. */
    CITIZEN;

    /** Whether a government deadline runs while this party owes the next step. */
    public boolean government() {
        return this != CITIZEN;
    }
}
