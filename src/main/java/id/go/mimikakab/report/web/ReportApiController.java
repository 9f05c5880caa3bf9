package id.go.mimikakab.report.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;

import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.casework.Light;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.FieldProblem;
import id.go.mimikakab.report.InvalidReportException;
import id.go.mimikakab.report.PhotoUpload;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportPhotos;
import id.go.mimikakab.report.ReportStatus;
import id.go.mimikakab.report.ReportViews;
import id.go.mimikakab.report.ReportWorkflow;
import id.go.mimikakab.report.web.ReportJson.LineJson;
import id.go.mimikakab.report.web.ReportJson.PublicReportJson;
import id.go.mimikakab.report.web.ReportJson.ReceiptJson;
import id.go.mimikakab.system.InvalidParameterException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public side of the reports API: submitting without an account (with photos or without), tracking by
 * ticket (and PIN for a confidential report), the reports' photos, the reporter's own actions, "me too" and the
 * public list.
 */
@RestController
@RequestMapping("/api/v1")
class ReportApiController {

    static final int MAX_PAGE = 100;
    /** The list is for browsing, not for walking the whole archive: the exports are made for that. */
    static final int MAX_PAGE_NUMBER = 10_000;
    static final int MAX_IDEMPOTENCY_KEY = 100;

    private final ReportIntake intake;
    private final ReportViews views;
    private final ReportWorkflow workflow;
    private final SubmissionLimiter limiter;
    private final ReportPhotos photos;
    private final JsonMapper json;

    ReportApiController(ReportIntake intake, ReportViews views, ReportWorkflow workflow, SubmissionLimiter limiter,
            ReportPhotos photos, JsonMapper json) {
        this.intake = intake;
        this.views = views;
        this.workflow = workflow;
        this.limiter = limiter;
        this.photos = photos;
        this.json = json;
    }

    @PostMapping(value = "/reports", consumes = "application/json")
    ResponseEntity<ReceiptJson> submit(@RequestBody ReportJson.Submission body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, HttpServletRequest request) {
        return submit(body, List.of(), idempotencyKey, request);
    }

