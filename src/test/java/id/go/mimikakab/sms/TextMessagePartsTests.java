package id.go.mimikakab.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Texts fit the GSM 7-bit alphabet and SMS lengths: 160 alone, 153 per part of a long text. */
class TextMessagePartsTests {

    @Test
    void aTextOf160CharactersIsOneMessage() {
        String text = "a".repeat(160);
        assertThat(TextMessageParts.split(text, 4)).containsExactly(text);
    }

    @Test
    void aLongerTextGoesInPartsOfAtMost153() {
        String text = "b".repeat(161);
        List<String> parts = TextMessageParts.split(text, 4);
        assertThat(parts).extracting(String::length).containsExactly(153, 8);
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void extensionCharactersCountTwiceAndAreNeverSplit() {
        assertThat(TextMessageParts.septets("Rp 5.000 [diskon] €")).isEqualTo(19 + 3);
        String text = "x".repeat(152) + "€" + "y".repeat(10);
        List<String> parts = TextMessageParts.split(text, 4);
        assertThat(parts.get(0)).hasSize(152);
        assertThat(parts.get(1)).startsWith("€");
    }

    @Test
    void typographicCharactersBecomePlainAndOthersAQuestionMark() {
        assertThat(TextMessageParts.gsm7("“Jalan” – rusak… ‘parah’ ç ō 😀")).isEqualTo("\"Jalan\" - rusak... 'parah' c o ?");
    }

    @Test
    void aTextLongerThanTheLimitOfPartsIsCutWithDots() {
        List<String> parts = TextMessageParts.split("z".repeat(1000), 2);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(1)).endsWith("..").hasSizeLessThanOrEqualTo(153);
    }
}
