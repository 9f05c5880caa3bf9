package id.go.mimikakab.health.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.go.mimikakab.health.Booking;
import id.go.mimikakab.health.BookingChannel;
import id.go.mimikakab.health.BookingProblem;
import id.go.mimikakab.health.BookingRefusedException;
import id.go.mimikakab.health.Bookings;
import id.go.mimikakab.health.HealthUnit;
import id.go.mimikakab.health.HealthUnits;
import id.go.mimikakab.health.InvalidBookingException;
import id.go.mimikakab.health.Polyclinic;
import id.go.mimikakab.health.SessionDay;
import id.go.mimikakab.health.SessionPlan;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's booking pages ({@code /sehat}): choose a unit, a polyclinic and a day with free seats, give the
 * patient's details, get a booking code and a queue number; look a booking up, cancel or move it with code and phone.
 * Every page works without JavaScript.
 */
@Controller
@RequestMapping("/sehat")
class PublicBookingController {

    private final HealthUnits units;
    private final Bookings bookings;
    private final RegionCatalog regions;

    PublicBookingController(HealthUnits units, Bookings bookings, RegionCatalog regions) {
        this.units = units;
        this.bookings = bookings;
        this.regions = regions;
    }

    /** A unit with the names of its village and district, as the lists show it. */
    record UnitLine(HealthUnit unit, String village, String district) {
    }

    private UnitLine line(HealthUnit unit) {
        return new UnitLine(unit, regions.village(unit.villageCode()).map(v -> v.name()).orElse(unit.villageCode()),
                regions.district(unit.districtCode()).map(d -> d.name()).orElse(unit.districtCode()));
    }

    @GetMapping
    String units(Model model) {
        model.addAttribute("units", units.active().stream().map(this::line).toList());
        return "health/units";
    }

    @GetMapping("/unit/{code}")
    String unit(@PathVariable String code, Model model) {
        HealthUnit unit = activeUnit(code);
        model.addAttribute("unit", unit);
        model.addAttribute("place", line(unit));
        model.addAttribute("plans", units.plansOf(code));
        model.addAttribute("week", units.week(code));
        return "health/unit";
    }

    @GetMapping("/unit/{code}/sesi/{planId}")
    String form(@PathVariable String code, @PathVariable long planId, Model model) {
        model.addAttribute("form", BookingForm.empty());
        fill(code, planId, model);
        return "health/book";
    }

    @PostMapping("/unit/{code}/sesi/{planId}")
    String book(@PathVariable String code, @PathVariable long planId, @ModelAttribute("form") BookingForm form,
            BindingResult errors, Model model, RedirectAttributes flash) {
        fill(code, planId, model);
        Booking booking;
        try {
            booking = bookings.book(form.toRequest(planId), BookingChannel.WEB, form.idempotencyKey());
        } catch (InvalidBookingException invalid) {
            for (BookingProblem problem : invalid.problems()) {
                errors.rejectValue(fieldOf(problem), problem.key());
            }
            return "health/book";
        } catch (BookingRefusedException refused) {
            model.addAttribute("refused", refused.reason().key());
            return "health/book";
        }
        flash.addFlashAttribute("booked", true);
        return "redirect:/sehat/kode/" + booking.code();
    }

    /** The public status of a booking: no personal data, only what the code's holder needs. */
    @GetMapping("/kode/{code}")
    String status(@PathVariable String code, Model model) {
        Booking booking = bookings.find(code).orElseThrow(() -> new NotFoundException("booking " + code));
        model.addAttribute("booking", booking);
        model.addAttribute("ahead", bookings.ahead(booking));
        model.addAttribute("changeable", booking.changeable(bookings.today()));
        model.addAttribute("days", booking.changeable(bookings.today()) ? freeDays(booking.unitCode(), booking.planId()) : List.of());
        return "health/booking";
    }

    @GetMapping("/cek")
    String find(Model model) {
        return "health/find";
    }

    @PostMapping("/cek")
    String find(@RequestParam(required = false) String code, Model model) {
        return bookings.find(code).map(b -> "redirect:/sehat/kode/" + b.code()).orElseGet(() -> {
            model.addAttribute("code", code);
            model.addAttribute("unknown", true);
            return "health/find";
        });
    }

    @PostMapping("/kode/{code}/batal")
    String cancel(@PathVariable String code, @RequestParam(required = false) String phone, RedirectAttributes flash) {
        try {
            bookings.cancel(code, phone);
            flash.addFlashAttribute("cancelled", true);
        } catch (BookingRefusedException refused) {
            flash.addFlashAttribute("refused", refused.reason().key());
        }
        return "redirect:/sehat/kode/" + code;
    }

    @PostMapping("/kode/{code}/pindah")
    String move(@PathVariable String code, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String day, RedirectAttributes flash) {
        try {
            bookings.move(code, phone, day);
            flash.addFlashAttribute("moved", true);
        } catch (BookingRefusedException refused) {
            flash.addFlashAttribute("refused", refused.reason().key());
        } catch (InvalidBookingException invalid) {
            flash.addFlashAttribute("refused", invalid.problems().get(0).key());
        }
        return "redirect:/sehat/kode/" + code;
    }

    private static String fieldOf(BookingProblem problem) {
        return "planId".equals(problem.field()) ? "day" : problem.field();
    }

    private HealthUnit activeUnit(String code) {
        return units.find(code).filter(HealthUnit::active).orElseThrow(() -> new NotFoundException("health unit " + code));
    }

    private void fill(String code, long planId, Model model) {
        HealthUnit unit = activeUnit(code);
        SessionPlan plan = units.plan(planId).orElseThrow(() -> new NotFoundException("session " + planId));
        Polyclinic polyclinic = units.polyclinic(plan.polyclinicId()).filter(p -> p.unitCode().equals(code))
                .orElseThrow(() -> new NotFoundException("session " + planId));
        model.addAttribute("unit", unit);
        model.addAttribute("plan", plan);
        model.addAttribute("polyclinic", polyclinic);
        model.addAttribute("days", freeDays(code, planId));
        model.addAttribute("anchors", Map.of());
    }

    /** The open days of the booking window, each with its free seats (days without seats are shown as full). */
    private List<SessionDay> freeDays(String unitCode, long planId) {
        SessionPlan plan = units.plan(planId).orElseThrow();
        LocalDate first = bookings.firstBookableDay();
        return units.sessionDays(plan, unitCode, first, bookings.lastBookableDay()).stream().filter(SessionDay::open).toList();
    }
}
