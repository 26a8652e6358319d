package dev.codatsandbox.fixturefiles;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Text that must be the name of one of an enum's constants, spelled as Codat spells it. Fixture values are read as
 * text and checked here, rather than bound to the enum, so that every bad value of a customer is reported at once.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOf.Validator.class)
public @interface OneOf {

    Class<? extends Enum<?>> value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts null (a separate {@code @NotNull} requires the value) and the exact names of the enum's constants. */
    class Validator implements ConstraintValidator<OneOf, String> {

        private String[] names;

        @Override
        public void initialize(OneOf annotation) {
            names = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).toArray(String[]::new);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || Arrays.asList(names).contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("'" + escape(value) + "' is not one of "
                    + Arrays.stream(names).collect(Collectors.joining(", ")) + ".").addConstraintViolation();
            return false;
        }

        /** Keeps a value's own braces and dollar signs out of message interpolation. */
        private static String escape(String value) {
            return value.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
