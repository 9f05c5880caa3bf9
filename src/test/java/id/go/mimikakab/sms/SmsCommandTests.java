package id.go.mimikakab.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** How text messages are read: keywords in any case and spacing, categories and districts by name or code. */
class SmsCommandTests {

    private static final SmsCommand.Vocabulary WORDS = new SmsCommand.Vocabulary(
            Map.of("JALAN", "JALAN", "JALANDANJEMBATAN", "JALAN", "SAMPAH", "SAMPAH", "LAINNYA", "LAINNYA"),
            Map.of("MIMIKABARU", "94.04.01", "MIMIKABARAT", "94.04.04", "MIMIKABARATJAUH", "94.04.11",
                    "KUALAKENCANA", "94.04.09"));

    @Test
    void readsAReportWithCategoryDistrictAndTextInAnyCaseAndSpacing() {
        assertThat(SmsCommand.parse("  lapor   Jalan  mimika   baru  Jalan Budi Utomo   berlubang\n besar ", WORDS))
                .isEqualTo(new SmsCommand.Report("JALAN", "94.04.01", null, "Jalan Budi Utomo berlubang besar"));
    }

    @Test
    void takesTheLongestDistrictNameAndOneWrittenWithoutSpaces() {
        assertThat(SmsCommand.parse("LAPOR SAMPAH Mimika Barat Jauh sampah di pantai", WORDS))
                .isEqualTo(new SmsCommand.Report("SAMPAH", "94.04.11", null, "sampah di pantai"));
        assertThat(SmsCommand.parse("LAPOR SAMPAH KUALAKENCANA sampah di pasar", WORDS))
                .isEqualTo(new SmsCommand.Report("SAMPAH", "94.04.09", null, "sampah di pasar"));
    }

    @Test
    void keepsAnUnknownCategoryInTheTextAndNamesIt() {
        assertThat(SmsCommand.parse("LAPOR JLN MIMIKABARU jalan rusak", WORDS))
                .isEqualTo(new SmsCommand.Report(null, "94.04.01", "JLN", "JLN jalan rusak"));
    }

    @Test
    void leavesTheDistrictOpenWhenTheWordAfterTheCategoryIsNone() {
        assertThat(SmsCommand.parse("LAPOR JALAN rusak parah di kampung", WORDS))
                .isEqualTo(new SmsCommand.Report("JALAN", null, null, "rusak parah di kampung"));
    }

    @Test
    void readsCheckAnswerAndHelp() {
        assertThat(SmsCommand.parse("cek k7px2qdm", WORDS)).isEqualTo(new SmsCommand.Check("k7px2qdm"));
        assertThat(SmsCommand.parse("Jawab K7PX-2QDM  di depan  pasar", WORDS))
                .isEqualTo(new SmsCommand.Answer("K7PX-2QDM", "di depan pasar"));
        assertThat(SmsCommand.parse(" info ", WORDS)).isEqualTo(new SmsCommand.Help());
    }

    @Test
    void anythingElseIsFreeTextForTheCommandCentre() {
        assertThat(SmsCommand.parse("Lampu jalan mati  sudah dua minggu", WORDS))
                .isEqualTo(new SmsCommand.FreeText("Lampu jalan mati sudah dua minggu"));
        assertThat(SmsCommand.parse("Info lowongan kerja di kantor bupati?", WORDS))
                .isEqualTo(new SmsCommand.FreeText("Info lowongan kerja di kantor bupati?"));
    }
}
