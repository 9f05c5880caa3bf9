package id.go.mimikakab.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import id.go.mimikakab.upload.TestPhotos;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Submitting a report with photos through the JSON API and fetching the photos back, as citizens and staff. */
@SpringBootTest
@AutoConfigureMockMvc
class ReportPhotoApiIntegrationTests {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Test
    void storesThePhotosOfASubmissionAndServesThemWithoutMetadataToEveryone() {
        MvcTestResult submitted = submit(report(false, "Jalan berlubang besar di depan Pasar Sentral"), null,
                photo("jalan.jpg", TestPhotos.jpegWithGps(800, 600, 1)), photo("peta.png", TestPhotos.pngWithText(60, 40)));
        assertThat(submitted).hasStatus(201);
        String ticket = body(submitted).get("ticket").asString();

        JsonNode photos = body(mvc.get().uri("/api/v1/reports/" + ticket).exchange()).get("photos");
        assertThat(photos).hasSize(2);
        String url = photos.get(0).get("url").asString();
        assertThat(url).matches("/api/v1/reports/" + ticket + "/photos/\\d+");
        assertThat(photos.get(0).get("thumbnailUrl").asString()).isEqualTo(url + "/thumbnail");

        MvcTestResult thumbnail = mvc.get().uri(photos.get(0).get("thumbnailUrl").asString()).exchange();
        assertThat(thumbnail).hasStatusOk().hasContentType("image/jpeg");
        assertThat(thumbnail).headers().hasValue("Cache-Control", "max-age=31536000, public, immutable")
                .hasValue("X-Content-Type-Options", "nosniff");
        BufferedImage small = TestPhotos.read(thumbnail.getResponse().getContentAsByteArray());
        assertThat(small.getWidth()).isEqualTo(320);
        assertThat(small.getHeight()).isEqualTo(240);

        MvcTestResult full = mvc.get().uri(url).exchange();
        assertThat(full).hasStatusOk().hasContentType("image/jpeg");
        byte[] jpeg = full.getResponse().getContentAsByteArray();
        assertThat(TestPhotos.jpegMarkers(jpeg)).doesNotContain(0xe1);
        assertThat(TestPhotos.contains(jpeg, TestPhotos.GPS_LATITUDE)).isFalse();
        assertThat(TestPhotos.read(jpeg).getWidth()).isEqualTo(800);

        MvcTestResult png = mvc.get().uri(photos.get(1).get("url").asString()).exchange();
        assertThat(png).hasStatusOk().hasContentType("image/png");
        assertThat(TestPhotos.contains(png.getResponse().getContentAsByteArray(), TestPhotos.PNG_SECRET)).isFalse();
    }

    @Test
    void showsThePhotosOfAConfidentialReportOnlyWithThePinOrToTheCommandCentre() {
        MvcTestResult submitted = submit(report(true, "Pungutan liar di loket pelayanan KTP"), null,
                photo("bukti.jpg", TestPhotos.jpeg(100, 80)));
        assertThat(submitted).hasStatus(201);
        JsonNode receipt = body(submitted);
        String ticket = receipt.get("ticket").asString();
        String pin = receipt.get("pin").asString();
        JsonNode photos = body(mvc.get().uri("/api/v1/reports/" + ticket).header("X-Report-Pin", pin).exchange()).get("photos");
        String url = photos.get(0).get("url").asString();
        String thumbnail = photos.get(0).get("thumbnailUrl").asString();

        assertThat(mvc.get().uri(url).exchange()).hasStatus(404);
        assertThat(mvc.get().uri(thumbnail).exchange()).hasStatus(404);
        assertThat(mvc.get().uri(url).header("X-Report-Pin", pin.equals("000000") ? "111111" : "000000").exchange())
                .hasStatus(404);
        assertThat(mvc.get().uri(url).header("Authorization", "Bearer demo-pupr.staf").exchange()).hasStatus(404);

        MvcTestResult withPin = mvc.get().uri(url).header("X-Report-Pin", pin).exchange();
        assertThat(withPin).hasStatusOk().hasContentType("image/jpeg");
        assertThat(withPin).headers().hasValue("Cache-Control", "no-store, private");
        assertThat(mvc.get().uri(thumbnail).header("Authorization", "Bearer demo-mcc").exchange()).hasStatusOk();
        // a confidential report's content, photos included, is for the command centre and its agency only (decision 53)
        assertThat(mvc.get().uri(thumbnail).header("Authorization", "Bearer demo-bupati").exchange()).hasStatus(404);
    }

    @Test
    void theTrackingPageShowsAConfidentialReportsPhotosOnlyToTheBrowserThatGaveItsPin() {
        JsonNode receipt = body(submit(report(true, "Pungutan liar di loket pelayanan akta kelahiran"), null,
                photo("bukti.jpg", TestPhotos.jpeg(100, 80))));
        String ticket = receipt.get("ticket").asString();
        String pin = receipt.get("pin").asString();
        String apiUrl = body(mvc.get().uri("/api/v1/reports/" + ticket).header("X-Report-Pin", pin).exchange())
                .get("photos").get(0).get("url").asString();
        String photo = "/lacak/" + ticket + "/foto/" + apiUrl.substring(apiUrl.lastIndexOf('/') + 1);
        assertThat(mvc.get().uri(photo + "/kecil").exchange()).as("no PIN given in this browser").hasStatus(404);

        MvcTestResult found = mvc.post().uri("/lacak").param("tiket", ticket).param("pin", pin).with(csrf()).exchange();
        assertThat(found).hasStatus3xxRedirection();
        Cookie browser = found.getMvcResult().getResponse().getCookie("SESSION");
        assertThat(browser).as("session cookie").isNotNull();
        assertThat(mvc.get().uri("/lacak/" + ticket).cookie(browser)).hasStatusOk().bodyText()
                .contains("src=\"" + photo + "/kecil\"").contains("href=\"" + photo + "\"");
        MvcTestResult thumbnail = mvc.get().uri(photo + "/kecil").cookie(browser).exchange();
        assertThat(thumbnail).hasStatusOk().hasContentType("image/jpeg");
        assertThat(thumbnail).headers().hasValue("Cache-Control", "no-store, private");
        assertThat(TestPhotos.read(mvc.get().uri(photo).cookie(browser).exchange().getResponse().getContentAsByteArray())
                .getWidth()).isEqualTo(100);
        assertThat(mvc.get().uri(photo).exchange()).as("another browser").hasStatus(404);
    }

