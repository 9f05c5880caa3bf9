package id.go.mimikakab.report.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.report.Channel;
import id.go.mimikakab.report.FieldProblem;
import id.go.mimikakab.report.IdempotencyConflictException;
import id.go.mimikakab.report.InvalidReportException;
import id.go.mimikakab.report.Receipt;
import id.go.mimikakab.report.ReportCategories;
import id.go.mimikakab.report.ReportIntake;
import id.go.mimikakab.report.ReportKind;
import id.go.mimikakab.report.ReceiptBySmsRequested;
import id.go.mimikakab.report.ReporterContacts;
import id.go.mimikakab.system.PhoneNumber;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff record a report a citizen gave by phone, WhatsApp or in person; the receipt page shows the ticket and
 * PIN to read back to the citizen, and unless staff untick it, they go to the caller's phone by SMS as well, like
 * the report's later news. The report then follows the same path as one sent from the web.
 */
@Controller
@RequestMapping("/mcc/catat")
class StaffIntakeController {

    private static final Set<Role> RECORDERS = EnumSet.of(Role.COMMAND_CENTER, Role.AGENCY_HEAD, Role.AGENCY_STAFF);
    private static final List<Channel> CHANNELS = List.of(Channel.PHONE, Channel.WHATSAPP, Channel.IN_PERSON);
    private static final Set<String> FORM_FIELDS = Set.of("kind", "categoryCode", "description", "districtCode",
            "villageCode", "address", "reporterName", "reporterPhone", "reporterEmail");

    private final ReportIntake intake;
    private final ReportCategories categories;
    private final RegionCatalog regions;
    private final ReporterContacts contacts;
    private final ApplicationEventPublisher events;

    StaffIntakeController(ReportIntake intake, ReportCategories categories, RegionCatalog regions,
            ReporterContacts contacts, ApplicationEventPublisher events) {
        this.intake = intake;
        this.categories = categories;
        this.regions = regions;
        this.contacts = contacts;
        this.events = events;
    }

    @GetMapping
    String form(Model model) {
        StaffScreens.require(RECORDERS);
        model.addAttribute("form", StaffIntakeForm.empty());
        return page(model);
    }

    @PostMapping
    String record(@ModelAttribute("form") StaffIntakeForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        StaffMember me = StaffScreens.require(RECORDERS);
        Channel channel = CHANNELS.stream().filter(c -> c.name().equals(form.channel())).findFirst().orElse(null);
        if (channel == null) {
            errors.rejectValue("channel", "report.channel.invalid");
        }
        try {
            if (channel != null) {
                Receipt receipt = intake.submit(form.toSubmission(), channel, me.username(), form.idempotencyKey());
                boolean texted = form.textsCaller();
                if (texted) {
                    PhoneNumber.of(form.reporterPhone()).ifPresent(phone -> events.publishEvent(
                            new ReceiptBySmsRequested(receipt.ticket(), receipt.pin(), phone.value())));
                } else if (form.reporterPhone() != null && !form.reporterPhone().isBlank()) {
                    contacts.setSmsNotices(me, receipt.ticket(), false);
                }
                flash.addFlashAttribute("receipt", RecordedReceipt.of(receipt, channel, texted));
                return "redirect:/mcc/catat/tanda-terima";
            }
            intake.check(form.toSubmission());
        } catch (InvalidReportException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                if (FORM_FIELDS.contains(problem.field())) {
                    errors.rejectValue(problem.field(), problem.code());
                } else {
                    errors.rejectValue("villageCode", problem.code());
                }
            }
        } catch (IdempotencyConflictException conflict) {
            model.addAttribute("form", form.withNewKey());
            model.addAttribute("problem", "mcc.record.resubmitted");
        }
        return page(model);
    }

    @GetMapping("/tanda-terima")
    String receipt(Model model) {
        StaffScreens.require(RECORDERS);
        if (!model.containsAttribute("receipt")) {
            return "redirect:/mcc/catat";
        }
        return "mcc/receipt";
    }

    private String page(Model model) {
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("categories", categories.active());
        model.addAttribute("districts", regions.districts());
        model.addAttribute("regions", regions);
        model.addAttribute("channels", CHANNELS);
        return "mcc/record";
    }

    /** What the receipt page shows; kept in the session between the POST and the redirect, so it is serializable. */
    public record RecordedReceipt(String ticket, String pin, String status, String agencyCode, Instant dueAt,
            String channel, boolean textedToCaller) implements Serializable {

        static RecordedReceipt of(Receipt receipt, Channel channel, boolean textedToCaller) {
            return new RecordedReceipt(receipt.ticket(), receipt.pin(), receipt.status().name(),
                    receipt.responsible() == null ? null : receipt.responsible().code(), receipt.dueAt(), channel.name(),
                    textedToCaller);
        }
    }
}
