package dev.codatsandbox.requests;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link WholeNumber}: digits only, within range, and says which range in its message. */
public class WholeNumberValidator implements ConstraintValidator<WholeNumber, String> {

    private long min;
    private long max;

    @Override
    public void initialize(WholeNumber annotation) {
        min = annotation.min();
        max = annotation.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || WholeNumbers.parse(value).filter(n -> n >= min && n <= max).isPresent()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("must be a whole number from " + min + " to " + max)
                .addConstraintViolation();
        return false;
    }
}
