package id.go.mimikakab.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Random;

import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.calendar.WorkingDayCalendar;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.region.Village;
import id.go.mimikakab.system.DemoMode;
import id.go.mimikakab.system.Wit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only: about 2,000 reports over the last 120 days across every district and category, played
 * through the real lifecycle rules with a fixed random seed, so that every screen shows something meaningful
 * on first run: some red, some late, some reopened, some rejected. Never runs outside demo mode, and only on
 * an install that has no reports yet.
 */
@Component
class DemoHistory {

    static final int REPORTS = 2000;
    static final int DAYS = 120;
    private static final long SEED = 94_04L;
    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private static final Map<String, List<String>> STORIES = Map.ofEntries(
            Map.entry("JALAN", List.of("Jalan di depan %s berlubang besar, motor sering jatuh saat hujan.",
                    "Jembatan kayu menuju %s sudah rapuh dan papannya patah.", "Aspal jalan utama di %s mengelupas sepanjang ±200 meter.")),
            Map.entry("BANJIR", List.of("Saluran air di %s tersumbat sampah, jalan tergenang setiap hujan.",
                    "Genangan air setinggi lutut di permukiman %s sejak dua hari.")),
            Map.entry("AIR", List.of("Air bersih di %s tidak mengalir sudah seminggu.", "Sumur umum di %s rusak dan airnya keruh.")),
            Map.entry("PJU", List.of("Lampu jalan di %s mati, jalan gelap dan rawan pada malam hari.")),
            Map.entry("LALIN", List.of("Rambu lalu lintas di simpang %s roboh.", "Parkir liar di depan pasar %s membuat macet.")),
            Map.entry("SAMPAH", List.of("Sampah menumpuk di TPS %s dan belum diangkut.", "Bau sampah dari TPS dekat sekolah di %s.")),
            Map.entry("LINGKUNGAN", List.of("Sungai dekat %s tercemar limbah, airnya berbau.")),
            Map.entry("KESEHATAN", List.of("Puskesmas di %s tutup pada jam pelayanan.", "Obat di puskesmas %s kosong sejak awal bulan.")),
            Map.entry("RUMAHSAKIT", List.of("Antrean IGD sangat lama, pasien dari %s menunggu berjam-jam.")),
            Map.entry("PENDIDIKAN", List.of("Atap kelas SD di %s bocor, murid belajar di teras.", "Guru di sekolah %s sering tidak hadir.")),
            Map.entry("ADMINDUK", List.of("KTP-el warga %s belum jadi setelah tiga bulan.", "Pengurusan akta kelahiran di %s dipersulit.")),
            Map.entry("PERIZINAN", List.of("Pengajuan izin usaha warung di %s belum ada kabar.")),
            Map.entry("BANSOS", List.of("Bantuan sosial di %s tidak tepat sasaran.")),
            Map.entry("KETERTIBAN", List.of("Keributan malam hari di %s mengganggu warga.")),
            Map.entry("BENCANA", List.of("Tanah longsor menutup jalan menuju %s.", "Rumah warga di %s terbakar, butuh bantuan darurat.")),
            Map.entry("INTERNET", List.of("Wifi publik di kantor distrik %s tidak berfungsi.", "Sinyal di %s hilang sejak menara rusak.")),
            Map.entry("PAJAK", List.of("Tagihan PBB rumah di %s tidak sesuai luas tanah.")),
            Map.entry("KERJA", List.of("Upah pekerja proyek di %s belum dibayar dua bulan.")),
            Map.entry("KAMPUNG", List.of("Penggunaan dana kampung %s tidak diumumkan kepada warga.")),
            Map.entry("PEREMPUANANAK", List.of("Ada anak terlantar di sekitar %s, mohon ditangani.")),
            Map.entry("PERUMAHAN", List.of("Rumah warga lansia di %s tidak layak huni.")),
            Map.entry("PARIWISATA", List.of("Fasilitas objek wisata dekat %s rusak dan kotor.")),
            Map.entry("ASN", List.of("Ada pungutan di loket pelayanan kantor distrik %s.")),
            Map.entry("LAINNYA", List.of("Mohon informasi jadwal pelayanan keliling di %s.")));

    private final ReportStore store;
    private final ReportCategories categories;
    private final SlaPolicies policies;
    private final RegionCatalog regions;
    private final HolidayCalendar calendar;
    private final DemoMode demoMode;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ReportProperties properties;
    private final Clock clock;

