package dev.lambdapackager.packager.check;

import dev.lambdapackager.packager.model.FunctionSpec;
import dev.lambdapackager.packager.model.PackagingException;
import dev.lambdapackager.packager.model.PackagingException.Code;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Lambda's rule for function names, checked before anything else happens. */
final class FunctionNames {

    /** Lambda allows 64 letters, digits, hyphens and underscores for a name (not an ARN). */
    static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private FunctionNames() {}

    /** Fails on the first invalid or repeated name. */
    static void check(List<FunctionSpec> functions) throws PackagingException {
        Set<String> seen = new HashSet<>();
        for (FunctionSpec function : functions) {
            if (!VALID.matcher(function.name()).matches()) {
                throw new PackagingException(
                        Code.INVALID_FUNCTION_NAME,
                        "Function name '" + function.name()
                                + "' is not a valid Lambda function name: use 1 to 64 letters, digits, '-' or '_'.");
            }
            // Lambda names are case-sensitive, but the output folders may not be (macOS, Windows).
            if (!seen.add(function.name().toLowerCase(java.util.Locale.ROOT))) {
                throw new PackagingException(
                        Code.DUPLICATE_FUNCTION_NAME,
                        "Function name '" + function.name()
                                + "' is given twice (names are compared ignoring case, as they become folder names); give each function its own name.");
            }
        }
    }
}
