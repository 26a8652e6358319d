package dev.codatsandbox.fixturefiles;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Text that must be an ISO 8601 date and time, as Codat writes its dates: {@code 2022-10-23T00:00:00Z}, with an
 * offset ({@code +01:00}) or, like some of Codat's examples, without one (read as UTC). Served in UTC.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoDateTime.Validator.class)
public @interface IsoDateTime {

    String message() default "must be an ISO 8601 date and time such as 2022-10-23T00:00:00Z.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts null and every text {@link #parse(String)} reads. */
    class Validator implements ConstraintValidator<IsoDateTime, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                parse(value);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }

        /** The instant the text names; null for null. */
        public static Instant parse(String value) {
            if (value == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            }
        }
    }
}
