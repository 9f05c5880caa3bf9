package id.go.mimikakab.citizen;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The reports citizens sent while signed in, by ticket, newest first: what "Akun saya" lists beside applications. */
@Component
public class CitizenReports {

    private final JdbcClient jdbc;
    private final Clock clock;

    CitizenReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Links a report the citizen has just sent to their account; linking it twice changes nothing. */
    @Transactional
    public void link(CitizenAccount citizen, String ticket) {
        jdbc.sql("""
                        insert into citizen_report (citizen_id, ticket, filed_at)
                        select :citizen, :ticket, :now where not exists
                            (select 1 from citizen_report where citizen_id = :citizen and ticket = :ticket)""")
                .param("citizen", citizen.id()).param("ticket", ticket)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
    }

    public List<String> ticketsOf(CitizenAccount citizen) {
        return jdbc.sql("select ticket from citizen_report where citizen_id = :citizen order by filed_at desc")
                .param("citizen", citizen.id()).query(String.class).list();
    }
}
