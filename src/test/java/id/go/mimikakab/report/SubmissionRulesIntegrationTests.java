package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The rules a submission must meet, as the form, the API and Open311 report them: every bad field at once, in the
 * order of the form, each with its message key and its English text, and a checked report cleaned and normalised.
 */
@SpringBootTest
class SubmissionRulesIntegrationTests {

    @Autowired
    ReportIntake intake;

    @Test
    void listsEveryBadFieldInTheOrderOfTheForm() {
        List<FieldProblem> problems = problems(new ReportSubmission("PUJIAN", "TIDAKADA", " rusak ", "94.04.99",
                "94.04.99.9999", 1.0, null, "a".repeat(301), null, null, "n".repeat(121), "12345", "bukan-email"));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("kind", "categoryCode", "description",
                "districtCode", "villageCode", "latitude", "address", "reporterName", "reporterPhone", "reporterEmail");
        assertThat(problems).extracting(FieldProblem::code).containsExactly("report.kind.required",
                "report.category.unknown", "report.description.tooShort", "report.district.unknown",
                "report.village.unknown", "report.location.outside", "report.address.tooLong", "report.name.tooLong",
                "report.phone.invalid", "report.email.invalid");
        assertThat(problems).extracting(FieldProblem::message).containsExactly(
                "Choose COMPLAINT, ASPIRATION or INFORMATION_REQUEST.", "Unknown category: TIDAKADA",
                "Describe the problem in at least 10 characters.", "Unknown district: 94.04.99",
                "Unknown village: 94.04.99.9999", "The map point must have both latitude and longitude, inside Mimika.",
                "The address has at most 300 characters.", "The name has at most 120 characters.",
                "A mobile number starts with +62, 62 or 0, then 8 and 7 to 10 more digits.", "Not an e-mail address.");
    }

    @Test
    void asksForAPlaceAfterAPointOutsideTheRegency() {
        List<FieldProblem> problems = problems(new ReportSubmission(" ", "", "x".repeat(4001), null, null, -4.5, 140.0,
                null, null, null, null, null, null));

        assertThat(problems).extracting(FieldProblem::code).containsExactly("report.kind.required",
                "report.category.required", "report.description.tooLong", "report.location.outside",
                "report.location.required");
        assertThat(problems).extracting(FieldProblem::field).containsExactly("kind", "categoryCode", "description",
                "latitude", "villageCode");
        assertThat(problems.get(0).message()).isEqualTo("Choose COMPLAINT, ASPIRATION or INFORMATION_REQUEST.");
        assertThat(problems.get(2).message()).isEqualTo("The description has at most 4000 characters.");
        assertThat(problems.get(4).message()).isEqualTo("Choose the district and village, or give a map point.");
    }

    @Test
    void refusesAVillageOfAnotherDistrict() {
        List<FieldProblem> problems = problems(valid("94.04.01", "94.04.02.2001", null, null));

        assertThat(problems).extracting(FieldProblem::code).containsExactly("report.village.notInDistrict");
        assertThat(problems.get(0).message()).isEqualTo("Village 94.04.02.2001 is not in district 94.04.01.");
    }

    @Test
    void acceptsAMapPointInsteadOfAVillage() {
        NewReport report = intake.check(valid(null, null, -4.55, 136.89));

        assertThat(report.latitude()).isEqualTo(-4.55);
        assertThat(report.longitude()).isEqualTo(136.89);
        assertThat(report.villageCode()).isNull();
    }

    @Test
    void takesTheDistrictFromTheVillageAndNormalisesTheContactDetails() {
        NewReport report = intake.check(new ReportSubmission(" COMPLAINT ", " JALAN ", "Jalan berlubang di depan pasar",
                null, "94.04.02.2001", null, null, null, true, null, " Yosef ", "0812-3456.7890", " Yosef@Example.ORG "));

        assertThat(report.kind()).isEqualTo(ReportKind.COMPLAINT);
        assertThat(report.categoryCode()).isEqualTo("JALAN");
        assertThat(report.districtCode()).isEqualTo("94.04.02");
        assertThat(report.reporterName()).isEqualTo("Yosef");
        assertThat(report.reporterPhone()).isEqualTo("+6281234567890");
        assertThat(report.reporterEmail()).isEqualTo("yosef@example.org");
        assertThat(report.anonymous()).isTrue();
        assertThat(report.confidential()).isFalse();
    }

    private static ReportSubmission valid(String district, String village, Double lat, Double lon) {
        return new ReportSubmission("COMPLAINT", "JALAN", "Jalan berlubang di depan pasar", district, village, lat, lon,
                null, null, null, null, null, null);
    }

    private List<FieldProblem> problems(ReportSubmission submission) {
        return catchThrowableOfType(InvalidReportException.class, () -> intake.check(submission)).problems();
    }
}
