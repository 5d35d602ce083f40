// A batch larger than the training set is refused once the data is read, before the run directory is made.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Failed to execute goal io.github.gandjl:gan-maven-plugin:') : 'the goal did not fail'
assert log.contains("Parameter gan.batchSize is '5000': it must not exceed the number of training images, 2000.") : "lacks: Parameter gan.batchSize is '5000': it must not exceed the number of training images, 2000."

// Refused before the run directory was made: nothing half-written is left behind.
def output = new File(basedir, 'target/gan')
assert !output.exists() : "left behind: ${output.list()}"
return true
