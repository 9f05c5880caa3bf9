package id.go.mimikakab.health.web;

import id.go.mimikakab.health.HealthUnit;
import id.go.mimikakab.health.HealthUnits;
import id.go.mimikakab.health.UnitQueue;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The public display of a unit's waiting room (a television at 1920 px): the number being called and who is next, per
 * polyclinic. Without JavaScript the page reloads itself every 15 seconds; with htmx only the board is fetched, from
 * the same method, every 5 seconds.
 */
@Controller
class WaitingRoomController {

    private final HealthUnits units;
    private final UnitQueue queue;

    WaitingRoomController(HealthUnits units, UnitQueue queue) {
        this.units = units;
        this.queue = queue;
    }

    @GetMapping("/sehat/unit/{code}/layar")
    String display(@PathVariable String code, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        HealthUnit unit = units.find(code).filter(HealthUnit::active).orElseThrow(() -> new NotFoundException("health unit " + code));
        model.addAttribute("unit", unit);
        model.addAttribute("queues", queue.today(code));
        model.addAttribute("today", queue.today());
        return htmx != null ? "health/display :: board" : "health/display";
    }
}
