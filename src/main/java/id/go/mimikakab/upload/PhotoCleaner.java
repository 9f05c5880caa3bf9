package id.go.mimikakab.upload;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

/**
 * Turns an uploaded file into a photo that is safe to keep and to show: the type is recognised by the
 * file's first bytes, never by its name; the size in pixels is read from the header before anything is
 * decoded, to refuse decompression bombs; the image is decoded, turned upright by its EXIF orientation and
 * encoded again, so that nothing of the original file survives but the pixels (no EXIF with GPS position or
 * camera serial, no XMP, no ICC profile, no comments). JPEG stays JPEG and PNG stays PNG; WebP becomes PNG
 * when it has transparency and JPEG otherwise.
 *
 * <p>Memory is bounded whatever the file claims: a large image is decoded subsampled (every n-th pixel of every
 * n-th row) so that it is at most {@value #MAX_EDGE} pixels on its long side, so a decoded photo holds at most
 * about 17 MB twice over; and only {@code decodingAtOnce} photos are decoded at the same time, the others wait
 * up to {@value #WAIT_SECONDS} s and are then refused as busy (the caller answers 503, try again).
 */
public class PhotoCleaner {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;
    /** WebP is decoded whole before it is subsampled, so it gets a smaller limit than the other formats. */
    static final long MAX_WEBP_PIXELS = 16_000_000L;
    /** The long side of a stored photo at most: sharper than a phone screen, about 4 megapixels. */
    public static final int MAX_EDGE = 2048;
    static final int WAIT_SECONDS = 20;
    public static final int THUMBNAIL_WIDTH = 320;
    static final int THUMBNAIL_MAX_HEIGHT = 640;
    private static final float JPEG_QUALITY = 0.85f;
    private static final float THUMBNAIL_QUALITY = 0.8f;

    private enum Format { JPEG, PNG, WEBP }

    private final Semaphore decoding;
    private final Duration longestWait;

    /** A cleaner that decodes two photos at a time. */
    public PhotoCleaner() {
        this(2);
    }

    public PhotoCleaner(int decodingAtOnce) {
        this(new Semaphore(Math.max(1, decodingAtOnce), true), Duration.ofSeconds(WAIT_SECONDS));
    }

    /** A cleaner that decodes while it holds one of the permits, waiting at most {@code longestWait} for one. */
    PhotoCleaner(Semaphore decoding, Duration longestWait) {
        this.decoding = decoding;
        this.longestWait = longestWait;
    }

