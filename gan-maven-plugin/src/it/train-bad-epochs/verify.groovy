// A run of no epochs is refused, naming the parameter, the value and what is allowed.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Failed to execute goal io.github.gandjl:gan-maven-plugin:') : 'the goal did not fail'
assert log.contains("Parameter gan.epochs is '0': it must be a whole number of 1 or more.") : "lacks: Parameter gan.epochs is '0': it must be a whole number of 1 or more."
assert log.contains('-Dgan.epochs=<value>') : 'lacks: -Dgan.epochs=<value>'

// Refused before the run directory was made: nothing half-written is left behind.
def output = new File(basedir, 'target/gan')
assert !output.exists() : "left behind: ${output.list()}"
return true
