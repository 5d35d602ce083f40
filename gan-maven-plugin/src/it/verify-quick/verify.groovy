// gan:baseline copied the run's losses and recorded how they were made; gan:verify passed exactly on
// the same environment and within the tolerance on another thread count.
import groovy.json.JsonSlurper

def baseline = new File(basedir, 'baselines/quick')
def json = new JsonSlurper().parse(new File(baseline, 'baseline.json'))
assert json.formatVersion == 1
assert json.experiment == 'quick'
assert json.seed == 42
assert json.configuration.epochs == '2'
assert json.environment.threads == 2
assert json.environment.cpuFeatures
assert json.tolerance.relative == 1e-5
assert json.tolerance.absolute == 1e-8
assert json.data.size() >= 1 && json.data.every { it.sha256 ==~ /[0-9a-f]{64}/ }
assert json.createdAt ==~ /\d{4}-\d\d-\d\dT.*Z/

def lines = new File(baseline, 'losses.csv').readLines()
assert lines[0] == 'epoch,lr_g,lr_d,loss_g,loss_d,d_real,d_fake,frechet_distance,classifier_score,coverage_entropy,classes_covered'
assert lines.size() == 3

// The second invocation's run (one thread) replaced the first, which was moved aside.
def run = new File(basedir, 'target/gan/quick/seed-42')
assert new JsonSlurper().parse(new File(run, 'manifest.json')).environment.threads == 1
def aside = new File(basedir, 'target/gan/quick').listFiles().find { it.name.startsWith('seed-42.replaced-') }
assert aside != null : 'the first run was not moved aside'
assert new File(aside, 'losses.csv').bytes == new File(baseline, 'losses.csv').bytes

def log = new File(basedir, 'build.log').text
assert log.contains('Wrote the baseline of experiment quick')
assert log.contains('Experiment quick matches its baseline')
assert log.contains('Rule: exact comparison')
assert log.contains("Rule: tolerance gan.tolerance = 1.0E-5,1.0E-8")
assert log.contains("threads (baseline '2', this run '1')")
return true
