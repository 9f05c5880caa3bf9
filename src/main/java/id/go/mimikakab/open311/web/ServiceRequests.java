package id.go.mimikakab.open311.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.region.Village;
import id.go.mimikakab.report.PublicUpdate;
import id.go.mimikakab.report.ReportCategories;
import id.go.mimikakab.report.ReportCategory;
import id.go.mimikakab.report.ReportDigest;
import id.go.mimikakab.report.ReportStatus;
import id.go.mimikakab.system.Identity;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Turns reports into GeoReport v2 service requests and updates: open or closed by the lifecycle, the agency's name,
 * the current deadline as the expected time, the place from the regions' names, and public photos as absolute URLs.
 */
@Component
class ServiceRequests {

    private final ReportCategories categories;
    private final AgencyDirectory agencies;
    private final RegionCatalog regions;
    private final Identity identity;

    ServiceRequests(ReportCategories categories, AgencyDirectory agencies, RegionCatalog regions, Identity identity) {
        this.categories = categories;
        this.agencies = agencies;
        this.regions = regions;
        this.identity = identity;
    }

    /** Open while the lifecycle runs (a completed report may still be reopened); closed once closed or rejected. */
    static String status(ReportStatus status) {
        return status.open() ? "open" : "closed";
    }

    /** The site's address as clients reach it: the configured public URL, or the one this request came in on. */
    String baseUrl(HttpServletRequest request) {
        String configured = identity.publicUrl();
        return configured != null && !configured.isBlank() ? configured.strip().replaceAll("/+$", "")
                : ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    /** The requests, each with its public notes when {@code notes} holds them (extensions=true), else without. */
    List<Open311Json.Request> requests(List<ReportDigest> digests, Map<String, List<PublicUpdate>> notes, String baseUrl) {
        Map<String, String> categoryNames = categories.all().stream()
                .collect(Collectors.toMap(ReportCategory::code, ReportCategory::name));
        Map<String, String> agencyNames = agencies.all().stream().collect(Collectors.toMap(Agency::code, Agency::name));
        List<Open311Json.Request> requests = new ArrayList<>();
        for (ReportDigest d : digests) {
            Open311Json.Extended extended = notes == null ? null
                    : new Open311Json.Extended(notes.getOrDefault(d.ticket(), List.of()).stream()
                            .map(u -> update(u, baseUrl)).toList());
            requests.add(new Open311Json.Request(d.ticket(), status(d.status()), d.latestPublicNote(),
                    categoryNames.get(d.categoryCode()), d.categoryCode(), d.description(),
                    d.agencyCode() == null ? null : agencyNames.get(d.agencyCode()), Open311Json.w3(d.submittedAt()),
                    Open311Json.w3(d.updatedAt() == null ? d.submittedAt() : d.updatedAt()), Open311Json.w3(d.dueAt()),
                    address(d), d.villageCode(), d.latitude(), d.longitude(), photoUrl(baseUrl, d.ticket(), d.photoId()),
                    extended));
        }
        return requests;
    }

    Open311Json.Update update(PublicUpdate u, String baseUrl) {
        return new Open311Json.Update(Long.toString(u.id()), u.ticket(), status(u.status()), Open311Json.w3(u.at()),
                u.publicNote(), photoUrl(baseUrl, u.ticket(), u.photoId()));
    }

    /** Most specific first: village, district, regency; nothing when the report has only a map point. */
    private String address(ReportDigest d) {
        List<String> parts = new ArrayList<>();
        if (d.villageCode() != null) {
            regions.village(d.villageCode()).map(Village::name).ifPresent(parts::add);
        }
        if (d.districtCode() != null) {
            regions.district(d.districtCode()).ifPresent(district -> parts.add("Distrik " + district.name()));
        }
        if (parts.isEmpty()) {
            return null;
        }
        parts.add(identity.regencyName());
        return String.join(", ", parts);
    }

    private static String photoUrl(String baseUrl, String ticket, Long photoId) {
        return photoId == null ? null : baseUrl + "/api/v1/reports/" + ticket + "/photos/" + photoId;
    }

    static <T> Map<String, List<T>> byTicket(List<T> items, Function<T, String> ticket) {
        return items.stream().collect(Collectors.groupingBy(ticket));
    }
}
