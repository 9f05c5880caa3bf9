package id.go.mimikakab.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import id.go.mimikakab.calendar.DuplicateHolidayException;
import id.go.mimikakab.calendar.HolidayCalendar;
import id.go.mimikakab.calendar.HolidayKind;
import id.go.mimikakab.calendar.WorkingDays;
import id.go.mimikakab.system.Wit;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
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

/** Administrator screen for the holiday calendar of one year, with a deadline calculator to check its effect. */
@Controller
@RequestMapping("/admin/kalender")
class CalendarAdminController {

    private final HolidayCalendar calendar;
    private final Clock clock;

    CalendarAdminController(HolidayCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    String year(@RequestParam(name = "tahun", required = false) Integer year,
            @RequestParam(name = "dari", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
            @RequestParam(name = "hari", required = false) Integer days, Model model) {
        int shown = year == null ? Wit.dateOf(clock.instant()).getYear() : Math.max(1900, Math.min(2200, year));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", HolidayForm.empty());
        }
        fill(model, shown);
        LocalDateTime start = from == null ? LocalDateTime.now(clock.withZone(Wit.ZONE)).withSecond(0).withNano(0) : from;
        int count = days == null ? 5 : Math.max(1, Math.min(WorkingDays.MAX, days));
        model.addAttribute("calcFrom", start);
        model.addAttribute("calcDays", count);
        if (from != null) {
            OffsetDateTime due = calendar.deadline(start.atZone(Wit.ZONE).toInstant(), WorkingDays.of(count));
            model.addAttribute("calcDue", due.toInstant());
        }
        return "calendar/year";
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") HolidayForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        if (form.date() != null && (form.date().getYear() < HolidayCalendar.FIRST_YEAR || form.date().getYear() > HolidayCalendar.LAST_YEAR)) {
            errors.rejectValue("date", "holiday.date.range");
        }
        if (!errors.hasErrors()) {
            try {
                calendar.add(form.date(), form.kind(), form.name());
                flash.addFlashAttribute("added", form.name());
                return "redirect:/admin/kalender?tahun=" + form.date().getYear();
            } catch (DuplicateHolidayException e) {
                errors.rejectValue("name", "holiday.duplicate");
            }
        }
        int shown = form.date() == null ? Wit.dateOf(clock.instant()).getYear() : form.date().getYear();
        fill(model, shown);
        model.addAttribute("calcFrom", LocalDateTime.now(clock.withZone(Wit.ZONE)).withSecond(0).withNano(0));
        model.addAttribute("calcDays", 5);
        return "calendar/year";
    }

    @PostMapping("/{id}/hapus")
    String remove(@PathVariable long id, @RequestParam int tahun, RedirectAttributes flash) {
        calendar.remove(id);
        flash.addFlashAttribute("removed", true);
        return "redirect:/admin/kalender?tahun=" + tahun;
    }

    private void fill(Model model, int year) {
        model.addAttribute("year", year);
        model.addAttribute("holidays", calendar.holidaysIn(year));
        model.addAttribute("kinds", HolidayKind.values());
        model.addAttribute("today", LocalDate.now(clock.withZone(Wit.ZONE)));
    }
}