    /**
     * The same submission with photos: part {@code report} holds the JSON of the plain variant (with or without
     * a content type of its own), parts {@code photos} up to three JPEG, PNG or WebP files.
     */
    @PostMapping(value = "/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ReceiptJson> submitWithPhotos(@RequestPart("report") String report,
            @RequestPart(name = "photos", required = false) List<MultipartFile> files,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, HttpServletRequest request)
            throws IOException {
        ReportJson.Submission body;
        try {
            body = json.readValue(report, ReportJson.Submission.class);
        } catch (JacksonException e) {
            throw new InvalidParameterException("report", "Part 'report' must be the report as JSON.");
        }
        List<PhotoUpload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            uploads.add(new PhotoUpload(file.getOriginalFilename(), file.getBytes()));
        }
        return submit(body, uploads, idempotencyKey, request);
    }

    private ResponseEntity<ReceiptJson> submit(ReportJson.Submission body, List<PhotoUpload> uploads, String idempotencyKey,
            HttpServletRequest request) {
        if (idempotencyKey != null && idempotencyKey.strip().length() > MAX_IDEMPOTENCY_KEY) {
            throw new InvalidParameterException("Idempotency-Key",
                    "Header 'Idempotency-Key' has at most " + MAX_IDEMPOTENCY_KEY + " characters.");
        }
        if (body == null) {
            throw new InvalidParameterException("report", "The report is missing.");
        }
        StaffMember staff = SignedIn.member().orElse(null);
        Channel channel = channel(body.channel(), staff);
        if (staff == null) {
            OptionalLong wait = limiter.submission(request.getRemoteAddr());
            if (wait.isPresent()) {
                throw new TooManyRequestsException(wait.getAsLong());
            }
        }
        Receipt receipt = intake.submit(body.toSubmission(), channel, staff == null ? null : staff.username(), idempotencyKey,
                uploads);
        return ResponseEntity.created(URI.create("/api/v1/reports/" + receipt.ticket())).body(ReceiptJson.of(receipt));
    }

    @GetMapping("/reports/{ticket}/photos/{id}")
    ResponseEntity<InputStreamResource> photo(@PathVariable String ticket, @PathVariable long id,
            @RequestHeader(name = "X-Report-Pin", required = false) String pin) {
        return photoResponse(photos.open(ticket, id, false, pin, SignedIn.member().orElse(null)));
    }

    @GetMapping("/reports/{ticket}/photos/{id}/thumbnail")
    ResponseEntity<InputStreamResource> thumbnail(@PathVariable String ticket, @PathVariable long id,
            @RequestHeader(name = "X-Report-Pin", required = false) String pin) {
        return photoResponse(photos.open(ticket, id, true, pin, SignedIn.member().orElse(null)));
    }

    /**
     * A stored photo never changes, so a public one may be cached anywhere for a year; one behind a PIN or a
     * login is kept out of every cache, since shared computers are common at internet cafés.
     */
    static ResponseEntity<InputStreamResource> photoResponse(ReportPhotos.PhotoFile file) {
        CacheControl cache = file.publicCache() ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                : CacheControl.noStore().cachePrivate();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(cache)
                .body(new InputStreamResource(file.content()));
    }

    @GetMapping("/reports/{ticket}")
    PublicReportJson track(@PathVariable String ticket, @RequestHeader(name = "X-Report-Pin", required = false) String pinHeader,
            @RequestParam(name = "pin", required = false) String pinParam) {
        return PublicReportJson.of(views.publicView(ticket, pinHeader != null ? pinHeader : pinParam));
    }

    @GetMapping("/reports")
    List<LineJson> publicList(@RequestParam(required = false) String category, @RequestParam(required = false) String district,
            @RequestParam(required = false) String agency, @RequestParam(required = false) ReportStatus status,
            @RequestParam(required = false) Light light, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 1 || page > MAX_PAGE_NUMBER) {
            throw new InvalidParameterException("page", "Parameter 'page' is between 1 and " + MAX_PAGE_NUMBER
                    + "; for the whole list use the exports.");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidParameterException("size", "Parameter 'size' must be between 1 and " + MAX_PAGE + ".");
        }
        return views.publicList(new ReportViews.PublicFilter(category, district, agency, status, light), (page - 1) * size, size)
                .stream().map(LineJson::of).toList();
    }

    @PostMapping("/reports/{ticket}/info-answers")
    PublicReportJson answer(@PathVariable String ticket, @RequestHeader(name = "X-Report-Pin", required = false) String pin,
            @RequestBody ReportJson.Answer body) {
        workflow.answerInformation(ticket, pin, body.answer());
        return PublicReportJson.of(views.publicView(ticket, pin));
    }

    @PostMapping("/reports/{ticket}/confirmation")
    PublicReportJson confirm(@PathVariable String ticket, @RequestHeader(name = "X-Report-Pin", required = false) String pin,
            @RequestBody ReportJson.Confirmation body) {
        if (body.rating() == null) {
            throw new InvalidReportException(List.of(new FieldProblem("rating", "report.rating.required", "A rating of 1 to 5 is required.")));
        }
        workflow.confirm(ticket, pin, body.rating(), body.comment());
        return PublicReportJson.of(views.publicView(ticket, pin));
    }

    @PostMapping("/reports/{ticket}/reopening")
    PublicReportJson reopen(@PathVariable String ticket, @RequestHeader(name = "X-Report-Pin", required = false) String pin,
            @RequestBody ReportJson.Reason body) {
        workflow.reopen(ticket, pin, body.reason());
        return PublicReportJson.of(views.publicView(ticket, pin));
    }

    @PostMapping("/reports/{ticket}/me-too")
    ReportJson.MeToo meToo(@PathVariable String ticket, HttpServletRequest request) {
        OptionalLong wait = limiter.meToo(request.getRemoteAddr());
        if (wait.isPresent()) {
            throw new TooManyRequestsException(wait.getAsLong());
        }
        ReportWorkflow.MeToo vote = workflow.meToo(ticket);
        return new ReportJson.MeToo(vote.count(), vote.counted());
    }

    private static Channel channel(String requested, StaffMember staff) {
        if (requested == null || requested.isBlank()) {
            return Channel.API;
        }
        Channel channel;
        try {
            channel = Channel.valueOf(requested.strip());
            if (channel == Channel.SMS) {
                // only the SMS gateway's inbox makes SMS reports, which alone may come without a place
                throw new IllegalArgumentException("SMS reports come from the gateway");
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidReportException(List.of(new FieldProblem("channel", "report.channel.invalid",
                    "Unknown channel; use API, PHONE, WHATSAPP or IN_PERSON.")));
        }
        if (channel.recordedByStaff() && staff == null) {
            throw new InvalidReportException(List.of(new FieldProblem("channel", "report.channel.staffOnly",
                    "Only signed-in staff record PHONE, WHATSAPP or IN_PERSON reports.")));
        }
        return channel;
    }
}
