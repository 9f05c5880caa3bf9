package id.go.mimikakab.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LocationTests {

    @Test
    void takesAPointInTimika() {
        assertThat(new Location(-4.55, 136.89).latitude()).isEqualTo(-4.55);
        assertThat(Location.inside(-5.8, 138.8)).isTrue();
    }

    @Test
    void refusesAPointOutsideTheRegencyOrWithoutBothCoordinates() {
        assertThat(Location.inside(-4.5, 140.0)).isFalse();
        assertThat(Location.inside(1.0, 136.0)).isFalse();
        assertThat(Location.inside(-4.5, null)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new Location(-2.0, 136.0)).withMessageContaining("inside Mimika");
    }
}
