// A data directory like a download cut short: the subset's files, with the training images'
// gzip stream truncated halfway (the sums still describe the complete files).
def pom = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml'))
def subset = new File(pom.properties.'it.subsetDirectory'.text())
def data = new File(basedir, 'data')
data.mkdirs()
subset.eachFile { file ->
    if (file.isFile()) {
        new File(data, file.name).bytes = file.bytes
    }
}
def images = new File(data, 'train-images-idx3-ubyte.gz')
byte[] bytes = images.bytes
images.bytes = java.util.Arrays.copyOf(bytes, bytes.length.intdiv(2))
return true
