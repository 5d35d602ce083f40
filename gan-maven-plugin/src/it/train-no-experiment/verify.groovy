// Without an active profile or gan.experiment the run has no name: the message says how to give it one.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Failed to execute goal io.github.gandjl:gan-maven-plugin:') : 'the goal did not fail'
assert log.contains('Parameter gan.experiment is not set and no profile of ') : 'lacks: Parameter gan.experiment is not set and no profile of '
assert log.contains('is active') : 'lacks: is active'
assert log.contains('Activate one experiment with -P<id> (for example -Pquick) or name it with -Dgan.experiment=<name>.') : 'lacks: Activate one experiment with -P<id> (for example -Pquick) or name it with -Dgan.experiment=<name>.'

// Refused before the run directory was made: nothing half-written is left behind.
def output = new File(basedir, 'target/gan')
assert !output.exists() : "left behind: ${output.list()}"
return true
