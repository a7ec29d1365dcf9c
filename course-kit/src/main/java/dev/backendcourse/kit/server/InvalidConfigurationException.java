package dev.backendcourse.kit.server;

/**
 * A configuration value, usually an environment variable, that the application cannot use.
 * Its message names the variable, the value and what to set instead, and is meant to be shown alone.
 */
public class InvalidConfigurationException extends RuntimeException {

    public InvalidConfigurationException(String message) {
        super(message);
    }

    public InvalidConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
