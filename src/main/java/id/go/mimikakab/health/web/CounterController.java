package id.go.mimikakab.health.web;

import java.util.List;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.health.Booking;
import id.go.mimikakab.health.BookingRefusedException;
import id.go.mimikakab.health.HealthAccess;
import id.go.mimikakab.health.HealthUnit;
import id.go.mimikakab.health.HealthUnits;
import id.go.mimikakab.health.UnitQueue;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The counter screen of a unit ({@code /loket}), made for a phone at 360 px: check patients in by booking code, call
 * the next of each polyclinic, mark the called one as seen or skipped. Plain forms with post/redirect/get.
 */
@Controller
@RequestMapping("/loket")
class CounterController {

    private final HealthUnits units;
    private final UnitQueue queue;
    private final HealthAccess access;

    CounterController(HealthUnits units, UnitQueue queue, HealthAccess access) {
        this.units = units;
        this.queue = queue;
        this.access = access;
    }

    @GetMapping
    String choose(Model model) {
        StaffMember me = SignedIn.required();
        if (!access.keepsAllUnits(me) && me.role() != Role.HEALTH_UNIT_STAFF) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        List<HealthUnit> mine = access.keepsAllUnits(me) ? units.active()
                : access.unitsOf(me.username()).stream().flatMap(c -> units.find(c).stream()).toList();
        if (mine.size() == 1) {
            return "redirect:/loket/" + mine.get(0).code();
        }
        model.addAttribute("units", mine);
        return "health/counter-units";
    }

    @GetMapping("/{code}")
    String counter(@PathVariable String code, Model model) {
        HealthUnit unit = allowed(code);
        model.addAttribute("unit", unit);
        model.addAttribute("queues", queue.today(code));
        model.addAttribute("today", queue.today());
        return "health/counter";
    }

    @PostMapping("/{code}/check-in")
    String checkIn(@PathVariable String code, @RequestParam(name = "booking", required = false) String booking,
            RedirectAttributes flash) {
        allowed(code);
        try {
            Booking b = queue.checkIn(code, booking);
            flash.addFlashAttribute("done", "health.counter.checkedIn");
            flash.addFlashAttribute("number", b.queueNumber());
        } catch (BookingRefusedException refused) {
            flash.addFlashAttribute("problem", "health.counter.unknownBooking");
            flash.addFlashAttribute("typed", booking);
        }
        return "redirect:/loket/" + code;
    }

    @PostMapping("/{code}/panggil")
    String callNext(@PathVariable String code, @RequestParam(required = false) Long polyclinic, RedirectAttributes flash) {
        allowed(code);
        if (polyclinic == null) {
            flash.addFlashAttribute("problem", "health.counter.nobodyWaiting");
            return "redirect:/loket/" + code;
        }
        queue.callNext(code, polyclinic).ifPresentOrElse(b -> {
            flash.addFlashAttribute("done", "health.counter.called");
            flash.addFlashAttribute("number", b.queueNumber());
        }, () -> flash.addFlashAttribute("problem", "health.counter.nobodyWaiting"));
        return "redirect:/loket/" + code;
    }

    @PostMapping("/{code}/selesai")
    String finish(@PathVariable String code, @RequestParam(required = false) String booking, RedirectAttributes flash) {
        allowed(code);
        step(() -> queue.finish(code, booking), "health.counter.finished", flash);
        return "redirect:/loket/" + code;
    }

    @PostMapping("/{code}/lewati")
    String skip(@PathVariable String code, @RequestParam(required = false) String booking, RedirectAttributes flash) {
        allowed(code);
        step(() -> queue.skip(code, booking), "health.counter.skipped", flash);
        return "redirect:/loket/" + code;
    }

    private static void step(java.util.function.Supplier<Booking> action, String message, RedirectAttributes flash) {
        try {
            Booking b = action.get();
            flash.addFlashAttribute("done", message);
            flash.addFlashAttribute("number", b.queueNumber());
        } catch (BookingRefusedException refused) {
            flash.addFlashAttribute("problem", "health.counter.notCalled");
        }
    }

    private HealthUnit allowed(String code) {
        HealthUnit unit = units.find(code).orElseThrow(() -> new NotFoundException("health unit " + code));
        if (!access.runs(SignedIn.required(), code)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return unit;
    }
}
