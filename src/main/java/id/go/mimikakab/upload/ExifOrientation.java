package id.go.mimikakab.upload;

/**
 * Reads the orientation tag (0x0112) from a JPEG's EXIF segment, the only piece of metadata that is used
 * before all of it is thrown away: phones store photos sideways and rely on this tag to show them upright.
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    /** The orientation 1 to 8, or 1 (as stored) when the file has no readable tag. */
    static int of(byte[] jpeg) {
        try {
            int i = 2;
            while (i + 4 <= jpeg.length) {
                if ((jpeg[i] & 0xff) != 0xff) {
                    return 1;
                }
                int marker = jpeg[i + 1] & 0xff;
                if (marker == 0xff) {
                    i++;
                    continue;
                }
                if (marker == 0xda || marker == 0xd9) {
                    return 1;
                }
                if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
                    i += 2;
                    continue;
                }
                int length = u16(jpeg, i + 2, false);
                int start = i + 4;
                if (marker == 0xe1 && length >= 14 && jpeg[start] == 'E' && jpeg[start + 1] == 'x' && jpeg[start + 2] == 'i'
                        && jpeg[start + 3] == 'f' && jpeg[start + 4] == 0 && jpeg[start + 5] == 0) {
                    return fromTiff(jpeg, start + 6, i + 2 + length);
                }
                i += 2 + length;
            }
            return 1;
        } catch (ArrayIndexOutOfBoundsException broken) {
            return 1;
        }
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        boolean little;
        if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            little = true;
        } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        if (u16(b, tiff + 2, little) != 42) {
            return 1;
        }
        long ifd = u32(b, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return 1;
        }
        int entries = tiff + (int) ifd;
        int count = u16(b, entries, little);
        for (int n = 0; n < count; n++) {
            int entry = entries + 2 + 12 * n;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, little) == ORIENTATION_TAG && u16(b, entry + 2, little) == 3) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int first = b[at] & 0xff;
        int second = b[at + 1] & 0xff;
        return little ? first | (second << 8) : (first << 8) | second;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long high = u16(b, little ? at + 2 : at, little);
        long low = u16(b, little ? at : at + 2, little);
        return (high << 16) | low;
    }
}
