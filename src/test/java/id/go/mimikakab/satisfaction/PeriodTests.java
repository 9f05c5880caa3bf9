package id.go.mimikakab.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Reporting periods of the IKM as the annual report writes them. */
class PeriodTests {

    @Test
    void periodsAreLabelledAndBoundedByTheirDays() {
        assertThat(Period.year(2031).label()).isEqualTo("2031");
        assertThat(Period.quarter(2031, 2).label()).isEqualTo("2031-Q2");
        assertThat(Period.quarter(2031, 2).firstDay()).isEqualTo(LocalDate.of(2031, 4, 1));
        assertThat(Period.quarter(2031, 4).end()).isEqualTo(LocalDate.of(2032, 1, 1));
        assertThat(Period.month(2031, 3).label()).isEqualTo("2031-03");
        assertThatThrownBy(() -> Period.month(2031, 13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.quarter(2031, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
