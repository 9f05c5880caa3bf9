package id.go.mimikakab.report;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.validation.beanvalidation.SpringConstraintValidatorFactory;

/**
 * Checks a submission's fields against their Bean Validation rules and lists the problems in the order of the
 * form, each with the message key the screens show and the English text of {@code report-problems.properties} for
 * the API. A validator of its own, because the application's resolves messages in the visitor's language.
 */
@Component
class SubmissionRules {

    /** The order of the form; a missing place is asked for after a map point that failed to give one. */
    private static final List<String> FORM_ORDER = List.of("report.kind.required", "report.category.required",
            "report.category.unknown", "report.description.tooShort", "report.description.tooLong",
            "report.district.unknown", "report.village.unknown", "report.village.notInDistrict",
            "report.location.outside", "report.location.required", "report.address.tooLong", "report.name.tooLong",
            "report.phone.invalid", "report.email.invalid");

    private final ValidatorFactory factory;
    private final Validator validator;

    SubmissionRules(AutowireCapableBeanFactory beans) {
        this.factory = Validation.byProvider(HibernateValidator.class).configure()
                .constraintValidatorFactory(new SpringConstraintValidatorFactory(beans))
                .messageInterpolator(new ResourceBundleMessageInterpolator(new PlatformResourceBundleLocator("report-problems")))
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /** Every problem of the fields; with {@code placeRequired}, a report without village or map point is one. */
    List<FieldProblem> problems(SubmissionFields fields, boolean placeRequired) {
        Class<?>[] groups = placeRequired ? new Class<?>[] { Default.class, SubmissionFields.PlaceRequired.class }
                : new Class<?>[] { Default.class };
        return validator.validate(fields, groups).stream().map(SubmissionRules::problem)
                .sorted(Comparator.comparingInt(problem -> FORM_ORDER.indexOf(problem.code()))).toList();
    }

    private static FieldProblem problem(ConstraintViolation<SubmissionFields> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            field = node.getName();
        }
        String template = violation.getMessageTemplate();
        return new FieldProblem(field, template.substring(1, template.length() - 1), violation.getMessage());
    }

    @PreDestroy
    void close() {
        factory.close();
    }
}
