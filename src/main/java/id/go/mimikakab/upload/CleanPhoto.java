package id.go.mimikakab.upload;

/** A photo re-encoded without any metadata, with its size in pixels and a small JPEG for lists. */
public record CleanPhoto(byte[] content, String contentType, int width, int height, byte[] thumbnail) {

    public static final String THUMBNAIL_TYPE = "image/jpeg";
}
