package id.go.mimikakab.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes with one shared uploads directory (NFS or a mounted volume, docs/operations.md): a photo stored by one
 * node is served by the other, whole, and a photo being written is never seen half-written by the other node.
 */
class SharedDirectoryPhotoStoreTests {

    @TempDir
    Path shared;

    private FileSystemPhotoStore node() {
        return new FileSystemPhotoStore(new PhotoProperties(shared, null));
    }

    @Test
    void aPhotoStoredByOneNodeIsServedByTheOtherAndDeletedForBoth() throws IOException {
        FileSystemPhotoStore first = node();
        FileSystemPhotoStore second = node();
        byte[] photo = TestPhotos.jpeg(64, 48);

        String key = first.put(photo, "image/jpeg");

        try (InputStream in = second.get(key).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(photo);
        }
        second.delete(key);
        assertThat(first.get(key)).isEmpty();
    }

    @Test
    void whileOneNodeWritesManyPhotosTheOtherSeesEachEitherWholeOrNotAtAll() throws Exception {
        FileSystemPhotoStore writer = node();
        FileSystemPhotoStore reader = node();
        byte[] big = new byte[2 * 1024 * 1024];
        new java.util.Random(7).nextBytes(big);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        List<String> keys = new ArrayList<>();
        Future<?> writing = pool.submit(() -> {
            for (int i = 0; i < 20; i++) {
                synchronized (keys) {
                    keys.add(writer.put(big, "image/jpeg"));
                }
            }
        });
        while (!writing.isDone()) {
            try (Stream<Path> files = Files.walk(shared)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    if (!name.startsWith(".upload-")) {
                        assertThat(Files.size(file)).as("a finished file under its key: " + name).isEqualTo(big.length);
                    }
                }
            } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException moved) {
                // a temporary file renamed between the listing and the check
            }
        }
        writing.get();
        pool.shutdown();
        for (String key : keys) {
            try (InputStream in = reader.get(key).orElseThrow()) {
                assertThat(in.readAllBytes()).hasSize(big.length);
            }
        }
    }
}
