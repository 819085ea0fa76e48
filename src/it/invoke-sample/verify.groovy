import dev.lambdapackager.testkit.BuildLog

def base = basedir.toPath()
try {
    def log = BuildLog.of(base)
    def text = new File(basedir, 'build.log').getText('UTF-8')
    log.contains('[INFO] Invoking StreamingNumbers (x86_64, 128 MB, timeout 120 s) in ' + builderImageX86)

    // Each number reached the console as its own chunk, logged with its arrival time as it arrived.
    def chunks = (text =~ /\[DEBUG\] \+([0-9]+\.[0-9]{3}) s chunk ([0-9]+): ([0-9]+) bytes\n([0-9]+)\n/).collect { it }
    assert chunks.size() == 10 : text
    chunks.eachWithIndex { chunk, i ->
        assert chunk[2] == "${i + 1}" && chunk[4] == "${i + 1}" : chunk
    }
    def times = chunks.collect { new BigDecimal(it[1]) }
    // The function sleeps one second between lines: a buffered response would show them all at once.
    (1..<times.size()).each { i ->
        assert times[i] - times[i - 1] >= 0.5 : "chunk ${i + 1} arrived ${times[i] - times[i - 1]} s after the one before: ${times}"
    }
    def report = text.readLines().find { it.startsWith('[INFO] REPORT RequestId: ') }
    assert report =~ /\tDuration: ([0-9]+)\.[0-9]{2} ms\tBilled Duration: [0-9]+ ms\tMemory Size: 128 MB\tMax Memory Used: [0-9]+ MB\tInit Duration: [0-9.]+ ms$/
    assert (report =~ /Duration: ([0-9]+)\./)[0][1].toInteger() >= 9000 : report

    // All of it went through the TCP relay: the builder container, then the sandbox (created, fed by a tar,
    // attached), and nothing asked the engine to mount a host path.
    def requests = new File(basedir, 'engine-requests.txt').getText('ISO-8859-1')
    assert requests =~ /Host: 127\.0\.0\.1:[0-9]+/

    assert requests =~ /POST (\/v[0-9.]+)?\/containers\/create/
    assert requests =~ /PUT (\/v[0-9.]+)?\/containers\/[0-9a-f]+\/archive/
    assert requests =~ /POST (\/v[0-9.]+)?\/containers\/[0-9a-f]+\/attach\?[^ ]*stdin=(true|1)/
    assert !(requests =~ /"Binds"\s*:\s*\[\s*"/) : 'a bind mount was requested'
    assert !requests.contains('"Type":"bind"') : 'a bind mount was requested'
} finally {
    System.getProperties().remove('invoke-sample.relay')?.close()
}
return true
