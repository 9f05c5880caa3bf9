package id.go.mimikakab.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import id.go.mimikakab.audit.AuditTrail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class HolidayCalendarIntegrationTests {

    @Autowired
    HolidayCalendar calendar;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    private String apiDeadline(String from, int days) throws Exception {
        return mvc.get().uri("/api/v1/calendar/deadline").param("from", from).param("workingDays", String.valueOf(days))
                .exchange().getResponse().getContentAsString();
    }

    @Test
    void aHolidayAddedWhileRunningMovesTheNextDeadlineAndIsAudited() throws Exception {
        String from = "2028-02-28T10:00:00+09:00";
        assertThat(apiDeadline(from, 5)).contains("\"due\":\"2028-03-06T23:59:59+09:00\"");

        Holiday added = calendar.add(LocalDate.parse("2028-03-01"), HolidayKind.REGIONAL, "Hari libur uji");
        try {
            assertThat(apiDeadline(from, 5)).contains("\"due\":\"2028-03-07T23:59:59+09:00\"");
            assertThat(audit.historyOf("holiday", "2028-03-01"))
                    .anySatisfy(e -> assertThat(e.action()).isEqualTo("HOLIDAY_ADDED"));
            assertThat(calendar.holidaysIn(2028)).extracting(Holiday::name).contains("Hari libur uji");
        } finally {
            calendar.remove(added.id());
        }
        assertThat(apiDeadline(from, 5)).contains("\"due\":\"2028-03-06T23:59:59+09:00\"");
    }

    @Test
    void refusesTheSameHolidayTwiceOnOneDate() {
        Holiday first = calendar.add(LocalDate.parse("2029-02-05"), HolidayKind.REGIONAL, "Hari Pekabaran Injil");
        try {
            assertThatThrownBy(() -> calendar.add(LocalDate.parse("2029-02-05"), HolidayKind.REGIONAL, "Hari Pekabaran Injil"))
                    .isInstanceOf(DuplicateHolidayException.class);
        } finally {
            calendar.remove(first.id());
        }
    }

    @Test
    void picksUpAChangeMadeByAnotherNodeThroughTheRevisionCounter() {
        OffsetDateTime before = calendar.deadline(OffsetDateTime.parse("2030-04-01T10:00:00+09:00").toInstant(), WorkingDays.of(1));
        assertThat(before.toLocalDate()).isEqualTo(LocalDate.parse("2030-04-02"));

        jdbc.sql("insert into holiday (holiday_date, kind, name) values (date '2030-04-02', 'REGIONAL', 'Libur dari node lain')").update();
        jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1").update();
        try {
            calendar.refreshIfChangedElsewhere();
            assertThat(calendar.deadline(OffsetDateTime.parse("2030-04-01T10:00:00+09:00").toInstant(), WorkingDays.of(1))
                    .toLocalDate()).isEqualTo(LocalDate.parse("2030-04-03"));
        } finally {
            jdbc.sql("delete from holiday where name = 'Libur dari node lain'").update();
            jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1").update();
            calendar.refreshIfChangedElsewhere();
        }
    }

    @Test
    void holidaysOfAYearComeFromTheDecreeData() {
        assertThat(calendar.holidaysIn(2026)).hasSize(25)
                .anySatisfy(h -> {
                    assertThat(h.date()).isEqualTo(LocalDate.parse("2026-12-24"));
                    assertThat(h.kind()).isEqualTo(HolidayKind.COLLECTIVE_LEAVE);
                });
        assertThat(calendar.holidaysIn(2025)).hasSize(28);
    }
}
