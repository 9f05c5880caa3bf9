package id.go.mimikakab.satisfaction.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import id.go.mimikakab.satisfaction.Answers;
import id.go.mimikakab.satisfaction.Element;
import id.go.mimikakab.satisfaction.SatisfactionSurveys;
import id.go.mimikakab.satisfaction.Survey;

/**
 * The survey page an invitation leads to, {@code /survei/{token}}, without an account: the nine questions with four
 * answers each and an optional comment. A question left out is marked next to it, with every other answer kept.
 */
@Controller
class SurveyController {

    static final String VIEW = "satisfaction/survey";

    private final SatisfactionSurveys surveys;

    SurveyController(SatisfactionSurveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/survei/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<Survey> survey = surveys.find(token);
        if (survey.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "satisfaction/not-found";
        }
        if (survey.get().answered()) {
            model.addAttribute("survey", survey.get());
            return "satisfaction/answered";
        }
        return form(model, survey.get(), Map.of(), "", List.of());
    }

    @PostMapping("/survei/{token}")
    String answer(@PathVariable String token, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response) {
        Optional<Survey> survey = surveys.find(token);
        if (survey.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "satisfaction/not-found";
        }
        if (survey.get().answered()) {
            model.addAttribute("survey", survey.get());
            return "satisfaction/answered";
        }
        Map<String, Integer> chosen = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Element element : Element.values()) {
            String field = field(element);
            Integer value = answer(params.get(field));
            if (value == null) {
                missing.add(field);
            } else {
                chosen.put(field, value);
            }
        }
        String comment = Optional.ofNullable(params.get("komentar")).orElse("");
        if (!missing.isEmpty() || comment.length() > 1000) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("commentTooLong", comment.length() > 1000);
            return form(model, survey.get(), chosen, comment, missing);
        }
        Answers answers = new Answers(List.of(Element.values()).stream().map(e -> chosen.get(field(e))).toList());
        if (!surveys.answer(token, answers, comment)) {
            model.addAttribute("survey", survey.get());
            return "satisfaction/answered";
        }
        model.addAttribute("survey", survey.get());
        return "satisfaction/thanks";
    }

    private static String form(Model model, Survey survey, Map<String, Integer> chosen, String comment, List<String> missing) {
        model.addAttribute("survey", survey);
        model.addAttribute("elements", Element.values());
        model.addAttribute("chosen", chosen);
        model.addAttribute("comment", comment);
        model.addAttribute("missing", missing);
        return VIEW;
    }

    static String field(Element element) {
        return element.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Integer answer(String value) {
        if (value == null || !value.matches("[1-4]")) {
            return null;
        }
        return Integer.valueOf(value);
    }
}
