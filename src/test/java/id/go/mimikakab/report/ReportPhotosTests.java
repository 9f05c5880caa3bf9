package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import id.go.mimikakab.upload.TestPhotos;

import org.junit.jupiter.api.Test;

class ReportPhotosTests {

    private final ReportPhotos photos = new ReportPhotos(null, new id.go.mimikakab.upload.PhotoProperties(null, 1), null, null, null, null);

    @Test
    void refusesFourPhotosAtOnce() {
        List<PhotoUpload> four = List.of(jpeg("1.jpg"), jpeg("2.jpg"), jpeg("3.jpg"), jpeg("4.jpg"));

        ReportPhotos.Checked checked = photos.check(four);

        assertThat(checked.photos()).isEmpty();
        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("photos");
            assertThat(p.code()).isEqualTo("upload.photo.tooMany");
        });
    }

    @Test
    void takesThreePhotos() {
        ReportPhotos.Checked checked = photos.check(List.of(jpeg("1.jpg"), jpeg("2.jpg"), jpeg("3.jpg")));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.photos()).hasSize(3);
    }

    @Test
    void refusesATextFileNamedLikeAJpegByItsContent() {
        PhotoUpload text = new PhotoUpload("jalan.jpg", "bukan foto".getBytes(StandardCharsets.UTF_8));

        ReportPhotos.Checked checked = photos.check(List.of(jpeg("ok.jpg"), text));

        assertThat(checked.photos()).isEmpty();
        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("upload.photo.type");
            assertThat(p.message()).contains("Photo 2", "jalan.jpg");
        });
    }

    @Test
    void refusesAnElevenMegabyteUpload() {
        PhotoUpload large = new PhotoUpload("besar.jpg", Arrays.copyOf(TestPhotos.jpeg(10, 10), 11 * 1024 * 1024));

        assertThat(photos.check(List.of(large)).problems()).extracting(FieldProblem::code)
                .containsExactly("upload.photo.tooLarge");
    }

    @Test
    void ignoresAFileFieldLeftEmpty() {
        ReportPhotos.Checked checked = photos.check(List.of(new PhotoUpload("", new byte[0]), jpeg("1.jpg")));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.photos()).hasSize(1);
        assertThat(ReportPhotos.digests(List.of(new PhotoUpload(null, new byte[0])))).isEmpty();
    }

    @Test
    void tellsSubmissionsWithOtherPhotosApartForIdempotency() {
        String one = ReportPhotos.digests(List.of(jpeg("a.jpg")));
        String same = ReportPhotos.digests(List.of(new PhotoUpload("b.jpg", TestPhotos.jpeg(20, 20))));
        String other = ReportPhotos.digests(List.of(new PhotoUpload("a.jpg", TestPhotos.jpeg(21, 20))));

        assertThat(one).isEqualTo(same).isNotEqualTo(other).startsWith("|photos:");
        assertThat(ReportPhotos.digests(List.of())).isEmpty();
    }

    private static PhotoUpload jpeg(String name) {
        return new PhotoUpload(name, TestPhotos.jpeg(20, 20));
    }
}
