// The package phase wrote all three formats into target/portfolio, with the options of the pom.
def out = new File(basedir, 'target/portfolio')
assert out.list().sort() == ['README.md', 'index.html', 'resume.json']

def html = new File(out, 'index.html').getText('UTF-8')
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('<title>Grace Hopper — Compiler engineer</title>')
assert html.contains('pf-classic')
assert html.contains('A-0 System')
assert !html.contains('id="skills"')

def readme = new File(out, 'README.md').getText('UTF-8')
assert readme.contains('Eckert-Mauchly Computer Corporation')
assert readme.contains('A-0 System')

def resume = new groovy.json.JsonSlurper().parse(new File(out, 'resume.json'))
assert resume.basics.name == 'Grace Hopper'
assert resume.work[0].name == 'Eckert-Mauchly Computer Corporation'

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Valid portfolio of Grace Hopper')
assert log.contains('Wrote target/portfolio/index.html')
return true
