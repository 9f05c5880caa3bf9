package id.go.mimikakab.open311.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.open311.ClientKey;
import id.go.mimikakab.open311.ClientKeys;
import id.go.mimikakab.open311.Open311Properties;
import id.go.mimikakab.report.CategoryQuestions;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.PublicUpdate;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportCategories;
import id.go.mimikakab.report.ReportCategory;
import id.go.mimikakab.report.ReportDigest;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportKind;
import id.go.mimikakab.report.ReportStatus;
import id.go.mimikakab.report.ReportSubmission;
import id.go.mimikakab.report.ReportViews;
import id.go.mimikakab.report.TicketNumber;
import id.go.mimikakab.system.DemoMode;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The GeoReport v2 endpoint under {@code /open311/v2}, in XML or JSON by suffix: discovery, services and their
 * definitions, submitting a request with an API key, listing and reading requests, tokens, and the
 * servicerequestupdates extension. A parameter sent empty counts as not sent. Errors are the spec's lists of
 * {@code {code, description}} ({@link Open311Errors}).
 */
@Controller
@RequestMapping("/open311/v2")
class Open311Controller {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** Most requests or updates one answer holds, as the spec limits GET requests. */
    static final int MOST = 1000;
    private static final String FORMAT = "{format:json|xml}";
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]+)](\\[])?");

    private final ReportCategories categories;
    private final CategoryQuestions questions;
    private final ReportIntake intake;
    private final ReportViews views;
    private final AgencyDirectory agencies;
    private final ClientKeys keys;
    private final KeyThrottle throttle;
    private final ServiceRequests requests;
    private final Open311Properties properties;
    private final DemoMode demoMode;
    private final MessageSource messages;
    private final Clock clock;

    Open311Controller(ReportCategories categories, CategoryQuestions questions, ReportIntake intake, ReportViews views,
            AgencyDirectory agencies, ClientKeys keys, KeyThrottle throttle, ServiceRequests requests,
            Open311Properties properties, DemoMode demoMode, MessageSource messages, Clock clock) {
        this.categories = categories;
        this.questions = questions;
        this.intake = intake;
        this.views = views;
        this.agencies = agencies;
        this.keys = keys;
        this.throttle = throttle;
        this.requests = requests;
        this.properties = properties;
        this.demoMode = demoMode;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/discovery." + FORMAT)
    ResponseEntity<byte[]> discovery(@PathVariable String format, HttpServletRequest request) {
        String changeset = Open311Json.w3(categories.lastChanged());
        Open311Json.Endpoint endpoint = new Open311Json.Endpoint(SPECIFICATION, requests.baseUrl(request) + "/open311/v2",
                changeset, demoMode.enabled() ? "test" : "production", List.of("text/xml", "application/json"));
        return ok(format, f -> f.object("discovery", new Open311Json.Discovery(changeset, properties.contact(),
                properties.keyService(), List.of(endpoint))));
    }

    @GetMapping("/services." + FORMAT)
    ResponseEntity<byte[]> services(@PathVariable String format, HttpServletRequest request) {
        jurisdiction(request);
        Set<String> asking = questions.categoriesWithQuestions();
        Map<String, Agency> agencyByCode = new LinkedHashMap<>();
        agencies.all().forEach(a -> agencyByCode.put(a.code(), a));
        List<Open311Json.Service> services = categories.active().stream().map(c -> {
            Agency agency = agencyByCode.get(c.defaultAgencyCode());
            String keywords = c.examples() == null ? agency.shortName() : c.examples() + ", " + agency.shortName();
            return new Open311Json.Service(c.code(), c.name(), c.examples(), asking.contains(c.code()), "realtime",
                    keywords, agency.name());
        }).toList();
        return ok(format, f -> f.list("services", "service", services));
    }

    @GetMapping("/services/{serviceCode}." + FORMAT)
    ResponseEntity<byte[]> definition(@PathVariable String serviceCode, @PathVariable String format, HttpServletRequest request) {
        jurisdiction(request);
        ReportCategory category = offered(serviceCode);
        List<Open311Json.Attribute> attributes = questions.of(category.code()).stream()
                .map(q -> new Open311Json.Attribute(true, q.code(), q.type().name().toLowerCase(Locale.ROOT),
                        q.required(), q.hint(), q.order(), q.description(), q.type().hasChoices()
                                ? q.choices().stream().map(c -> new Open311Json.Value(c.key(), c.name())).toList() : null))
                .toList();
        return ok(format, f -> f.object("service_definition", new Open311Json.ServiceDefinition(category.code(), attributes)));
    }

    @PostMapping("/requests." + FORMAT)
    ResponseEntity<byte[]> submit(@PathVariable String format, HttpServletRequest request) {
        String apiKey = param(request, "api_key");
        if (apiKey == null) {
            throw Open311Failure.forbidden("Missing api_key -- can't proceed with create_request.");
        }
        ClientKey client = keys.authenticate(apiKey)
                .orElseThrow(() -> Open311Failure.forbidden("Invalid api_key received -- can't proceed with create_request."));
        OptionalLong wait = throttle.submission(client.id());
        if (wait.isPresent()) {
            throw Open311Failure.overLimit(wait.getAsLong());
        }
        jurisdiction(request);
        String serviceCode = param(request, "service_code");
        if (serviceCode == null) {
            throw Open311Failure.badRequest("service_code was not provided.");
        }
        ReportCategory category = offered(serviceCode);
        Receipt receipt = intake.submit(submission(request, category.code()), attributes(request), Channel.OPEN311,
                "open311:" + client.clientName(), null);
        String notice = messages.getMessage("open311.notice.received", new Object[] { receipt.ticket(),
            Open311Json.w3(receipt.dueAt()), requests.baseUrl(request) + "/lacak/" + receipt.ticket() },
                LocaleContextHolder.getLocale());
        return ok(format, f -> f.list("service_requests", "request", List.of(new Open311Json.Created(receipt.ticket(), notice))));
    }

    @GetMapping("/requests." + FORMAT)
    ResponseEntity<byte[]> list(@PathVariable String format, HttpServletRequest request) {
        jurisdiction(request);
        String ids = param(request, "service_request_id");
        ReportViews.DigestQuery query;
        if (ids != null) {
            query = new ReportViews.DigestQuery(split(ids).stream().map(TicketNumber::parse).flatMap(Optional::stream)
                    .map(TicketNumber::value).distinct().limit(MOST).toList(), null, null, null, null);
        } else {
            RequestWindow window = RequestWindow.of(param(request, "start_date"), param(request, "end_date"), clock.instant());
            query = new ReportViews.DigestQuery(null, serviceCodes(param(request, "service_code")),
                    statuses(param(request, "status")), window.from(), window.to());
        }
        return answer(format, request, views.digests(query, MOST));
    }

    @GetMapping("/requests/{id}." + FORMAT)
    ResponseEntity<byte[]> one(@PathVariable String id, @PathVariable String format, HttpServletRequest request) {
        jurisdiction(request);
        return answer(format, request, List.of(visible(id)));
    }

    @GetMapping("/tokens/{token}." + FORMAT)
    ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format, HttpServletRequest request) {
        jurisdiction(request);
        ReportDigest found = visible(token);
        return ok(format, f -> f.list("service_requests", "request", List.of(new Open311Json.Token(found.ticket(), token))));
    }

    @GetMapping("/servicerequestupdates." + FORMAT)
    ResponseEntity<byte[]> updates(@PathVariable String format, HttpServletRequest request) {
        jurisdiction(request);
        RequestWindow window = RequestWindow.of(param(request, "start_date"), param(request, "end_date"), clock.instant());
        String base = requests.baseUrl(request);
        List<Open311Json.Update> updates = views.publicUpdates(new ReportViews.UpdateQuery(null, window.from(), window.to()), MOST)
                .stream().map(u -> requests.update(u, base)).toList();
        return ok(format, f -> f.list("service_request_updates", "request_update", updates));
    }

    /** Whatever else is asked under {@code /open311}: a resource GeoReport v2 does not have here. */
    @RequestMapping({ "", "/**" })
    ResponseEntity<byte[]> unknown(HttpServletRequest request) {
        throw Open311Failure.notFound("No GeoReport v2 resource " + request.getMethod() + " " + request.getRequestURI()
                + "; resources end in .xml or .json, see " + SPECIFICATION);
    }

    private ResponseEntity<byte[]> answer(String format, HttpServletRequest request, List<ReportDigest> digests) {
        Map<String, List<PublicUpdate>> notes = null;
        if ("true".equalsIgnoreCase(param(request, "extensions")) && !digests.isEmpty()) {
            List<PublicUpdate> withNotes = views.publicUpdates(new ReportViews.UpdateQuery(
                    digests.stream().map(ReportDigest::ticket).toList(), null, null), MOST * 20)
                    .stream().filter(u -> u.publicNote() != null).toList();
            notes = ServiceRequests.byTicket(withNotes, PublicUpdate::ticket);
        }
        List<Open311Json.Request> found = requests.requests(digests, notes, requests.baseUrl(request));
        return ok(format, f -> f.list("service_requests", "request", found));
    }

    private ReportDigest visible(String id) {
        return TicketNumber.parse(id)
                .flatMap(t -> views.digests(new ReportViews.DigestQuery(List.of(t.value()), null, null, null, null), 1)
                        .stream().findFirst())
                .orElseThrow(() -> Open311Failure.notFound("service_request_id '" + id + "' was not found."));
    }

    private ReportCategory offered(String serviceCode) {
        return categories.find(serviceCode).filter(ReportCategory::active)
                .orElseThrow(() -> Open311Failure.notFound("service_code '" + serviceCode + "' was not found."));
    }

    private ReportSubmission submission(HttpServletRequest request, String categoryCode) {
        Double lat = number(request, "lat");
        Double lon = number(request, "long");
        String name = String.join(" ", Arrays.asList(param(request, "first_name"), param(request, "last_name")).stream()
                .filter(Objects::nonNull).toList());
        return new ReportSubmission(ReportKind.COMPLAINT.name(), categoryCode, param(request, "description"), null,
                param(request, "address_id"), lat, lon, param(request, "address_string"), false, false,
                name.isEmpty() ? null : name, param(request, "phone"), param(request, "email"));
    }

    /** The answers {@code attribute[CODE]=value}, several for {@code attribute[CODE][]=value}, by attribute code. */
    private static Map<String, List<String>> attributes(HttpServletRequest request) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            Matcher m = ATTRIBUTE.matcher(name);
            if (m.matches()) {
                answers.computeIfAbsent(m.group(1), code -> new ArrayList<>()).addAll(Arrays.asList(values));
            }
        });
        return answers;
    }

    private Set<String> serviceCodes(String codes) {
        if (codes == null) {
            return null;
        }
        List<String> unknown = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        for (String code : split(codes)) {
            if (categories.find(code).isPresent()) {
                known.add(code);
            } else {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            throw Open311Failure.badRequest("Unknown service_code " + String.join(", ", unknown) + "; see services.xml.");
        }
        return known;
    }

    private static Set<ReportStatus> statuses(String statuses) {
        if (statuses == null) {
            return null;
        }
        Set<ReportStatus> chosen = EnumSet.noneOf(ReportStatus.class);
        for (String status : split(statuses)) {
            boolean open = switch (status) {
                case "open" -> true;
                case "closed" -> false;
                default -> throw Open311Failure.badRequest("status '" + status + "' is neither open nor closed.");
            };
            EnumSet.allOf(ReportStatus.class).stream().filter(s -> s.open() == open).forEach(chosen::add);
        }
        return chosen;
    }

    /** A jurisdiction_id other than Mimika's is not found; none at all is fine, as the endpoint serves one. */
    private void jurisdiction(HttpServletRequest request) {
        String jurisdiction = param(request, "jurisdiction_id");
        if (jurisdiction != null && !jurisdiction.equalsIgnoreCase(properties.jurisdictionId())) {
            throw Open311Failure.notFound("jurisdiction_id '" + jurisdiction + "' was not found; this endpoint serves "
                    + properties.jurisdictionId() + ".");
        }
    }

    private static Double number(HttpServletRequest request, String name) {
        String value = param(request, name);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a non-finite number
        }
        throw Open311Failure.badRequest(name + " '" + value + "' is not a number (WGS84 degrees).");
    }

    /** A parameter's value, or null when it is missing or empty: the spec treats both alike. */
    private static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static ResponseEntity<byte[]> ok(String suffix, Function<Open311Format, byte[]> body) {
        Open311Format format = Open311Format.of(suffix);
        return ResponseEntity.ok().contentType(format.contentType()).body(body.apply(format));
    }
}
