package dev.codatsandbox.requests;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query parameter given as text that must be a whole number within {@code [min, max]}. Validating the text,
 * rather than binding to an int, lets a non-numeric value fail as a 400 that names the parameter.
 */
@Documented
@Constraint(validatedBy = WholeNumberValidator.class)
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface WholeNumber {

    long min() default 0;

    long max() default Integer.MAX_VALUE;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
