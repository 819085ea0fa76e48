// 270 MB of zeros in the extra files: sparse on disk, quick to deflate, and over Lambda's unzipped limit.
def big = new File(basedir, 'src/main/lambda/data/big.bin')
big.parentFile.mkdirs()
new RandomAccessFile(big, 'rw').withCloseable { it.setLength(270_000_000L) }
return true
