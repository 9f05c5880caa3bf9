package id.go.mimikakab.health;

import java.util.List;

import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.FieldProblem;
import id.go.mimikakab.report.InvalidReportException;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;

import org.springframework.stereotype.Component;

/**
 * A complaint about a health unit, made from the booking pages: it becomes a citizen report of the category
 * {@value #CATEGORY}, whose agency is Dinas Kesehatan, placed at the unit's village, through the report module's public
 * intake, so it follows the same rules (verification, routing, five working days, the leaders' red list).
 */
@Component
public class UnitComplaints {

    /** The seed category of health-service complaints; it routes to DINKES. */
    public static final String CATEGORY = "KESEHATAN";

    private final ReportIntake intake;
    private final HealthUnits units;

    UnitComplaints(ReportIntake intake, HealthUnits units) {
        this.intake = intake;
        this.units = units;
    }

    /** The report as the intake will check it; the description names the unit so Dinkes sees which one it is. */
    public ReportSubmission submission(String unitCode, String description, String name, String phone, String email,
            boolean anonymous) {
        HealthUnit unit = units.require(unitCode);
        if (description == null || description.strip().length() < ReportIntake.MIN_DESCRIPTION) {
            // the unit's name is put before the citizen's words, which must be long enough on their own
            throw new InvalidReportException(List.of(new FieldProblem("description", "report.description.tooShort",
                    "Describe the problem in at least " + ReportIntake.MIN_DESCRIPTION + " characters.")));
        }
        String text = description == null || description.isBlank() ? description : unit.name() + ": " + description.strip();
        return new ReportSubmission("COMPLAINT", CATEGORY, text, unit.districtCode(), unit.villageCode(), null, null, null,
                anonymous, false, name, phone, email);
    }

    /** Sends the complaint; a retry with the same idempotency key answers the same ticket. */
    public Receipt submit(ReportSubmission submission, String idempotencyKey) {
        return intake.submit(submission, Channel.WEB, null, idempotencyKey);
    }
}
