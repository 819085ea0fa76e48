package dev.lambdapackager.maven;

/**
 * One {@code <function>} of the {@code <functions>} list: its name and handler class.
 *
 * <pre>{@code
 * <functions>
 *   <function>
 *     <name>StreamingNumbers</name>
 *     <handler>com.example.SendNumbersWithPause</handler>
 *   </function>
 * </functions>
 * }</pre>
 */
public class Function {

    /** The function's name: 1 to 64 letters, digits, '-' or '_'. Names the zip and its folder. */
    private String name;

    /** The fully qualified name of the handler class. */
    private String handler;

    /** For Maven's configurator. */
    public Function() {}

    /** A function with both settings given. */
    public Function(String name, String handler) {
        this.name = name;
        this.handler = handler;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHandler() {
        return handler;
    }

    public void setHandler(String handler) {
        this.handler = handler;
    }
}
