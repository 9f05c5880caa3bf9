package id.go.mimikakab.upload;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Photos made in the test, with the metadata a phone would leave in them: an EXIF segment with a GPS position
 * and a camera serial in a JPEG, a text chunk in a PNG, EXIF and XMP chunks in a WebP.
 */
public final class TestPhotos {

    /** The camera's make and serial, written into EXIF; it must never come out again. */
    public static final String CAMERA = "MimikaCam SN-0042";
    /** The latitude 4° 32' 12.34" as three EXIF rationals, little-endian. */
    public static final byte[] GPS_LATITUDE = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN)
            .putInt(4).putInt(1).putInt(32).putInt(1).putInt(1234).putInt(100).array();
    public static final String PNG_SECRET = "Koperapoka -4.5432 136.8869";
    public static final String XMP_SECRET = "xmp-secret-location";

    /** A 1 x 1 lossy WebP, as published for feature detection: its "VP8 " chunk follows the 12-byte header. */
    private static final byte[] TINY_WEBP = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    private TestPhotos() {
    }

    /** A plain JPEG, left half red and right half blue. */
    public static byte[] jpeg(int width, int height) {
        return encode(halves(width, height), "jpeg");
    }

    /** A JPEG as a phone stores it: EXIF with orientation, camera and GPS latitude after the JFIF header. */
    public static byte[] jpegWithGps(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        byte[] tiff = exif(orientation);
        int app0End = 4 + (((plain[4] & 0xff) << 8) | (plain[5] & 0xff));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, app0End);
        int length = 2 + 6 + tiff.length;
        out.write(0xff);
        out.write(0xe1);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(tiff);
        out.write(plain, app0End, plain.length - app0End);
        return out.toByteArray();
    }

    /** A PNG with a tEXt chunk right after its header. */
    public static byte[] pngWithText(int width, int height) {
        byte[] plain = encode(halves(width, height), "png");
        int ihdrEnd = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, ihdrEnd);
        out.writeBytes(pngChunk("tEXt", ("Comment\0" + PNG_SECRET).getBytes(StandardCharsets.ISO_8859_1)));
        out.write(plain, ihdrEnd, plain.length - ihdrEnd);
        return out.toByteArray();
    }

    /** A real PNG of one colour: a few kilobytes on the wire, width × height pixels when decoded whole. */
    public static byte[] uniformPng(int width, int height) {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY), "png");
    }

    /** Only the header of a PNG that claims to be this large, like a decompression bomb. */
    public static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
        out.writeBytes(pngChunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array()));
        out.writeBytes(pngChunk("IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}));
        out.writeBytes(pngChunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** A 1 x 1 extended WebP carrying EXIF (with GPS) and XMP chunks. */
    public static byte[] webpWithExifAndXmp() {
        List<byte[]> chunks = new ArrayList<>();
        chunks.add(riffChunk("VP8X", new byte[] {0x0c, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        byte[] vp8 = new byte[TINY_WEBP.length - 12];
        System.arraycopy(TINY_WEBP, 12, vp8, 0, vp8.length);
        chunks.add(vp8);
        chunks.add(riffChunk("EXIF", exif(1)));
        chunks.add(riffChunk("XMP ", ("<x:xmpmeta xmlns:x='adobe:ns:meta/'>" + XMP_SECRET + "</x:xmpmeta>")
                .getBytes(StandardCharsets.UTF_8)));
        int size = 4 + chunks.stream().mapToInt(c -> c.length).sum();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(size).array());
        out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        chunks.forEach(out::writeBytes);
        return out.toByteArray();
    }

    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public static boolean contains(byte[] haystack, String needle) {
        return contains(haystack, needle.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The markers of a JPEG's segments before its image data, e.g. 0xe0 for JFIF and 0xe1 for EXIF or XMP. */
    public static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xff) {
            int marker = jpeg[i + 1] & 0xff;
            markers.add(marker);
            if (marker == 0xda) {
                break;
            }
            i += 2 + (((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff));
        }
        return markers;
    }

    public static BufferedImage read(byte[] image) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A little-endian TIFF with IFD0 (make, orientation, GPS pointer) and a GPS IFD (latitude south). */
    private static byte[] exif(int orientation) {
        byte[] make = (CAMERA + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifd0 = 8;
        int makeAt = ifd0 + 2 + 3 * 12 + 4;
        int gpsAt = makeAt + make.length;
        int latitudeAt = gpsAt + 2 + 2 * 12 + 4;
        ByteBuffer b = ByteBuffer.allocate(latitudeAt + GPS_LATITUDE.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd0);
        b.putShort((short) 3);
        b.putShort((short) 0x010f).putShort((short) 2).putInt(make.length).putInt(makeAt);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt);
        b.putInt(0);
        b.put(make);
        b.putShort((short) 2);
        b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'S').put((byte) 0).putShort((short) 0);
        b.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(latitudeAt);
        b.putInt(0);
        b.put(GPS_LATITUDE);
        return b.array();
    }

    private static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] riffChunk(String type, byte[] data) {
        int padded = data.length + (data.length % 2);
        return ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN)
                .put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data).array();
    }
}
