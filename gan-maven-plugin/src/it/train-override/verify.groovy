// -D on the command line beats the profile (gan.epochs=2) and the pom (gan.seed=42).
def experiment = new File(basedir, 'target/gan/quick')
assert experiment.list() as List == ['seed-7'] : "run directories: ${experiment.list()}"
def run = new File(experiment, 'seed-7')

def manifest = new groovy.json.JsonSlurper().parse(new File(run, 'manifest.json'))
assert manifest.status == 'finished'
assert manifest.seed == 7
assert manifest.configuration.seed == '7'
assert manifest.configuration.epochs == '1'
assert manifest.configuration.sampleInterval == '1' : 'the profile still sets what is not overridden'
assert manifest.epochsCompleted == 1

def losses = new File(run, 'losses.csv').readLines()
assert losses.size() == 2 : "expected the header and one row: $losses"
assert losses[1].startsWith('1,')
assert new File(run, 'samples').list() as List == ['epoch-0001.png']

def log = new File(basedir, 'build.log').text
assert log.contains('Epoch 1/1')
assert !log.contains('Epoch 2/')
return true
