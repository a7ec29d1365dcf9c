package dev.backendcourse.week5.videos;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.UUID;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A UUID that a client generated: version 4 (random) or 7 (time-ordered) in the RFC 9562 variant. This rejects the
 * nil UUID and hand-typed values such as {@code 11111111-1111-1111-1111-111111111111}. Null is valid.
 */
@Documented
@Constraint(validatedBy = VersionedUuid.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface VersionedUuid {

    String message() default "UUID should be version 4 or 7";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<VersionedUuid, UUID> {

        @Override
        public boolean isValid(UUID value, ConstraintValidatorContext context) {
            return value == null || (value.variant() == 2 && (value.version() == 4 || value.version() == 7));
        }
    }
}
