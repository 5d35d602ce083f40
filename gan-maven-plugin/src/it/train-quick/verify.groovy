// The run directory of DESIGN.md, complete after `gan:train -Pquick`.
def run = new File(basedir, 'target/gan/quick/seed-42')
assert run.isDirectory() : "no run directory at $run"

def manifest = new groovy.json.JsonSlurper().parse(new File(run, 'manifest.json'))
assert manifest.formatVersion == 2
assert manifest.experiment == 'quick'
assert manifest.status == 'finished'
assert manifest.seed == 42
assert manifest.epochsCompleted == 2
assert manifest.configuration.epochs == '2'
assert manifest.environment.threads == 2
assert manifest.data[0].sha256 ==~ /[0-9a-f]{64}/

def losses = new File(run, 'losses.csv').readLines()
assert losses[0] == 'epoch,lr_g,lr_d,loss_g,loss_d,d_real,d_fake,frechet_distance,classifier_score,coverage_entropy,classes_covered'
assert losses.size() == 3
losses.drop(1).eachWithIndex { line, i ->
    def cells = line.split(',')
    assert cells[0] == "${i + 1}"
    assert cells.size() == 11 : "every epoch writes a sample grid, so every epoch is measured"
    cells.drop(1).each { assert Double.isFinite(Double.parseDouble(it)) }
}
// The committed subset has 500 test images: the distance compares against all of them.
assert manifest.quality.epoch == 2
assert manifest.quality.basis.realImages == 500
assert manifest.quality.basis.evaluatorSha256 ==~ /[0-9a-f]{64}/
assert manifest.quality.frechetDistance > 0
assert new File(run, 'timings.csv').readLines().size() == 3

['samples/epoch-0001.png', 'samples/epoch-0002.png'].each {
    def bytes = new File(run, it).bytes
    assert bytes[1..3] == 'PNG'.bytes as List : "$it is not a PNG"
}
assert new File(run, 'generator.params').length() > 100_000
assert new File(run, 'discriminator.params').length() > 100_000

def log = new File(basedir, 'build.log').text
assert log.contains('Epoch 2/2') : 'the epoch line is missing from the log'
return true
