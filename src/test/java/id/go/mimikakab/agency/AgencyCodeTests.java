package id.go.mimikakab.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class AgencyCodeTests {

    @Test
    void readsACodeAsSentWithSpacesAround() {
        assertThat(AgencyCode.parse(" PUPR ")).contains(new AgencyCode("PUPR"));
    }

    @Test
    void refusesWhatCannotBeAnAgencysCode() {
        assertThat(AgencyCode.parse("pupr")).isEmpty();
        assertThat(AgencyCode.parse("P")).isEmpty();
        assertThat(AgencyCode.parse(null)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new AgencyCode("DINAS PU"));
    }
}
