package dev.backendcourse.kit;

import java.util.Locale;

import jakarta.validation.MessageInterpolator;
import jakarta.ws.rs.ext.ContextResolver;

import org.glassfish.jersey.server.validation.ValidationConfig;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Makes Hibernate Validator write its messages in English whatever the machine's language, so an error reads the
 * same on every student's laptop as in the handouts and the tests.
 */
public class EnglishValidationMessages implements ContextResolver<ValidationConfig> {

    @Override
    public ValidationConfig getContext(Class<?> type) {
        MessageInterpolator english = new ResourceBundleMessageInterpolator();
        return new ValidationConfig().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return english.interpolate(template, context, Locale.ENGLISH);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return english.interpolate(template, context, Locale.ENGLISH);
            }
        });
    }
}
