package dev.lambdapackager.packager.model;

/**
 * A build timestamp that cannot be used for zip entry times: unparseable, outside the DOS date range, or not
 * representable in the JVM's time zone. The message quotes the value, names the setting it came from and says what
 * to use instead.
 */
public final class InvalidOutputTimestampException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String setting;
    private final String value;

    /**
     * @param setting where the value came from, e.g. {@code project.build.outputTimestamp}
     * @param value   the value as the user wrote it
     * @param message the complete message: what is wrong and what to use instead
     */
    public InvalidOutputTimestampException(String setting, String value, String message) {
        super(message);
        this.setting = setting;
        this.value = value;
    }

    /**
     * Returns where the value came from: {@value OutputTimestamp#PROPERTY} or {@value OutputTimestamp#ENVIRONMENT}.
     *
     * @return the setting's name
     */
    public String setting() {
        return setting;
    }

    /**
     * Returns the rejected value, as written.
     *
     * @return the value
     */
    public String value() {
        return value;
    }
}
