// A learning rate that would grow every epoch is refused, naming the parameter, the value and the range.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Failed to execute goal io.github.gandjl:gan-maven-plugin:') : 'the goal did not fail'
assert log.contains("Parameter gan.gamma is '1.5': the learning-rate decay must lie in (0, 1].") : "lacks: Parameter gan.gamma is '1.5': the learning-rate decay must lie in (0, 1]."

// Refused before the run directory was made: nothing half-written is left behind.
def output = new File(basedir, 'target/gan')
assert !output.exists() : "left behind: ${output.list()}"
return true
