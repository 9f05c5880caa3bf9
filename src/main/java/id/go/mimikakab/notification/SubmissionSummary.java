package id.go.mimikakab.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import id.go.mimikakab.region.District;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.report.ReportCategories;
import id.go.mimikakab.report.ReportCategory;
import id.go.mimikakab.report.ReportSubmitted;
import id.go.mimikakab.system.Wit;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a reporter's confirmation e-mail repeats of the report as it was recorded: kind, category, place, when it was
 * received and the description, in Bahasa Indonesia, so the reporter can check it and keep it with the ticket.
 */
@Component
class SubmissionSummary {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH.mm 'WIT'", INDONESIAN)
            .withZone(Wit.ZONE);

    private final ReportCategories categories;
    private final RegionCatalog regions;
    private final MessageSource messages;

    SubmissionSummary(ReportCategories categories, RegionCatalog regions, MessageSource messages) {
        this.categories = categories;
        this.regions = regions;
        this.messages = messages;
    }

    String of(ReportSubmitted submitted) {
        String category = categories.find(submitted.categoryCode()).map(ReportCategory::name).orElse(submitted.categoryCode());
        Object[] args = { text("notification.kind." + submitted.kind().name()), category, place(submitted.villageCode()),
            WHEN.format(submitted.occurredAt()), submitted.description() };
        return text("notification.reporter.submitted.summary", args);
    }

    /** The village and its district, e.g. "Kampung Kwamki, Distrik Mimika Baru"; a dash when the report names none. */
    private String place(String villageCode) {
        if (villageCode == null) {
            return "-";
        }
        return regions.village(villageCode).map(village -> village.name() + regions.district(village.districtCode())
                .map(District::name).map(district -> ", " + text("notification.place.district", district)).orElse(""))
                .orElse(villageCode);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, INDONESIAN);
    }
}
