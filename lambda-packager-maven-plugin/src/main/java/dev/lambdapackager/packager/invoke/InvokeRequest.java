package dev.lambdapackager.packager.invoke;

import dev.lambdapackager.packager.model.PullPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one run of the invoke goal needs, checked by {@link Invoker} before any container starts.
 * Immutable; made with {@link #builder()}.
 */
public final class InvokeRequest {

    /** Lambda's smallest and largest memory sizes, in MB. */
    public static final int MIN_MEMORY_MB = 128;

    public static final int MAX_MEMORY_MB = 10240;
    /** Lambda's longest timeout, in seconds. */
    public static final int MAX_TIMEOUT_SECONDS = 900;

    private final Path zip;
    private final String functionName;
    private final String handler;
    private final String image;
    private final PullPolicy pullPolicy;
    private final int memoryMb;
    private final Duration timeout;
    private final Map<String, String> environment;
    private final byte[] event;
    private final int invocations;

    private InvokeRequest(Builder b) {
        this.zip = Objects.requireNonNull(b.zip, "zip");
        this.functionName = Objects.requireNonNull(b.functionName, "functionName");
        this.handler = b.handler == null ? functionName : b.handler;
        this.image = Objects.requireNonNull(b.image, "image");
        this.pullPolicy = Objects.requireNonNull(b.pullPolicy, "pullPolicy");
        this.memoryMb = b.memoryMb;
        this.timeout = Objects.requireNonNull(b.timeout, "timeout");
        this.environment = Map.copyOf(b.environment);
        this.event = b.event.clone();
        this.invocations = b.invocations;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The zip to run. */
    public Path zip() {
        return zip;
    }

    /** The function's name ({@code AWS_LAMBDA_FUNCTION_NAME}). */
    public String functionName() {
        return functionName;
    }

    /** The handler ({@code _HANDLER}); the function's name when not known. */
    public String handler() {
        return handler;
    }

    /** The OS image the sandbox runs in. */
    public String image() {
        return image;
    }

    /** When to pull {@link #image()}. */
    public PullPolicy pullPolicy() {
        return pullPolicy;
    }

    /** The function's memory, in MB. */
    public int memoryMb() {
        return memoryMb;
    }

    /** How long one invocation may run. */
    public Duration timeout() {
        return timeout;
    }

    /** The user's environment variables. */
    public Map<String, String> environment() {
        return environment;
    }

    /** The event's bytes. */
    public byte[] event() {
        return event.clone();
    }

    /** How many times to send the event to the same sandbox. */
    public int invocations() {
        return invocations;
    }

    /** Builds an {@link InvokeRequest}. */
    public static final class Builder {
        private Path zip;
        private String functionName;
        private String handler;
        private String image;
        private PullPolicy pullPolicy = PullPolicy.IF_NOT_PRESENT;
        private int memoryMb = 128;
        private Duration timeout = Duration.ofSeconds(15);
        private final Map<String, String> environment = new LinkedHashMap<>();
        private byte[] event = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        private int invocations = 1;

        private Builder() {}

        public Builder zip(Path zip) {
            this.zip = zip;
            return this;
        }

        public Builder functionName(String functionName) {
            this.functionName = functionName;
            return this;
        }

        public Builder handler(String handler) {
            this.handler = handler;
            return this;
        }

        public Builder image(String image) {
            this.image = image;
            return this;
        }

        public Builder pullPolicy(PullPolicy pullPolicy) {
            this.pullPolicy = pullPolicy;
            return this;
        }

        public Builder memoryMb(int memoryMb) {
            this.memoryMb = memoryMb;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder environment(Map<String, String> environment) {
            this.environment.clear();
            this.environment.putAll(environment);
            return this;
        }

        public Builder event(byte[] event) {
            this.event = event.clone();
            return this;
        }

        public Builder invocations(int invocations) {
            this.invocations = invocations;
            return this;
        }

        public InvokeRequest build() {
            return new InvokeRequest(this);
        }
    }
}
