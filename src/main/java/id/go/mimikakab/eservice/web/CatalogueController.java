package id.go.mimikakab.eservice.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.go.mimikakab.agency.Agency;
import id.go.mimikakab.agency.AgencyDirectory;
import id.go.mimikakab.eservice.CatalogueEntry;
import id.go.mimikakab.eservice.ServiceCatalogue;
import id.go.mimikakab.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public catalogue {@code /layanan}: services by agency or by life event, searchable, each with its standard. */
@Controller
class CatalogueController {

    private final ServiceCatalogue catalogue;
    private final AgencyDirectory agencies;

    CatalogueController(ServiceCatalogue catalogue, AgencyDirectory agencies) {
        this.catalogue = catalogue;
        this.agencies = agencies;
    }

    @GetMapping("/layanan")
    String list(@RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "menurut", required = false) String groupBy, Model model) {
        List<CatalogueEntry> found = catalogue.search(query);
        boolean byEvent = "peristiwa".equals(groupBy);
        model.addAttribute("query", query == null ? "" : query.strip());
        model.addAttribute("byEvent", byEvent);
        model.addAttribute("found", found);
        model.addAttribute("byAgency", ServiceCatalogue.byAgency(found));
        model.addAttribute("byLifeEvent", ServiceCatalogue.byLifeEvent(found));
        model.addAttribute("agencyNames", agencyNames());
        return "eservice/catalogue";
    }

    @GetMapping("/layanan/{code}")
    String one(@PathVariable String code, Model model) {
        CatalogueEntry service = catalogue.find(code).filter(CatalogueEntry::active)
                .orElseThrow(() -> new NotFoundException("No service " + code));
        model.addAttribute("service", service);
        model.addAttribute("agencyName", agencyNames().getOrDefault(service.agencyCode(), service.agencyCode()));
        return "eservice/service";
    }

    private Map<String, String> agencyNames() {
        return agencies.all().stream().collect(Collectors.toMap(Agency::code, Agency::name, (a, b) -> a));
    }

}
