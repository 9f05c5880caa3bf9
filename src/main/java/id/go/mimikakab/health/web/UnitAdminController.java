package id.go.mimikakab.health.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import id.go.mimikakab.account.Role;
import id.go.mimikakab.account.SignedIn;
import id.go.mimikakab.account.StaffMember;
import id.go.mimikakab.health.DayOverride;
import id.go.mimikakab.health.HealthAccess;
import id.go.mimikakab.health.HealthUnit;
import id.go.mimikakab.health.HealthUnitKind;
import id.go.mimikakab.health.HealthUnits;
import id.go.mimikakab.health.OpeningHours;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.system.NotFoundException;
import id.go.mimikakab.system.PlainText;
import id.go.mimikakab.system.Wit;

import jakarta.servlet.http.HttpServletRequest;

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
 * Keeping the health units ({@code /dinkes/unit}): Dinas Kesehatan and the administrator edit every unit's details and
 * counter staff; each unit's own staff edit its week, exceptional days and session quotas. Plain forms, each change
 * audited by {@link HealthUnits}.
 */
@Controller
@RequestMapping("/dinkes/unit")
class UnitAdminController {

    private final HealthUnits units;
    private final HealthAccess access;
    private final RegionCatalog regions;
    private final Clock clock;

    UnitAdminController(HealthUnits units, HealthAccess access, RegionCatalog regions, Clock clock) {
        this.units = units;
        this.access = access;
        this.regions = regions;
        this.clock = clock;
    }

    /** One weekday of the week form. */
    record WeekRow(DayOfWeek day, boolean open, LocalTime opensAt, LocalTime closesAt) {
    }

    @GetMapping
    String list(Model model) {
        StaffMember me = SignedIn.required();
        if (!access.keepsAllUnits(me) && me.role() != Role.HEALTH_UNIT_STAFF) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("units", units.all().stream().filter(u -> access.runs(me, u.code())).toList());
        return "health/admin-units";
    }

    @GetMapping("/{code}")
    String unit(@PathVariable String code, Model model) {
        HealthUnit unit = runs(code);
        model.addAttribute("unit", unit);
        model.addAttribute("keepsAll", access.keepsAllUnits(SignedIn.required()));
        model.addAttribute("kinds", HealthUnitKind.values());
        model.addAttribute("districts", regions.districts());
        model.addAttribute("regions", regions);
        List<OpeningHours> week = units.week(code);
        model.addAttribute("week", java.util.Arrays.stream(DayOfWeek.values()).map(day -> week.stream()
                .filter(h -> h.weekday() == day).findFirst().map(h -> new WeekRow(day, true, h.opensAt(), h.closesAt()))
                .orElse(new WeekRow(day, false, LocalTime.of(8, 0), LocalTime.of(12, 0)))).toList());
        model.addAttribute("plans", units.plansOf(code));
        model.addAttribute("overrides", units.overrides(code, Wit.dateOf(clock.instant()).minusDays(1)));
        model.addAttribute("staff", access.staffOf(code));
        return "health/admin-unit";
    }

    @PostMapping("/{code}")
    String details(@PathVariable String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String villageCode,
            @RequestParam(required = false) String address,
            @RequestParam(defaultValue = "false") boolean confirmed, @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes flash) {
        keepsAll();
        HealthUnit unit = runs(code);
        String clean = PlainText.clean(name);
        boolean knownKind = kind != null && java.util.Arrays.stream(HealthUnitKind.values()).anyMatch(k -> k.name().equals(kind));
        if (clean == null || clean.isBlank() || clean.length() > 120 || !knownKind || villageCode == null
                || regions.village(villageCode).isEmpty()) {
            flash.addFlashAttribute("problem", "health.admin.detailsInvalid");
            return "redirect:/dinkes/unit/" + code;
        }
        units.change(new HealthUnit(unit.code(), clean, HealthUnitKind.valueOf(kind), null, villageCode,
                PlainText.clean(address), confirmed, active));
        flash.addFlashAttribute("done", "health.admin.saved");
        return "redirect:/dinkes/unit/" + code;
    }