    /** Checks, decodes and re-encodes one uploaded file, or refuses it with the reason. */
    public CleanPhoto clean(byte[] upload) {
        if (upload.length > MAX_BYTES) {
            throw new PhotoRejected(PhotoRejected.Reason.TOO_LARGE);
        }
        Format format = recognise(upload);
        if (format == null || carriesMarkup(upload)) {
            throw new PhotoRejected(PhotoRejected.Reason.TYPE);
        }
        try {
            if (!decoding.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new PhotoRejected(PhotoRejected.Reason.BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PhotoRejected(PhotoRejected.Reason.BUSY, e);
        }
        try {
            return cleanDecoding(upload, format);
        } finally {
            decoding.release();
        }
    }

    private CleanPhoto cleanDecoding(byte[] upload, Format format) {
        BufferedImage decoded = decode(upload, format);
        int orientation = format == Format.JPEG ? ExifOrientation.of(upload) : 1;
        boolean alpha = format != Format.JPEG && decoded.getColorModel().hasAlpha();
        BufferedImage upright = redraw(decoded, orientation, alpha);
        decoded.flush();
        boolean asPng = format == Format.PNG || (format == Format.WEBP && alpha);
        byte[] content = asPng ? png(upright) : jpeg(upright, JPEG_QUALITY);
        byte[] thumbnail = jpeg(thumbnail(upright), THUMBNAIL_QUALITY);
        return new CleanPhoto(content, asPng ? "image/png" : "image/jpeg", upright.getWidth(), upright.getHeight(),
                thumbnail);
    }

    /**
     * Whether a file that starts like a photo also carries markup a browser or a server would run (a polyglot:
     * an image whose comment or tail is also HTML, SVG, script or PHP). Such a file is refused even though the
     * stored copy, re-encoded, would be clean: it is an attack, not a citizen's photo. XMP metadata (XML without any of
     * these tags) passes.
     */
    static boolean carriesMarkup(byte[] upload) {
        for (byte[] sign : MARKUP) {
            if (containsIgnoringCase(upload, sign)) {
                return true;
            }
        }
        return false;
    }

    private static final byte[][] MARKUP = {bytes("<script"), bytes("<html"), bytes("<svg"), bytes("<?php"), bytes("<iframe"),
        bytes("<!doctype"), bytes("<body"), bytes("javascript:"), bytes("<%@")};

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static boolean containsIgnoringCase(byte[] haystack, byte[] needle) {
        byte first = needle[0];
        for (int i = 0, last = haystack.length - needle.length; i <= last; i++) {
            if (haystack[i] != first) {
                continue;
            }
            int j = 1;
            while (j < needle.length && Character.toLowerCase((char) (haystack[i + j] & 0xff)) == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return true;
            }
        }
        return false;
    }

    private static Format recognise(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Format.JPEG;
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0d
                && b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
            return Format.PNG;
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Format.WEBP;
        }
        return null;
    }

    private static BufferedImage decode(byte[] upload, Format format) {
        ImageReader reader = reader(format);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw new PhotoRejected(PhotoRejected.Reason.UNREADABLE);
            }
            if (width * height > (format == Format.WEBP ? MAX_WEBP_PIXELS : MAX_PIXELS)) {
                throw new PhotoRejected(PhotoRejected.Reason.DIMENSIONS);
            }
            int step = subsampling(width, height);
            ImageReadParam param = reader.getDefaultReadParam();
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            return reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PhotoRejected rejected) {
                throw rejected;
            }
            throw new PhotoRejected(PhotoRejected.Reason.UNREADABLE, e);
        } finally {
            reader.dispose();
        }
    }

    /** Every how many pixels to read so that the decoded image's long side is at most {@link #MAX_EDGE}. */
    static int subsampling(long width, long height) {
        long longSide = Math.max(width, height);
        return (int) Math.max(1, (longSide + MAX_EDGE - 1) / MAX_EDGE);
    }

    private static ImageReader reader(Format format) {
        if (format == Format.WEBP) {
            // named directly rather than looked up, so that it works whatever class loader ImageIO scanned
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format == Format.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IllegalStateException("The Java runtime has no " + format + " reader");
        }
        return readers.next();
    }

    /**
     * Draws the image into a plain RGB (or ARGB) raster, upright: EXIF orientations 2 to 8 are mirrorings and
     * quarter turns, each an exact pixel mapping.
     */
    static BufferedImage redraw(BufferedImage source, int orientation, boolean alpha) {
        int w = source.getWidth();
        int h = source.getHeight();
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        boolean turned = orientation >= 5 && orientation <= 8;
        BufferedImage target = new BufferedImage(turned ? h : w, turned ? w : h,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.drawImage(source, t, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Scales down by halves first and then once more, which keeps a large photo sharp in a small size. */
    static BufferedImage thumbnail(BufferedImage image) {
        double scale = Math.min(1.0, Math.min((double) THUMBNAIL_WIDTH / image.getWidth(),
                (double) THUMBNAIL_MAX_HEIGHT / image.getHeight()));
        int targetWidth = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int targetHeight = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage current = image;
        while (current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight) {
            current = scaled(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return scaled(current, targetWidth, targetHeight);
    }

    private static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = scaled(image, image.getWidth(), image.getHeight());
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            // no metadata given: the writer adds only its own JFIF header
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalStateException("The Java runtime has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode PNG in memory", e);
        }
        return bytes.toByteArray();
    }
}
