// A data directory that does not exist is named, with what it should hold and how to get the data.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Failed to execute goal io.github.gandjl:gan-maven-plugin:') : 'the goal did not fail'
assert log.contains('gan.dataDirectory = ') : 'lacks: gan.dataDirectory = '
assert log.contains('/no-such-data does not exist or is not a directory') : 'lacks: /no-such-data does not exist or is not a directory'
assert log.contains('expected it to hold train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz') : 'lacks: expected it to hold train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz'
assert log.contains('the system directories or a download') : 'lacks: the system directories or a download'
assert log.contains('apt-get install dataset-fashion-mnist') : 'lacks: apt-get install dataset-fashion-mnist'
assert !new File(basedir, 'no-such-data').exists() : 'the data directory was created'

// Refused before the run directory was made: nothing half-written is left behind.
def output = new File(basedir, 'target/gan')
assert !output.exists() : "left behind: ${output.list()}"
return true