    DemoHistory(ReportStore store, ReportCategories categories, SlaPolicies policies, RegionCatalog regions,
            HolidayCalendar calendar, DemoMode demoMode, JdbcClient jdbc, TransactionTemplate transactions, ReportProperties properties, Clock clock) {
        this.store = store;
        this.categories = categories;
        this.policies = policies;
        this.regions = regions;
        this.calendar = calendar;
        this.demoMode = demoMode;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void generateOnFirstDemoStart() {
        if (!demoMode.enabled() || properties.demoHistoryReports() == 0 || jdbc.sql("select count(*) from report").query(Long.class).single() > 0) {
            return;
        }
        long started = System.nanoTime();
        transactions.executeWithoutResult(tx -> generate(clock.instant(), properties.demoHistoryReports()));
        log.info("Demo history: {} reports over the last {} days generated in {} ms", properties.demoHistoryReports(), DAYS,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    void generate(Instant now, int count) {
        Random random = new Random(SEED);
        List<ReportCategory> active = categories.active();
        List<Village> villages = regions.districts().stream().flatMap(d -> regions.villagesOf(d.code()).stream()).toList();
        WorkingDayCalendar days = calendar.workingDays();
        LocalDate today = Wit.dateOf(now);
        for (int i = 0; i < count; i++) {
            ReportCategory category = active.get(random.nextInt(active.size()));
            Village village = villages.get(random.nextInt(villages.size()));
            LocalDate day = today.minusDays(DAYS - (long) i * DAYS / count);
            Instant submitted = day.atTime(LocalTime.of(6 + random.nextInt(15), random.nextInt(60))).atZone(Wit.ZONE).toInstant();
            if (submitted.isAfter(now)) {
                submitted = now.minus(Duration.ofMinutes(5 + random.nextInt(60)));
            }
            List<String> stories = STORIES.getOrDefault(category.code(), STORIES.get("LAINNYA"));
            String description = stories.get(random.nextInt(stories.size())).formatted(village.name());
            boolean confidential = random.nextInt(20) == 0;
            boolean anonymous = random.nextInt(5) == 0;
            NewReport content = new NewReport(ReportKind.values()[random.nextInt(10) < 8 ? 0 : 1 + random.nextInt(2)],
                    category.code(), description, village.districtCode(), village.code(), null, null, null, anonymous,
                    confidential, anonymous ? null : "Warga " + village.name(), null, null);
            SlaPolicy policy = policies.of(category.code());
            Report report = Report.submit(TicketNumber.random(random), content, Channel.values()[random.nextInt(10) < 7 ? 0 : random.nextInt(5)],
                    null, submitted, policy, days);
            play(report, random, policy, days, now, category.defaultAgencyCode());
            // a made-up past is nobody's news: no notices, no wall nudges
            report.eventsPublished();
            store.insert(report);
        }
    }

    /** Moves one report through the lifecycle at plausible moments up to {@code now}, with a mix of on-time, late and stuck. */
    private static void play(Report report, Random random, SlaPolicy policy, WorkingDayCalendar days, Instant now, String agency) {
        Instant t = step(report.submittedAt(), random.nextInt(4), random, days);
        if (t.isAfter(now)) {
            return;
        }
        int fate = random.nextInt(100);
        if (fate < 4) {
            report.reject(RejectionReason.SPAM, "Laporan tidak berisi keluhan yang dapat ditindaklanjuti.", null, "mcc", t);
            return;
        }
        if (fate < 7) {
            report.reject(RejectionReason.NOT_REGENCY_AUTHORITY, "Kewenangan instansi vertikal; sudah kami teruskan.", null, "mcc", t);
            return;
        }
        report.routeTo(agency, "mcc", t, policy, days);
        String staff = "opd." + agency.toLowerCase();
        int followUpDays = fate < 70 ? random.nextInt(5) : 3 + random.nextInt(10);
        Instant answered = step(t, followUpDays, random, days);
        if (answered.isAfter(now)) {
            return;
        }
        report.acknowledge(staff, step(t, 0, random, days));
        report.followUp("Laporan sudah kami terima; petugas akan meninjau lokasi.", true, staff, answered, policy, days);
        Instant done = step(answered, 2 + random.nextInt(12), random, days);
        if (done.isAfter(now) || fate % 5 == 0) {
            return;
        }
        report.complete("Pekerjaan sudah selesai dilaksanakan oleh petugas lapangan.", staff, done, policy, days);
        Instant reply = step(done, 1 + random.nextInt(12), random, days);
        if (reply.isAfter(now)) {
            return;
        }
        if (fate % 9 == 0 && !reply.isAfter(report.closeDueAt())) {
            report.reopen("Masalahnya muncul lagi setelah beberapa hari.", reply, policy, days);
            Instant again = step(reply, random.nextInt(8), random, days);
            if (!again.isAfter(now)) {
                report.followUp("Tim kembali ke lokasi untuk perbaikan ulang.", true, staff, again, policy, days);
            }
        } else if (fate % 2 == 0 && !reply.isAfter(report.closeDueAt())) {
            report.confirm(3 + random.nextInt(3), "Terima kasih, sudah ditangani.", reply);
        } else {
            report.closeIfSilent(now);
        }
    }

    private static Instant step(Instant from, int workingDays, Random random, WorkingDayCalendar days) {
        LocalDate date = workingDays == 0 ? Wit.dateOf(from) : days.nthWorkingDayOnOrAfter(Wit.dateOf(from).plusDays(1), workingDays);
        Instant at = date.atTime(LocalTime.of(8 + random.nextInt(8), random.nextInt(60))).atZone(Wit.ZONE).toInstant();
        return at.isAfter(from) ? at : from.plus(Duration.ofMinutes(30 + random.nextInt(120)));
    }
}
