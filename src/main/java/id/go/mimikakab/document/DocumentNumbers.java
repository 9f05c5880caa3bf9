package id.go.mimikakab.document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers documents per agency and year, "00042/DISDUKCAPIL/2026". The counter row of the agency and year is
 * incremented in the caller's transaction, whose row lock keeps concurrent issues in line until it commits; a
 * rolled-back issue gives its number back, so numbers have no gaps except where a commit itself failed.
 */
@Component
class DocumentNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    DocumentNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(String agencyCode, int year) {
        if (increment(agencyCode, year) == 0) {
            createCounter(agencyCode, year);
            if (increment(agencyCode, year) == 0) {
                throw new IllegalStateException("No document counter for " + agencyCode + " " + year);
            }
        }
        int number = jdbc.sql("select last_number from document_sequence where agency_code = :agency and issue_year = :year")
                .param("agency", agencyCode)
                .param("year", year)
                .query(Integer.class)
                .single();
        return format(number, agencyCode, year);
    }

    static String format(int number, String agencyCode, int year) {
        return String.format("%05d/%s/%d", number, agencyCode, year);
    }

    private int increment(String agencyCode, int year) {
        return jdbc.sql("update document_sequence set last_number = last_number + 1 where agency_code = :agency and issue_year = :year")
                .param("agency", agencyCode)
                .param("year", year)
                .update();
    }

    /** The first issue of a year makes the counter in a transaction of its own, so a racing twin cannot abort the caller's. */
    private void createCounter(String agencyCode, int year) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                            insert into document_sequence (agency_code, issue_year, last_number)
                            select :agency, :year, 0 where not exists
                                (select 1 from document_sequence where agency_code = :agency and issue_year = :year)""")
                    .param("agency", agencyCode)
                    .param("year", year)
                    .update());
        } catch (DuplicateKeyException raced) {
            // another transaction made it first; the caller's increment now finds it
        }
    }
}
