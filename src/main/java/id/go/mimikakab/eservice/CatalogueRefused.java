package id.go.mimikakab.eservice;

/** Refuses a change to the catalogue: not allowed for this person, or not a valid service. */
public class CatalogueRefused extends RuntimeException {

    private final boolean notAllowed;

    CatalogueRefused(boolean notAllowed, String message) {
        super(message);
        this.notAllowed = notAllowed;
    }

    public boolean notAllowed() {
        return notAllowed;
    }
}
