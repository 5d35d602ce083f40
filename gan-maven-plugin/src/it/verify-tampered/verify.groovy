// One number of the committed baseline was changed: loss_g of epoch 2, multiplied by 1.01.
def run = new File(basedir, 'target/gan/quick/seed-42')
def actual = new File(run, 'losses.csv').readLines()[2].split(',')[3]
def expected = new File(basedir, 'baselines/quick/losses.csv').readLines()[2].split(',')[3]
assert expected != actual

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Experiment quick differs from its baseline') : 'no drift message in build.log'
assert log.contains('at epoch 2, column loss_g')
assert log.contains("expected ${expected}, actual ${actual}")
// The baseline was made on one machine; on it the rule is exact, elsewhere the tolerance.
assert log.contains('Rule: exact comparison') || log.contains('Rule: tolerance gan.tolerance = 1.0E-5,1.0E-8')
assert log.contains('gan:train gan:baseline -Pquick')
return true
