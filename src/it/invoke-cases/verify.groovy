import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
def log = BuildLog.of(base)
def text = new File(basedir, 'build.log').getText('UTF-8')
// The log of each run of the goal that got as far as the sandbox, in invoker.properties' order (2 to 8, 11, 12).
def runs = text.split(/\[INFO\] Invoking /).drop(1).collect { it.split(/\[INFO\] BUILD /)[0] }
assert runs.size() == 9 : runs.size()

def reports(String run) { run.readLines().findAll { it.contains('REPORT RequestId: ') } }
def reportPattern = /\[INFO\] REPORT RequestId: [0-9a-f-]{36}\tDuration: [0-9]+\.[0-9]{2} ms\tBilled Duration: [0-9]+ ms\tMemory Size: 128 MB\tMax Memory Used: [0-9]+ MB/

// 2: buffered, twice in one sandbox: the body printed raw, cold then warm.
def buffered = runs[0]
assert buffered.startsWith('Cases (x86_64, 128 MB, timeout 15 s) in ' + builderImageX86)
assert buffered.count('event={"case":"buffered"} greeting=hello memory=128 function=Cases handler=com.example.Cases'
        + ' api=127.0.0.1:9001 tz=:UTC uid=993 taskWritable=false tmpWritable=true javaToolOptions=null network=lo\n') == 2 : buffered
assert buffered.count('[INFO] buffered case says hello to the log') == 2
assert buffered.count('[INFO] START RequestId: ') == 2 && buffered.count('[INFO] END RequestId: ') == 2
def two = reports(buffered)
assert two.size() == 2
two.each { assert it =~ reportPattern }
assert two[0] =~ /\tInit Duration: [0-9]+\.[0-9]{2} ms$/ : two[0]
assert !two[1].contains('Init Duration') : two[1]

// 3: function URL: status and headers in the log, the body on the console.
def url = runs[1]
assert url.contains('[INFO] HTTP status 201\n[INFO] Content-Type: text/plain\n[INFO] Set-Cookie: session=abc\ncreated it\n') : url
assert reports(url).size() == 1 && reports(url)[0] =~ reportPattern

// 4: error before any byte, reported without failing the build.
def error = runs[2]
assert error =~ /\n\{"errorMessage":"no such order: 42","errorType":"java\.lang\.IllegalArgumentException","stackTrace":\[/
assert error.contains('[ERROR] The function returned an error (X-Amz-Function-Error: Unhandled): java.lang.IllegalArgumentException: no such order: 42')
assert reports(error).size() == 1
assert error.contains('[WARNING] The function failed: 1 of 1 invocation failed (FUNCTION_ERROR); not failing the build (lambda.failOnError=false).')

// 5: error after the first bytes: the trailers, as InvokeWithResponseStream reports them.
def midstream = runs[3]
assert midstream.contains('\nfirst line\n')
assert midstream.contains('[ERROR] The response stream ended with an error after 11 bytes (InvokeComplete ErrorCode:'
        + ' java.lang.IllegalStateException, ErrorDetails: database went away)')
assert reports(midstream).size() == 1

// 6: timeout.
def timeout = runs[4]
assert timeout.contains('\nsleeping\n')
assert timeout =~ /\[ERROR\] \d{4}-\d\d-\d\dT[0-9:.]+Z [0-9a-f-]{36} Task timed out after 2\.[0-9]{2} seconds/
assert reports(timeout).size() == 1 && reports(timeout)[0].endsWith('\tStatus: timeout')

// 7: out of memory: killed by the kernel, reported as Lambda does.
def oom = runs[5]
assert oom.contains('[INFO] holding 10 MB')
assert !oom.contains('holding 200 MB')
assert oom =~ /\[ERROR\] RequestId: [0-9a-f-]{36} Error: Runtime exited with error: signal: killed\n\[ERROR\] Runtime\.ExitError\n/
def oomReport = reports(oom)
assert oomReport.size() == 1 && oomReport[0].endsWith('\tStatus: error\tError Type: Runtime.OutOfMemory') : oomReport
assert (oomReport[0] =~ /Max Memory Used: ([0-9]+) MB/)[0][1].toInteger() >= 120 : oomReport

// 8: init failure.
def init = runs[6]
assert init.contains('[ERROR] The function failed to initialise: Runtime.HandlerConstructorError: The constructor of handler'
        + ' class com.example.InitFails threw java.lang.IllegalStateException: TABLE_NAME is not set')
assert init =~ /\[INFO\] INIT_REPORT Init Duration: [0-9]+\.[0-9]{2} ms\tPhase: init\tStatus: error\tError Type: Runtime\.HandlerConstructorError/
assert !init.contains('START RequestId')

log.contains('The function failed: 1 of 1 invocation failed (STREAM_ERROR); see the log above. To report without failing the build, set -Dlambda.failOnError=false.')
        .contains('The function failed: 1 of 1 invocation failed (TIMEOUT)')
        .contains('The function failed: 1 of 1 invocation failed (RUNTIME_EXIT)')
        .contains('The function failed: 1 of 1 invocation failed (INIT_ERROR)')
// 9 and 10: bad input, one message naming the setting.
        .contains('There are 2 functions (Cases, InitFails); choose one, e.g. -Dlambda.function=Cases.')
        .contains('[<function> (-Dlambda.function)]')
        .contains('Memory size 64 MB is outside Lambda\'s range; use 128 to 10240 MB.')
        .contains('[<memorySize> (-Dlambda.memorySize)]')
// 11 to 13: the invoke image missing, or of the other architecture; an event that is neither JSON nor a file.
        .contains('Invoke image lambda-packager/no-such-image:1 is not in the Docker engine at ')
        .contains(', and the pull policy is \'never\'. Load it first (`docker pull --platform linux/amd64 lambda-packager/no-such-image:1` or `docker load`)')
        .contains('[<invokeImage> (-Dlambda.invokeImage), <pullPolicy> (-Dlambda.pullPolicy)]')
        .contains('Invoke image ' + builderImageArm64 + ' is linux/arm64, but the zip is for x86_64 and runs in a linux/amd64 image.')
        .contains('[<invokeImage> (-Dlambda.invokeImage)]')
        .contains('The event \'events/missing.json\' is neither JSON nor a file (looked for ')
        .contains('[<event> (-Dlambda.event)]')
return true
