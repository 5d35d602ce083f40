// gan:train then gan:report: the page beside the run, its summary, and the run in the archive.
def run = new File(basedir, 'target/gan/quick/seed-42')
def report = new File(run, 'report')
def html = new File(report, 'index.html').getText('UTF-8')

assert html.startsWith('<!DOCTYPE html>')
assert html.count('<svg class="chart-svg"') == 7 : 'seven charts expected'
['chart-losses', 'chart-discriminator', 'chart-learning-rate', 'chart-speed',
 'chart-frechet-distance', 'chart-classifier-score', 'chart-classes-covered'].each {
    assert html.contains("id=\"$it\"") : "chart $it is missing"
}
// Both grids in epoch order, and the last one large, embedded so the page stands alone.
assert html.count('src="data:image/png;base64,') == 3
assert html.indexOf('epoch 1</figcaption>') < html.indexOf('epoch 2</figcaption>')
assert !(html =~ /(src|href)="(?!data:)/) : 'the page refers to another file or the network'
assert html.contains('gan.epochs') && html.contains('finished')

def summary = new File(report, 'summary.md').getText('UTF-8')
assert summary.contains('finished')
assert summary.contains('| Final G loss |')
def link = (summary =~ /!\[[^\]]*\]\(([^)]+\.png)\)/)
assert link.find() : "no image link in summary.md:\n$summary"
assert new File(report, link.group(1)).length() > 100 : "summary.md links ${link.group(1)}, which is not beside it"

// The finished run is in the archive under its commit.
def archived = new File(basedir, 'target/gan-runs/quick').listFiles()
assert archived != null && archived.length == 1 : "expected one commit directory in the archive"
assert new File(archived[0], 'seed-42/losses.csv').text == new File(run, 'losses.csv').text
assert new File(basedir, 'build.log').text.contains('Report: file:')
return true
