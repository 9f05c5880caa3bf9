package id.go.mimikakab.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The parts of a long received message are recognised by their concatenation header, as Gammu stores it in hex. */
class ConcatenationTests {

    @Test
    void readsEightAndSixteenBitReferences() {
        assertThat(GammuInbox.Concatenation.of("0500037A0302")).contains(new GammuInbox.Concatenation(0x7A, 3, 2));
        assertThat(GammuInbox.Concatenation.of("060804BEEF0201")).contains(new GammuInbox.Concatenation(0xBEEF, 2, 1));
    }

    @Test
    void aMessageWithoutOrWithAnotherHeaderIsWhole() {
        assertThat(GammuInbox.Concatenation.of("")).isEmpty();
        assertThat(GammuInbox.Concatenation.of(null)).isEmpty();
        assertThat(GammuInbox.Concatenation.of("0B0504158100000003")).isEmpty();
        assertThat(GammuInbox.Concatenation.of("0500037A0203")).isEmpty();
    }
}
