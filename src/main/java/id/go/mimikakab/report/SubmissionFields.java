package id.go.mimikakab.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Optional;

import id.go.mimikakab.region.Location;
import id.go.mimikakab.region.RegionCatalog;
import id.go.mimikakab.region.Village;
import id.go.mimikakab.system.PhoneNumber;
import id.go.mimikakab.system.PlainText;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A submission's fields with their text cleaned, each carrying the rule it must meet (checked by
 * {@link SubmissionRules}); the place is checked across district, village and map point.
 */
@SubmissionFields.KnownPlace
@SubmissionFields.PointInsideRegency
@SubmissionFields.PlaceGiven(groups = SubmissionFields.PlaceRequired.class)
record SubmissionFields(
        @NotBlank(message = "{report.kind.required}") @OneOfTheKinds(message = "{report.kind.required}") String kind,
        @NotBlank(message = "{report.category.required}") @ActiveCategory String categoryCode,
        @Size(min = ReportIntake.MIN_DESCRIPTION, message = "{report.description.tooShort}")
        @Size(max = ReportIntake.MAX_DESCRIPTION, message = "{report.description.tooLong}") String description,
        String districtCode,
        String villageCode,
        Double latitude,
        Double longitude,
        @Size(max = 300, message = "{report.address.tooLong}") String address,
        @Size(max = 120, message = "{report.name.tooLong}") String reporterName,
        @MobileNumber String reporterPhone,
        @EmailAddress String reporterEmail) {

    /** The fields as typed, stripped of markup and surrounding spaces; a missing description counts as empty. */
    static SubmissionFields of(ReportSubmission s) {
        String description = PlainText.clean(s.description());
        return new SubmissionFields(strip(s.kind()), strip(s.categoryCode()), description == null ? "" : description,
                strip(s.districtCode()), strip(s.villageCode()), s.latitude(), s.longitude(), PlainText.clean(s.address()),
                PlainText.clean(s.reporterName()), strip(s.reporterPhone()), strip(s.reporterEmail()));
    }

    boolean hasPoint() {
        return Location.inside(latitude, longitude);
    }

    private static String strip(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /** The rules that hold only where a report must name its place (every channel but text messages). */
    interface PlaceRequired {
    }

    /** One of {@link ReportKind}'s names. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = OneOfTheKindsRule.class)
    @interface OneOfTheKinds {
        String message();
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    static class OneOfTheKindsRule implements ConstraintValidator<OneOfTheKinds, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Arrays.stream(ReportKind.values()).anyMatch(kind -> kind.name().equals(value));
        }
    }

    /** A category citizens may choose today. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ActiveCategoryRule.class)
    @interface ActiveCategory {
        String message() default "{report.category.unknown}";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    static class ActiveCategoryRule implements ConstraintValidator<ActiveCategory, String> {

        private final ReportCategories categories;

        ActiveCategoryRule(ReportCategories categories) {
            this.categories = categories;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || categories.isActive(value) || named(context, value);
        }
    }

    /** A mobile number in one of the usual spellings (see {@link PhoneNumber}). */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = MobileNumberRule.class)
    @interface MobileNumber {
        String message() default "{report.phone.invalid}";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    static class MobileNumberRule implements ConstraintValidator<MobileNumber, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || PhoneNumber.valid(value);
        }
    }

    /** Something that can be an e-mail address. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = EmailAddressRule.class)
    @interface EmailAddress {
        String message() default "{report.email.invalid}";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    static class EmailAddressRule implements ConstraintValidator<EmailAddress, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || ReporterChecks.email(value) != null;
        }
    }

    /** A known district and a known village, the village inside the district when both are given. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = KnownPlaceRule.class)
    @interface KnownPlace {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    static class KnownPlaceRule implements ConstraintValidator<KnownPlace, SubmissionFields> {

        private final RegionCatalog regions;

        KnownPlaceRule(RegionCatalog regions) {
            this.regions = regions;
        }

        @Override
        public boolean isValid(SubmissionFields fields, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            String district = fields.districtCode();
            if (district != null && regions.district(district).isEmpty()) {
                valid = refuse(context, "districtCode", "{report.district.unknown}", district);
                district = null;
            }
            if (fields.villageCode() != null) {
                Optional<Village> village = regions.village(fields.villageCode());
                if (village.isEmpty()) {
                    valid = refuse(context, "villageCode", "{report.village.unknown}", fields.villageCode());
                } else if (district != null && !village.get().districtCode().equals(district)) {
                    context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("district", district);
                    valid = refuse(context, "villageCode", "{report.village.notInDistrict}", fields.villageCode());
                }
            }
            return valid;
        }
    }

    /** Both coordinates inside the regency, when a map point is given at all. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = PointInsideRegencyRule.class)
    @interface PointInsideRegency {
        String message() default "{report.location.outside}";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    static class PointInsideRegencyRule implements ConstraintValidator<PointInsideRegency, SubmissionFields> {
        @Override
        public boolean isValid(SubmissionFields fields, ConstraintValidatorContext context) {
            if (fields.latitude() == null && fields.longitude() == null || fields.hasPoint()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("latitude").addConstraintViolation();
            return false;
        }
    }

    /** A village, or a map point inside the regency. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = PlaceGivenRule.class)
    @interface PlaceGiven {
        String message() default "{report.location.required}";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    static class PlaceGivenRule implements ConstraintValidator<PlaceGiven, SubmissionFields> {
        @Override
        public boolean isValid(SubmissionFields fields, ConstraintValidatorContext context) {
            if (fields.villageCode() != null || fields.hasPoint()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("villageCode").addConstraintViolation();
            return false;
        }
    }

    /** Refuses with the default message, naming the value refused. */
    private static boolean named(ConstraintValidatorContext context, String value) {
        context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("value", value);
        return false;
    }

    private static boolean refuse(ConstraintValidatorContext context, String field, String template, String value) {
        context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("value", value);
        context.buildConstraintViolationWithTemplate(template).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
