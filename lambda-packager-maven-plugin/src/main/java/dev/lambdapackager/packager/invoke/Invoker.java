package dev.lambdapackager.packager.invoke;

import dev.lambdapackager.packager.invoke.InvocationResult.Outcome;
import dev.lambdapackager.packager.invoke.InvokeException.Code;
import dev.lambdapackager.packager.model.Architecture;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs a zip as Lambda would: one sandbox, the event sent {@code invocations} times (the first cold, the rest
 * warm), each response shown as it streams, each invocation reported in Lambda's words.
 */
public final class Invoker {

    private final Sandbox.Factory sandboxes;
    private final InvokeListener listener;
    private final OutputStream console;

    /**
     * @param sandboxes makes the sandbox
     * @param listener the log
     * @param console where response bodies go, raw
     */
    public Invoker(Sandbox.Factory sandboxes, InvokeListener listener, OutputStream console) {
        this.sandboxes = sandboxes;
        this.listener = listener;
        this.console = console;
    }

    /**
     * Checks the request, opens the sandbox and runs the invocations.
     *
     * @return each invocation's result, in order
     * @throws InvokeException for a bad setting, or when the sandbox cannot be made or breaks down
     */
    public List<InvocationResult> invoke(InvokeRequest request) throws InvokeException {
        check(request);
        Architecture architecture = ZipArchitecture.of(request.zip());
        Map<String, String> environment = LambdaEnvironment.of(
                request.functionName(), request.handler(), request.memoryMb(), request.environment());
        SandboxSpec spec = new SandboxSpec(
                request.zip(),
                architecture,
                request.image(),
                request.pullPolicy(),
                request.memoryMb(),
                request.timeout(),
                environment,
                LambdaEnvironment.functionArn(request.functionName(), environment));
        listener.info("Invoking " + request.functionName() + " (" + architecture + ", " + request.memoryMb()
                + " MB, timeout " + request.timeout().toSeconds() + " s) in " + request.image());
        List<InvocationResult> results = new ArrayList<>();
        try (Sandbox sandbox = sandboxes.open(spec, listener)) {
            for (int i = 0; i < request.invocations(); i++) {
                results.add(once(sandbox, request));
            }
        }
        return results;
    }

    private InvocationResult once(Sandbox sandbox, InvokeRequest request) throws InvokeException {
        String requestId = UUID.randomUUID().toString();
        long start = System.nanoTime();
        ResponsePrinter printer =
                new ResponsePrinter(console, listener, start, () -> listener.info(LambdaReport.start(requestId)));
        InvocationResult result = sandbox.invoke(requestId, request.event(), printer);
        printer.finish();
        if (result.outcome() == Outcome.INIT_ERROR) {
            initFailed(result, printer);
            return result;
        }
        switch (result.outcome()) {
            case FUNCTION_ERROR:
                payload(printer, result.errorBody());
                listener.error("The function returned an error (X-Amz-Function-Error: Unhandled): "
                        + summary(result.errorType(), result.errorBody()));
                break;
            case STREAM_ERROR:
                listener.error("The response stream ended with an error after " + printer.bodyBytes() + " bytes"
                        + " (InvokeComplete ErrorCode: " + result.errorType() + ", ErrorDetails: "
                        + message(result.errorBody()) + ")");
                break;
            case TIMEOUT: {
                String line = Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + requestId + " "
                        + LambdaReport.timedOut(result);
                listener.error(line);
                payload(printer, "{\"errorMessage\":\"" + line + "\"}");
                break;
            }
            case RUNTIME_EXIT: {
                String message = "RequestId: " + requestId + " Error: " + LambdaReport.exitReason(result.exitStatus());
                listener.error(message);
                listener.error(result.errorType());
                if (result.oomKilled()) {
                    listener.error("The function ran out of memory: it used more than its " + request.memoryMb()
                            + " MB (set <memorySize>, -Dlambda.memorySize, to give it more).");
                }
                payload(printer, "{\"errorType\":\"" + result.errorType() + "\",\"errorMessage\":\"" + message + "\"}");
                break;
            }
            default:
                break;
        }
        listener.info(LambdaReport.end(requestId));
        listener.info(LambdaReport.report(requestId, result, request.memoryMb()));
        return result;
    }

    private void initFailed(InvocationResult result, ResponsePrinter printer) {
        String detail = result.errorBody() != null
                ? summary(result.errorType(), result.errorBody())
                : LambdaReport.exitReason(result.exitStatus());
        listener.error("The function failed to initialise: " + detail);
        if (result.errorBody() != null) {
            payload(printer, result.errorBody());
        }
        listener.info(LambdaReport.initReport(result));
    }

    /** Shows what the caller would receive as the payload of a failed invocation. */
    private static void payload(ResponsePrinter printer, String json) {
        if (json != null && printer.bodyBytes() == 0) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            printer.body(bytes, 0, bytes.length);
            printer.finish();
        }
    }

    private static String summary(String errorType, String errorBody) {
        return errorType + ": " + message(errorBody);
    }

    @SuppressWarnings("unchecked")
    private static String message(String errorBody) {
        if (errorBody == null) {
            return "";
        }
        try {
            Object json = SimpleJson.parse(errorBody);
            if (json instanceof Map && ((Map<String, Object>) json).get("errorMessage") != null) {
                return String.valueOf(((Map<String, Object>) json).get("errorMessage"));
            }
        } catch (IllegalArgumentException e) {
            // Not JSON: show it as it is.
        }
        return errorBody;
    }

    private static void check(InvokeRequest request) throws InvokeException {
        if (request.memoryMb() < InvokeRequest.MIN_MEMORY_MB || request.memoryMb() > InvokeRequest.MAX_MEMORY_MB) {
            throw new InvokeException(
                    Code.INVALID_MEMORY_SIZE,
                    "Memory size " + request.memoryMb() + " MB is outside" + " Lambda's range; use "
                            + InvokeRequest.MIN_MEMORY_MB + " to " + InvokeRequest.MAX_MEMORY_MB + " MB.");
        }
        long seconds = request.timeout().toSeconds();
        if (request.timeout().isNegative()
                || request.timeout().isZero()
                || seconds > InvokeRequest.MAX_TIMEOUT_SECONDS) {
            throw new InvokeException(
                    Code.INVALID_TIMEOUT,
                    "Timeout " + seconds + " s is outside Lambda's range; use 1 to " + InvokeRequest.MAX_TIMEOUT_SECONDS
                            + " seconds.");
        }
        if (request.invocations() < 1) {
            throw new InvokeException(
                    Code.INVALID_INVOCATIONS,
                    "Invocations " + request.invocations() + " is less than one; send the event at least once.");
        }
    }
}
