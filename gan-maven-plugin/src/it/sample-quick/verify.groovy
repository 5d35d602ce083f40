// gan:sample wrote PNGs of the asked shapes; with the run's seed its grid is, byte for byte, the grid
// the training wrote after its last epoch in another JVM.
import javax.imageio.ImageIO

def run = new File(basedir, 'target/gan/quick/seed-42')
def png = { File f ->
    assert f.isFile() : "$f is missing"
    assert f.bytes[1..3] == 'PNG'.bytes as List : "$f is not a PNG"
    ImageIO.read(f)
}
int cell = 28 * 4, gap = 2
def side = { int n -> n * cell + (n + 1) * gap }

def seven = new File(run, 'sampled/seed-7')
def grid = png(new File(seven, 'grid.png'))
assert grid.width == side(4) && grid.height == side(3) : '10 images lay out 4 to a line on 3 lines'
def strip = png(new File(seven, 'interpolation.png'))
assert strip.width == side(10) && strip.height == side(1)
(1..10).each {
    def one = png(new File(seven, String.format('images/image-%04d.png', it)))
    assert one.width == 28 && one.height == 28
}

def own = new File(run, 'sampled/seed-42/grid.png')
png(own)
assert own.bytes == new File(run, 'samples/epoch-0002.png').bytes : 'sampling with the run seed did not redraw the final training grid'
assert !new File(run, 'sampled/seed-42/interpolation.png').exists()

def log = new File(basedir, 'build.log').text
assert log.contains('Sampled 10 images from')
assert log.contains('Sampled 16 images from')
return true
