package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.mimikakab.system.NotFoundException;

import org.junit.jupiter.api.Test;

class TicketNumberTests {

    @Test
    void readsATicketTypedInAnyCaseWithOrWithoutTheDash() {
        assertThat(TicketNumber.typed(" k7px2qdm ")).isEqualTo(new TicketNumber("K7PX-2QDM"));
    }

    @Test
    void textThatCannotBeATicketNamesNoReport() {
        assertThatThrownBy(() -> TicketNumber.typed("K7PX-2QD0")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> TicketNumber.typed(null)).isInstanceOf(NotFoundException.class);
    }
}
