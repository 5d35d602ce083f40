// A learning rate that is not a number is refused, naming the parameter, the value and what is allowed.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Failed to execute goal io.github.gandjl:gan-maven-plugin:') : 'the goal did not fail'
assert log.contains("Parameter gan.learningRate is 'NaN': it must be a positive finite number.") : "lacks: Parameter gan.learningRate is 'NaN': it must be a positive finite number."

// Refused before the run directory was made: nothing half-written is left behind.
def output = new File(basedir, 'target/gan')
assert !output.exists() : "left behind: ${output.list()}"
return true
