package id.go.mimikakab.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PhotoCleanerTests {

    private final PhotoCleaner cleaner = new PhotoCleaner();

    @Test
    void removesTheExifSegmentWithGpsPositionAndCameraFromAJpeg() {
        byte[] upload = TestPhotos.jpegWithGps(64, 48, 1);
        assertThat(TestPhotos.jpegMarkers(upload)).contains(0xe1);
        assertThat(TestPhotos.contains(upload, TestPhotos.GPS_LATITUDE)).isTrue();

        CleanPhoto clean = cleaner.clean(upload);

        assertThat(clean.contentType()).isEqualTo("image/jpeg");
        assertThat(TestPhotos.jpegMarkers(clean.content())).isNotEmpty().doesNotContain(0xe1, 0xe2, 0xed, 0xfe);
        assertThat(TestPhotos.contains(clean.content(), "Exif")).isFalse();
        assertThat(TestPhotos.contains(clean.content(), TestPhotos.CAMERA)).isFalse();
        assertThat(TestPhotos.contains(clean.content(), TestPhotos.GPS_LATITUDE)).isFalse();
        assertThat(TestPhotos.read(clean.content())).satisfies(image -> {
            assertThat(image.getWidth()).isEqualTo(64);
            assertThat(image.getHeight()).isEqualTo(48);
        });
        assertThat(TestPhotos.contains(clean.thumbnail(), TestPhotos.CAMERA)).isFalse();
    }

    @Test
    void turnsASidewaysPhoneJpegUprightBeforeDroppingItsOrientation() {
        CleanPhoto clean = cleaner.clean(TestPhotos.jpegWithGps(64, 48, 6));

        BufferedImage image = TestPhotos.read(clean.content());
        assertThat(image.getWidth()).isEqualTo(48);
        assertThat(image.getHeight()).isEqualTo(64);
        assertThat(clean.width()).isEqualTo(48);
        assertThat(clean.height()).isEqualTo(64);
        // turned a quarter clockwise, the red left half is now on top
        assertThat(new Color(image.getRGB(24, 8)).getRed()).isGreaterThan(200);
        assertThat(new Color(image.getRGB(24, 56)).getBlue()).isGreaterThan(200);
    }

    @Test
    void removesTextChunksFromAPng() {
        byte[] upload = TestPhotos.pngWithText(40, 30);
        assertThat(TestPhotos.contains(upload, "tEXt")).isTrue();
        assertThat(TestPhotos.read(upload)).isNotNull();

        CleanPhoto clean = cleaner.clean(upload);

        assertThat(clean.contentType()).isEqualTo("image/png");
        assertThat(TestPhotos.contains(clean.content(), "tEXt")).isFalse();
        assertThat(TestPhotos.contains(clean.content(), TestPhotos.PNG_SECRET)).isFalse();
        assertThat(TestPhotos.read(clean.content()).getWidth()).isEqualTo(40);
    }

    @Test
    void decodesAWebpAndKeepsItsPixelsAsJpegWithoutExifOrXmp() {
        byte[] upload = TestPhotos.webpWithExifAndXmp();

        CleanPhoto clean = cleaner.clean(upload);

        assertThat(clean.contentType()).isEqualTo("image/jpeg");
        assertThat(clean.width()).isEqualTo(1);
        assertThat(clean.height()).isEqualTo(1);
        assertThat(TestPhotos.contains(clean.content(), TestPhotos.XMP_SECRET)).isFalse();
        assertThat(TestPhotos.contains(clean.content(), TestPhotos.CAMERA)).isFalse();
        assertThat(TestPhotos.read(clean.content())).isNotNull();
    }

    @Test
    void makesAJpegThumbnailAtMostThreeHundredTwentyPixelsWide() {
        CleanPhoto clean = cleaner.clean(TestPhotos.jpeg(1000, 500));

        BufferedImage thumbnail = TestPhotos.read(clean.thumbnail());
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(160);
        assertThat(TestPhotos.jpegMarkers(clean.thumbnail())).doesNotContain(0xe1);
    }

    @Test
    void keepsASmallPhotoAtItsSizeAsThumbnail() {
        CleanPhoto clean = cleaner.clean(TestPhotos.jpeg(200, 100));

        assertThat(TestPhotos.read(clean.thumbnail()).getWidth()).isEqualTo(200);
    }

    @Test
    void judgesTheTypeByContentSoATextFileIsNoPhoto() {
        assertThatThrownBy(() -> cleaner.clean("Ini bukan foto, hanya teks.".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(PhotoRejected.class, e -> assertThat(e.reason()).isEqualTo(PhotoRejected.Reason.TYPE));
        assertThatThrownBy(() -> cleaner.clean("GIF89a....".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(PhotoRejected.class, e -> assertThat(e.reason()).isEqualTo(PhotoRejected.Reason.TYPE));
    }

    @Test
    void refusesAnSvgHoweverItIsDressed() {
        for (String svg : new String[] {"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
            "\uFEFF<svg/onload=alert(1)>"}) {
            assertThatThrownBy(() -> cleaner.clean(svg.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(PhotoRejected.class, e -> assertThat(e.reason()).isEqualTo(PhotoRejected.Reason.TYPE));
        }
    }

    @Test
    void refusesAPhotoThatIsAlsoAPageOrAScript() {
        byte[] jpeg = TestPhotos.jpeg(40, 30);
        for (String payload : new String[] {"<html><body><script>alert(document.cookie)</script>", "<?php system($_GET['c']); ?>",
            "<SVG onload=alert(1)>", "<iframe src=javascript:alert(1)>"}) {
            byte[] tail = payload.getBytes(StandardCharsets.US_ASCII);
            byte[] polyglot = Arrays.copyOf(jpeg, jpeg.length + tail.length);
            System.arraycopy(tail, 0, polyglot, jpeg.length, tail.length);
            assertThatThrownBy(() -> cleaner.clean(polyglot)).as(payload)
                    .isInstanceOfSatisfying(PhotoRejected.class, e -> assertThat(e.reason()).isEqualTo(PhotoRejected.Reason.TYPE));

            // the same markup inside a JPEG comment segment (FF FE) right after the start of image
            byte[] comment = new byte[jpeg.length + 4 + tail.length];
            comment[0] = (byte) 0xff;
            comment[1] = (byte) 0xd8;
            comment[2] = (byte) 0xff;
            comment[3] = (byte) 0xfe;
            comment[4] = (byte) ((tail.length + 2) >> 8);
            comment[5] = (byte) (tail.length + 2);
            System.arraycopy(tail, 0, comment, 6, tail.length);
            System.arraycopy(jpeg, 2, comment, 6 + tail.length, jpeg.length - 2);
            assertThatThrownBy(() -> cleaner.clean(comment)).as("comment " + payload)
                    .isInstanceOfSatisfying(PhotoRejected.class, e -> assertThat(e.reason()).isEqualTo(PhotoRejected.Reason.TYPE));
        }
    }

    @Test
    void keepsAPhotoWithXmpMetadata() {
        byte[] jpeg = TestPhotos.jpeg(40, 30);
        byte[] xmp = "<?xpacket begin=''?><x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF/></x:xmpmeta>".getBytes(StandardCharsets.US_ASCII);
        byte[] withXmp = Arrays.copyOf(jpeg, jpeg.length + xmp.length);
        System.arraycopy(xmp, 0, withXmp, jpeg.length, xmp.length);

        assertThat(cleaner.clean(withXmp).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void refusesAFileOverTenMegabytes() {
        byte[] upload = Arrays.copyOf(TestPhotos.jpeg(10, 10), 11 * 1024 * 1024);

        assertThatThrownBy(() -> cleaner.clean(upload))
                .isInstanceOfSatisfying(PhotoRejected.class, e -> assertThat(e.reason()).isEqualTo(PhotoRejected.Reason.TOO_LARGE));
    }

    @Test
    void refusesMoreThanFortyMegapixelsBeforeDecoding() {
        byte[] bomb = TestPhotos.pngHeader(10_000, 5_000);

        assertThatThrownBy(() -> cleaner.clean(bomb))
                .isInstanceOfSatisfying(PhotoRejected.class, e -> assertThat(e.reason()).isEqualTo(PhotoRejected.Reason.DIMENSIONS));
    }

    @Test
    void refusesAFileThatOnlyStartsLikeAJpeg() {
        byte[] broken = Arrays.copyOf(TestPhotos.jpeg(50, 50), 40);

        assertThatThrownBy(() -> cleaner.clean(broken))
                .isInstanceOfSatisfying(PhotoRejected.class, e -> assertThat(e.reason()).isEqualTo(PhotoRejected.Reason.UNREADABLE));
    }

    @Test
    void aSmallPngOfFortyMillionPixelsIsDecodedSubsampledAndStoredAtMostMaxEdgePixelsWide() {
        byte[] bomb = TestPhotos.uniformPng(6320, 6320);
        assertThat(bomb.length).isLessThan(200_000);

        CleanPhoto clean = cleaner.clean(bomb);

        assertThat(Math.max(clean.width(), clean.height())).isLessThanOrEqualTo(PhotoCleaner.MAX_EDGE);
        assertThat(TestPhotos.read(clean.content()).getWidth()).isEqualTo(clean.width());
    }

    @Test
    void aLargePhoneJpegKeepsItsShapeWhenItIsMadeSmaller() {
        CleanPhoto clean = cleaner.clean(TestPhotos.jpeg(4000, 3000));
        assertThat(clean.width()).isEqualTo(2000);
        assertThat(clean.height()).isEqualTo(1500);
    }

    @Test
    void aPhotoThatWaitsTooLongForAFreeDecoderIsRefusedAsBusyNotAsBad() throws Exception {
        java.util.concurrent.Semaphore decoders = new java.util.concurrent.Semaphore(1);
        PhotoCleaner cleanerOfOne = new PhotoCleaner(decoders, java.time.Duration.ofMillis(50));
        decoders.acquire();
        assertThatThrownBy(() -> cleanerOfOne.clean(TestPhotos.jpeg(10, 10)))
                .isInstanceOfSatisfying(PhotoRejected.class, e -> assertThat(e.reason()).isEqualTo(PhotoRejected.Reason.BUSY));
        decoders.release();
        assertThat(cleanerOfOne.clean(TestPhotos.jpeg(10, 10)).width()).isEqualTo(10);
    }
}
