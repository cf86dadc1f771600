// The lenient read repaired the dates, said so with the place of each, and the outputs hold the role.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[WARNING\] resume\.json:4:\d+: work\[0\]\.startDate: / : log
assert log =~ /\[WARNING\] resume\.json:4:\d+: work\[0\]\.endDate: / : log
def out = new File(basedir, 'target/portfolio')
assert out.list().sort() == ['README.md', 'resume.json'] : out.list()
def readme = new File(out, 'README.md').getText('UTF-8')
assert readme.contains('Eckert-Mauchly Computer Corporation')
assert readme.contains('1949') : readme
def resume = new groovy.json.JsonSlurper().parse(new File(out, 'resume.json'))
assert resume.basics.name == 'Grace Hopper'
assert resume.work*.name == ['Eckert-Mauchly Computer Corporation']
return true
