package id.go.mimikakab.eservice.web;

import java.util.List;

import id.go.mimikakab.eservice.ServiceCatalogue;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalogue in JSON: every active service with its agency, time limit and fee. */
@RestController
class CatalogueApiController {

    private final ServiceCatalogue catalogue;

    CatalogueApiController(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/services")
    List<ApplicationJson.Service> services(@RequestParam(name = "q", required = false) String query) {
        return catalogue.search(query).stream().map(ApplicationJson.Service::of).toList();
    }

}