    @Test
    void theTrackingAndPublicPagesShowAPublicReportsPhotosToEveryone() {
        String ticket = body(submit(report(false, "Saluran air tersumbat di Jalan Hasanuddin"), null,
                photo("got.jpg", TestPhotos.jpeg(90, 60)))).get("ticket").asString();
        String apiUrl = body(mvc.get().uri("/api/v1/reports/" + ticket).exchange()).get("photos").get(0).get("url").asString();
        String photo = "/lacak/" + ticket + "/foto/" + apiUrl.substring(apiUrl.lastIndexOf('/') + 1);

        assertThat(mvc.get().uri("/lacak/" + ticket)).hasStatusOk().bodyText().contains("src=\"" + photo + "/kecil\"");
        assertThat(mvc.get().uri("/laporan/" + ticket)).hasStatusOk().bodyText().contains("src=\"" + apiUrl + "/thumbnail\"")
                .contains("href=\"" + apiUrl + "\"");
        assertThat(mvc.get().uri(photo + "/kecil").exchange()).hasStatusOk().hasContentType("image/jpeg")
                .headers().hasValue("Cache-Control", "max-age=31536000, public, immutable");
    }

    @Test
    void answersARetryWithTheSamePhotosAndRefusesOtherPhotosUnderTheSameKey() {
        String key = "photos-" + System.nanoTime();
        String report = report(false, "Lampu jalan mati sepanjang Jalan Budi Utomo");
        byte[] first = TestPhotos.jpeg(120, 90);

        MvcTestResult original = submit(report, key, photo("a.jpg", first));
        MvcTestResult retry = submit(report, key, photo("a.jpg", first));
        MvcTestResult otherPhoto = submit(report, key, photo("a.jpg", TestPhotos.jpeg(121, 90)));

        assertThat(original).hasStatus(201);
        assertThat(retry).hasStatus(201);
        String ticket = body(original).get("ticket").asString();
        assertThat(body(retry).get("ticket").asString()).isEqualTo(ticket);
        assertThat(body(mvc.get().uri("/api/v1/reports/" + ticket).exchange()).get("photos")).hasSize(1);
        assertThat(otherPhoto).hasStatus(422);
    }

    @Test
    void listsPhotoProblemsTogetherWithTheOtherFieldProblems() {
        MvcTestResult tooMany = submit(report(false, "pendek"), null, photo("1.jpg", TestPhotos.jpeg(20, 20)),
                photo("2.jpg", TestPhotos.jpeg(20, 20)), photo("3.jpg", TestPhotos.jpeg(20, 20)),
                photo("4.jpg", TestPhotos.jpeg(20, 20)));
        assertThat(tooMany).hasStatus(400);
        assertThat(codes(tooMany)).containsExactlyInAnyOrder("report.description.tooShort", "upload.photo.tooMany");

        MvcTestResult notAPhoto = submit(report(false, "Sampah menumpuk di TPS Kwamki"), null,
                photo("sampah.jpg", "ini teks biasa".getBytes(StandardCharsets.UTF_8)));
        assertThat(notAPhoto).hasStatus(400);
        assertThat(codes(notAPhoto)).containsExactly("upload.photo.type");
    }

    private MvcTestResult submit(String report, String idempotencyKey, MockMultipartFile... photos) {
        var request = mvc.post().uri("/api/v1/reports").multipart()
                .file(new MockMultipartFile("report", "", "application/json", report.getBytes(StandardCharsets.UTF_8)));
        for (MockMultipartFile photo : photos) {
            request.file(photo);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.with(newClient()).exchange();
    }

    /**
     * Each submission from its own address, so the per-address limit on anonymous submissions stays out of the
     * way; with the servlet path a real servlet container sets, which the security rules for citizens' calls read.
     */
    private static RequestPostProcessor newClient() {
        int n = CLIENTS.incrementAndGet();
        return request -> {
            request.setRemoteAddr("198.51.100." + (n % 250 + 1));
            request.setServletPath(request.getRequestURI());
            return request;
        };
    }

    private static MockMultipartFile photo(String name, byte[] bytes) {
        return new MockMultipartFile("photos", name, "image/jpeg", bytes);
    }

    private static String report(boolean confidential, String description) {
        return """
                {"kind": "COMPLAINT", "categoryCode": "JALAN", "description": "%s", "districtCode": "94.04.01",
                 "villageCode": "94.04.01.1001", "confidential": %s}""".formatted(description, confidential);
    }

    private JsonNode body(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> codes(MvcTestResult result) {
        return body(result).get("errors").valueStream().map(e -> e.get("code").asString()).toList();
    }
}
