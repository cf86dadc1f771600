// Both builds wrote every format under the command line's file names, with the same bytes; the PDF is German, A4,
// tailored to the 'compilers' tag (the role at Vassar College, tagged 'teaching', is left out everywhere).
def first = new File(basedir, 'target/first')
def second = new File(basedir, 'target/second')
def names = ['README.md', 'cv.pdf', 'index.html', 'resume.json']
assert first.list().sort() == names : first.list()
assert second.list().sort() == names : second.list()
names.each { name ->
    def a = new File(first, name).bytes
    def b = new File(second, name).bytes
    assert a.length > 0 : name
    assert Arrays.equals(a, b) : "$name differs between two builds of the same commit"
}

def run(String... command) {
    def process = new ProcessBuilder(command).redirectErrorStream(true).start()
    def out = process.inputStream.getText('UTF-8')
    assert process.waitFor() == 0 : out
    return out
}
def cv = new File(first, 'cv.pdf').path
def text = run('pdftotext', '-layout', cv, '-')
assert text.contains('Berufserfahrung') : text
assert text.contains('Ausgewählte Projekte') : text
assert text.contains('Eckert-Mauchly Computer Corporation') : text
assert !text.contains('Vassar') : text
def info = run('pdfinfo', '-isodates', cv)
assert info =~ /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/ : info
assert info =~ /CreationDate:\s+2026-11-25T12:00:00/ : info

def html = new File(first, 'index.html').getText('UTF-8')
assert html.contains('lang="de"')
assert html.contains('Berufserfahrung')
assert !html.contains('Vassar')
def readme = new File(first, 'README.md').getText('UTF-8')
assert readme.contains('Berufserfahrung')
assert !readme.contains('Vassar')
def resume = new groovy.json.JsonSlurper().parse(new File(first, 'resume.json'))
assert resume.work*.name == ['Eckert-Mauchly Computer Corporation']

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Wrote target/second/cv.pdf')
assert !log.contains('SEVERE') && !log.contains('Prepare to fly') && !log.contains('HV000001') : 'library noise: ' + log
return true
