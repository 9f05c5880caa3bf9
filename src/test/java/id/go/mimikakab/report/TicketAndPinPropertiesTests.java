package id.go.mimikakab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.go.mimikakab.system.RateLimit;
import id.go.mimikakab.system.RateLimits;
import id.go.mimikakab.testing.Cases;

import org.junit.jupiter.api.Test;

/** Properties of ticket numbers as citizens type them, and of the PIN derived from a ticket. */
class TicketAndPinPropertiesTests {

    @Test
    void aTicketReadsBackHoweverItIsTyped() {
        Cases.check(2_000, random -> {
            TicketNumber ticket = TicketNumber.random(random);
            String typed = ticket.value();
            if (random.nextBoolean()) {
                typed = typed.toLowerCase(Locale.ROOT);
            }
            if (random.nextBoolean()) {
                typed = typed.replace("-", random.nextBoolean() ? "" : " ");
            }
            typed = " ".repeat(random.nextInt(3)) + typed + " ".repeat(random.nextInt(3));
            assertThat(TicketNumber.parse(typed)).as(typed).contains(ticket);
        });
    }

    @Test
    void anythingElseTypedIsNoTicketAndNeverAnError() {
        Cases.check(5_000, random -> {
            String typed = random.nextInt(3) == 0 ? mutated(TicketNumber.random(random).value(), random) : Cases.hostileText(random, 20);
            Optional<TicketNumber> parsed = TicketNumber.parse(typed);
            parsed.ifPresent(ticket -> {
                assertThat(ticket.value()).matches("[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
                assertThat(TicketNumber.parse(ticket.value())).contains(ticket);
            });
        });
    }

    @Test
    void lettersThatLookAlikeAreNeverInATicket() {
        Cases.check(2_000, random -> assertThat(TicketNumber.random(random).value()).doesNotContainPattern("[01ILOU]"));
    }

    private static String mutated(String ticket, java.util.Random random) {
        char[] chars = ticket.toCharArray();
        chars[random.nextInt(chars.length)] = "01ILOU#é -".charAt(random.nextInt(10));
        return new String(chars);
    }

    @Test
    void aPinIsSixDigitsTheSameForTheSameTicketAndSpreadOverTicketsAndSecrets() {
        ReportPins pins = pins("rahasia-uji-1");
        ReportPins otherInstall = pins("rahasia-uji-2");
        Set<String> seen = new HashSet<>();
        int sameOnOtherInstall = 0;
        for (int i = 0; i < 5_000; i++) {
            TicketNumber ticket = TicketNumber.random(new java.util.Random(i));
            String pin = pins.pinFor(ticket);
            assertThat(pin).matches("[0-9]{6}");
            assertThat(pins.pinFor(new TicketNumber(ticket.value()))).isEqualTo(pin);
            seen.add(pin);
            if (otherInstall.pinFor(ticket).equals(pin)) {
                sameOnOtherInstall++;
            }
        }
        // 5,000 draws from a million values: about 12 collide by chance; a weak derivation would collide far more.
        assertThat(seen.size()).isGreaterThan(4_950);
        assertThat(sameOnOtherInstall).as("PINs of another install's secret").isLessThan(10);
    }

    private static ReportPins pins(String secret) {
        RateLimits limits = mock(RateLimits.class,
                call -> call.getMethod().getReturnType() == RateLimit.class ? mock(RateLimit.class) : null);
        return new ReportPins(null, new ReportProperties(null, null, null, null, secret, null, null, null), limits, null, null,
                null);
    }
}
