package id.go.mimikakab.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemPhotoStoreTests {

    @TempDir
    Path directory;

    @Test
    void keepsEachPhotoInOneFileUnderARandomKeyInTwoLevelsOfFolders() throws IOException {
        FileSystemPhotoStore store = new FileSystemPhotoStore(new PhotoProperties(directory, null));

        String key = store.put(new byte[] {1, 2, 3}, "image/jpeg");
        String other = store.put(new byte[] {1, 2, 3}, "image/jpeg");

        assertThat(key).matches("[0-9a-f]{32}").isNotEqualTo(other);
        assertThat(directory.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key)).hasBinaryContent(new byte[] {1, 2, 3});
        try (InputStream in = store.get(key).orElseThrow()) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
        try (var files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(2);
        }
    }

    @Test
    void forgetsADeletedPhotoAndToleratesDeletingTwice() {
        FileSystemPhotoStore store = new FileSystemPhotoStore(new PhotoProperties(directory, null));
        String key = store.put(new byte[] {9}, "image/png");

        store.delete(key);
        store.delete(key);

        assertThat(store.get(key)).isEmpty();
    }

    @Test
    void acceptsOnlyItsOwnKeysSoNoPathLeadsOutOfTheDirectory() {
        FileSystemPhotoStore store = new FileSystemPhotoStore(new PhotoProperties(directory, null));

        assertThatThrownBy(() -> store.get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete("ab/cd")).isInstanceOf(IllegalArgumentException.class);
    }
}
