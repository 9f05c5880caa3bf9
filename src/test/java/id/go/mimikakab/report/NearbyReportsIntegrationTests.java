package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.go.mimikakab.account.StaffAccounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * "Sudah dilaporkan?": near a point in Jita, the open public reports of the same category come nearest first; a
 * confidential one, one of another category, a rejected one and one far outside the district are never among them.
 */
@SpringBootTest
class NearbyReportsIntegrationTests {

    private static final String JITA = "94.04.05";
    private static final String SEMPAN_TIMUR = "94.04.05.2001";
    private static final String AMAR = "94.04.17";
    private static final String AMAR_VILLAGE = "94.04.17.2001";
    /** A point in Jita, near its (approximate) centre. */
    private static final double LAT = -4.93;
    private static final double LON = 137.35;

    @Autowired
    NearbyReports nearby;

    @Autowired
    ReportIntake intake;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    StaffAccounts accounts;

    @Test
    void openPublicReportsOfTheCategoryComeNearestFirstAndConfidentialOnesNever() {
        String far = submit("PJU", JITA, SEMPAN_TIMUR, LAT + 0.02, LON, false);
        String near = submit("PJU", JITA, SEMPAN_TIMUR, LAT + 0.001, LON, false);
        String middle = submit("PJU", JITA, SEMPAN_TIMUR, LAT + 0.008, LON, false);
        String confidential = submit("PJU", JITA, SEMPAN_TIMUR, LAT, LON + 0.0005, true);
        String otherCategory = submit("AIR", JITA, SEMPAN_TIMUR, LAT, LON, false);
        String rejected = submit("PJU", JITA, SEMPAN_TIMUR, LAT + 0.0002, LON, false);
        workflow.reject(accounts.findByUsername("mcc").orElseThrow().member(), new TicketNumber(rejected), RejectionReason.SPAM,
                "Bukan pengaduan layanan publik.", null);
        String elsewhere = submit("PJU", AMAR, AMAR_VILLAGE, -4.88, 136.78, false);

        List<NearbyReports.Nearby> found = nearby.near("PJU", LAT, LON, null, null);
        List<String> tickets = found.stream().map(NearbyReports.Nearby::ticket).toList();

        assertThat(tickets).containsSubsequence(near, middle, far)
                .doesNotContain(confidential, otherCategory, rejected, elsewhere);
        assertThat(found.get(tickets.indexOf(near)).kilometres()).isBetween(0.05, 0.2);
        assertThat(found.get(tickets.indexOf(near)).approximate()).isFalse();
    }

    @Test
    void withoutAPointTheChosenVillageOrDistrictIsTheNeighbourhood() {
        String inVillage = submit("SAMPAH", JITA, SEMPAN_TIMUR, null, null, false);
        String elsewhere = submit("SAMPAH", AMAR, AMAR_VILLAGE, null, null, false);

        List<String> byVillage = nearby.near("SAMPAH", null, null, null, SEMPAN_TIMUR).stream().map(NearbyReports.Nearby::ticket).toList();
        List<String> byDistrict = nearby.near("SAMPAH", null, null, JITA, null).stream().map(NearbyReports.Nearby::ticket).toList();

        assertThat(byVillage).contains(inVillage).doesNotContain(elsewhere);
        assertThat(byDistrict).contains(inVillage).doesNotContain(elsewhere);
        assertThat(nearby.near(null, LAT, LON, JITA, null)).as("without a category").isEmpty();
        assertThat(nearby.near("SAMPAH", null, null, null, null)).as("without a place").isEmpty();
    }

    private String submit(String category, String district, String village, Double lat, Double lon, boolean confidential) {
        return intake.submit(new ReportSubmission("COMPLAINT", category, "Masalah di dekat balai kampung " + System.nanoTime(),
                district, village, lat, lon, null, false, confidential, null, null, null), Channel.WEB, null, null).ticket();
    }
}
