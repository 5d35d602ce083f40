// A truncated data file is named, with what is wrong and what to do; prebuild.groovy truncated it.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Failed to execute goal io.github.gandjl:gan-maven-plugin:') : 'the goal did not fail'
assert log.contains('/data/train-images-idx3-ubyte.gz: truncated gzip') : 'lacks: /data/train-images-idx3-ubyte.gz: truncated gzip'
assert log.contains('download or copy it again') : 'lacks: download or copy it again'

// Refused before the run directory was made: nothing half-written is left behind.
def output = new File(basedir, 'target/gan')
assert !output.exists() : "left behind: ${output.list()}"
return true