    /** The week: for each weekday a checkbox {@code open-MONDAY} and the times {@code opens-MONDAY}, {@code closes-MONDAY}. */
    @PostMapping("/{code}/minggu")
    String week(@PathVariable String code, HttpServletRequest request, RedirectAttributes flash) {
        runs(code);
        List<OpeningHours> week = new ArrayList<>();
        try {
            for (DayOfWeek day : DayOfWeek.values()) {
                if ("true".equals(request.getParameter("open-" + day))) {
                    week.add(new OpeningHours(day, LocalTime.parse(request.getParameter("opens-" + day)),
                            LocalTime.parse(request.getParameter("closes-" + day))));
                }
            }
        } catch (DateTimeParseException | NullPointerException | IllegalArgumentException e) {
            flash.addFlashAttribute("problem", "health.admin.weekInvalid");
            return "redirect:/dinkes/unit/" + code;
        }
        units.changeWeek(code, week);
        flash.addFlashAttribute("done", "health.admin.saved");
        return "redirect:/dinkes/unit/" + code;
    }

    @PostMapping("/{code}/kuota")
    String quota(@PathVariable String code, @RequestParam(required = false) Long plan, @RequestParam(required = false) String quota,
            RedirectAttributes flash) {
        runs(code);
        boolean ours = plan != null && units.plan(plan).flatMap(p -> units.polyclinic(p.polyclinicId())).filter(p -> p.unitCode().equals(code)).isPresent();
        try {
            int value = Integer.parseInt(quota == null ? "" : quota.strip());
            if (!ours || value < 0 || value > 1000) {
                throw new NumberFormatException();
            }
            units.changeQuota(plan, value, Wit.dateOf(clock.instant()));
            flash.addFlashAttribute("done", "health.admin.saved");
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("problem", "health.admin.quotaInvalid");
        }
        return "redirect:/dinkes/unit/" + code;
    }

    @PostMapping("/{code}/hari")
    String override(@PathVariable String code, @RequestParam(required = false) String day, @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        runs(code);
        try {
            units.override(code, new DayOverride(LocalDate.parse(day == null ? "" : day.strip()), open, PlainText.clean(note)));
            flash.addFlashAttribute("done", "health.admin.saved");
        } catch (DateTimeParseException e) {
            flash.addFlashAttribute("problem", "health.admin.dayInvalid");
        }
        return "redirect:/dinkes/unit/" + code;
    }

    @PostMapping("/{code}/hari/hapus")
    String removeOverride(@PathVariable String code, @RequestParam(required = false) String day, RedirectAttributes flash) {
        runs(code);
        try {
            units.removeOverride(code, LocalDate.parse(day == null ? "" : day));
            flash.addFlashAttribute("done", "health.admin.saved");
        } catch (DateTimeParseException e) {
            flash.addFlashAttribute("problem", "health.admin.dayInvalid");
        }
        return "redirect:/dinkes/unit/" + code;
    }

    @PostMapping("/{code}/petugas")
    String staff(@PathVariable String code, @RequestParam(required = false) String username, @RequestParam(defaultValue = "add") String action,
            RedirectAttributes flash) {
        keepsAll();
        runs(code);
        String clean = username == null ? "" : username.strip();
        if (clean.isEmpty() || clean.length() > 60) {
            flash.addFlashAttribute("problem", "health.admin.staffInvalid");
        } else if ("remove".equals(action)) {
            access.unassign(clean, code);
            flash.addFlashAttribute("done", "health.admin.saved");
        } else {
            access.assign(clean, code);
            flash.addFlashAttribute("done", "health.admin.saved");
        }
        return "redirect:/dinkes/unit/" + code;
    }

    private HealthUnit runs(String code) {
        HealthUnit unit = units.find(code).orElseThrow(() -> new NotFoundException("health unit " + code));
        if (!access.runs(SignedIn.required(), code)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return unit;
    }

    private void keepsAll() {
        if (!access.keepsAllUnits(SignedIn.required())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
