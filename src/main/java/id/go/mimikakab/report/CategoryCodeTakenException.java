package id.go.mimikakab.report;

/** Refuses a new category whose code another category already has. */
public class CategoryCodeTakenException extends RuntimeException {

    public CategoryCodeTakenException(String code) {
        super("Category code already in use: " + code);
    }
}
