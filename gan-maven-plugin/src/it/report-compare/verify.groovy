// Two runs that differ in seed and learning rate, reported side by side.
def html = new File(basedir, 'target/gan/report/index.html').getText('UTF-8')

// Only the parameters that differ.
def diff = html.substring(html.indexOf('<table id="config-diff">'))
diff = diff.substring(0, diff.indexOf('</table>'))
assert diff.contains('gan.seed') && diff.contains('gan.learningRate') && diff.contains('0.001')
assert !diff.contains('gan.batchSize') && !diff.contains('gan.epochs')

// Curves overlaid: two runs x (G, D) in the loss chart, a legend entry for each.
def losses = html.substring(html.indexOf('id="chart-losses"'))
losses = losses.substring(0, losses.indexOf('</figure>'))
assert losses.count('<polyline') == 4
assert losses.contains('seed 1: G loss') && losses.contains('seed 2: D loss')
assert html.contains('first differ at <strong>epoch 1</strong>')
// Grids side by side: two runs at two epochs.
assert html.count('src="data:image/png;base64,') == 4

def summary = new File(basedir, 'target/gan/report/summary.md').getText('UTF-8')
assert summary =~ /\| Final G loss \| [-0-9.]+ \| [-0-9.]+ \([+-]/ : "no delta in:\n$summary"

// By revision: HEAD's archived runs of both seeds.
def byRevision = new File(basedir, 'target/by-revision/index.html').getText('UTF-8')
assert byRevision.contains('HEAD (') && byRevision.contains('· seed 2')
// Losses, D outputs, learning rate, speed and the three quality charts.
assert byRevision.count('<svg class="chart-svg"') == 7
return true
