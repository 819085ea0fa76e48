package dev.lambdapackager.packager.check;

import dev.lambdapackager.packager.archive.ZipEntrySpec;
import dev.lambdapackager.packager.model.ArchiveRequest;
import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.JarInput;
import java.util.List;

/**
 * A request that passed every check that needs no engine, with what the checks worked out on the way.
 *
 * @param request the request as given
 * @param jars the class path named for {@code lib/}, the function's jar first
 * @param launcherClass the runtime's main class
 * @param handlers the distinct handler classes, trimmed
 * @param extraFiles the extra files' zip entries
 */
public record CheckedRequest(
        ArchiveRequest request,
        List<JarInput> jars,
        String launcherClass,
        List<String> handlers,
        List<ZipEntrySpec> extraFiles) {

    public CheckedRequest {
        jars = List.copyOf(jars);
        handlers = List.copyOf(handlers);
        extraFiles = List.copyOf(extraFiles);
    }

    /** The functions of the request. */
    public List<FunctionSpec> functions() {
        return request.functions();
    }
}
