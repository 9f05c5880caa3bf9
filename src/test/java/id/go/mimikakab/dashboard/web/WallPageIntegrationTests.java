package id.go.mimikakab.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportSubmission;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class WallPageIntegrationTests {

    static final String MIMIKA_BARU = "94.04.01";
    static final String KWAMKI = "94.04.01.1002";
    static final String TEMBAGAPURA = "94.04.10";
    static final String WAA = "94.04.10.2002";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ReportIntake intake;

    @Test
    void theCommandCentreSeesTheQueueWithOneClickRoutingToTheSuggestedAgency() {
        String ticket = submit("JALAN", MIMIKA_BARU, KWAMKI, "Jembatan kayu di Kwamki hampir putus " + unique());

        Document page = page("/mcc", "demo-mcc");

        assertThat(page.getElementById("w-" + ticket)).isNotNull();
        assertThat(page.select("#w-" + ticket + " a.ticket").attr("href")).isEqualTo("/mcc/laporan/" + ticket);
        assertThat(page.select("#w-" + ticket + " form.route").attr("action")).isEqualTo("/mcc/laporan/" + ticket + "/teruskan");
        assertThat(page.select("#w-" + ticket + " form.route input[name=agencyCode]").val()).isEqualTo("PUPR");
        assertThat(page.select("#w-" + ticket + " form.route button").text()).isEqualTo("Teruskan ke Dinas PUPR");
        assertThat(page.select("#w-" + ticket).attr("data-light")).isEqualTo("YELLOW");
        assertThat(page.select("#w-" + ticket + " .light").text()).isEqualTo("Kuning");
    }

    @Test
    void theBupatiSeesTheWallWithoutRoutingButtons() {
        String ticket = submit("JALAN", MIMIKA_BARU, KWAMKI, "Jalan ke pasar tergenang lumpur " + unique());

        Document page = page("/mcc", "demo-bupati");

        assertThat(page.getElementById("w-" + ticket)).isNotNull();
        assertThat(page.select("form.route")).isEmpty();
        assertThat(page.select("#main").attr("data-can-route")).isEqualTo("false");
    }

    @Test
    void agencyStaffAreRefusedTheWallAndItsStream() {
        assertThat(mvc.get().uri("/mcc").header("Authorization", "Bearer demo-pupr.staf")).hasStatus(403);
        assertThat(mvc.get().uri("/mcc/siaran").header("Authorization", "Bearer demo-pupr.staf")).hasStatus(403);
        assertThat(mvc.get().uri("/mcc").header("Authorization", "Bearer demo-admin")).hasStatusOk();
    }

    @Test
    void withoutJavaScriptThePageCarriesTheCountersTheQueueAndARefreshLink() {
        submit("SAMPAH", MIMIKA_BARU, KWAMKI, "Sampah di TPS belum diangkut " + unique());

        Document page = page("/mcc", "demo-mcc", "period", "7d", "category", "SAMPAH");

        assertThat(Long.parseLong(page.select("[data-total=open]").text().replace(".", ""))).isPositive();
        assertThat(page.select("[data-total=red]").text()).isNotBlank();
        assertThat(page.getElementById("wall-refresh").attr("href")).contains("period=7d").contains("category=SAMPAH");
        assertThat(page.select("#wall-heat li")).hasSize(18);
        assertThat(page.select("#wall-heat li[data-district=94.04.01] .heat-counts").text()).matches("[0-9.]+ terbuka · [0-9.]+ merah");
        assertThat(page.select("#main").attr("data-stream")).startsWith("/mcc/siaran?after=");
    }

    @Test
    void filtersNarrowTheQueue() {
        String word = unique();
        String road = submit("JALAN", MIMIKA_BARU, KWAMKI, "Aspal mengelupas di jalan utama " + word);
        String light = submit("PJU", TEMBAGAPURA, WAA, "Lampu jalan padam di tikungan " + word);

        assertThat(tickets("q", word)).containsExactlyInAnyOrder(road, light);
        assertThat(tickets("q", word, "category", "JALAN")).containsExactly(road);
        assertThat(tickets("q", word, "district", TEMBAGAPURA)).containsExactly(light);
        assertThat(tickets("q", word, "agency", "PUPR")).isEmpty();
        assertThat(tickets("q", word, "light", "YELLOW", "period", "today")).containsExactlyInAnyOrder(road, light);
        assertThat(tickets("q", word, "light", "RED")).isEmpty();
    }

    @Test
    void searchFindsByTicketOrByTextWhateverTheCase() {
        String word = unique();
        String ticket = submit("AIR", MIMIKA_BARU, KWAMKI, "Pipa air bersih BOCOR di depan sekolah " + word);

        assertThat(tickets("q", "bocor di DEPAN sekolah " + word)).containsExactly(ticket);
        assertThat(tickets("q", ticket.toLowerCase())).containsExactly(ticket);
        assertThat(tickets("q", word + "%")).as("a wildcard is searched for as a character").isEmpty();
        assertThat(tickets("q", "pipa_air")).as("so is an underscore").doesNotContain(ticket);
    }

    @Test
    void aReportWithoutCoordinatesIsPlacedAtItsDistrictsApproximateCentre() {
        String ticket = submit("JALAN", TEMBAGAPURA, WAA, "Longsor kecil menutup separuh jalan " + unique());

        Document page = page("/mcc", "demo-mcc");

        assertThat(page.select("#w-" + ticket).attr("data-approximate")).isEqualTo("true");
        assertThat(page.select("#w-" + ticket).attr("data-lat")).isEqualTo("-4.14");
        assertThat(page.select("#w-" + ticket).attr("data-lon")).isEqualTo("137.09");
    }

    private Document page(String uri, String token, String... params) {
        var request = mvc.get().uri(uri).header("Authorization", "Bearer " + token);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private java.util.List<String> tickets(String... params) {
        return page("/mcc", "demo-mcc", params).select("#wall-queue > li").eachAttr("data-ticket");
    }

    private String submit(String category, String district, String village, String description) {
        return intake.submit(new ReportSubmission("COMPLAINT", category, description, district, village, null, null, null,
                false, false, null, null, null), Channel.WEB, null, null).ticket();
    }

    private static String unique() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
