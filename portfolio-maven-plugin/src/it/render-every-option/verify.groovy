// Each option shows in the output it applies to.
def out = new File(basedir, 'target/portfolio')
assert out.list().sort() == ['README.md', 'index.html', 'resume.json'] : out.list()

def html = new File(out, 'index.html').getText('UTF-8')
assert html.contains('lang="fr"')                           // locale
assert html.contains('.pf-extra-rule { outline: 1px dashed; }') // css
assert html.contains('pf-classic')                           // theme
assert html.indexOf('id="projects"') < html.indexOf('id="work"') : 'sections in the order given'
assert !html.contains('Vassar')                              // tags

def readme = new File(out, 'README.md').getText('UTF-8')
assert readme.readLines().find { it.startsWith('#') }.startsWith('## ') : 'headingOffset 1: ' + readme
assert readme.contains('img.shields.io')                     // badges
assert !readme.contains('```mermaid')                        // mermaid off
assert !readme.contains('Vassar')
assert readme.indexOf('A-0 System') < readme.indexOf('Eckert-Mauchly') : 'projects before work'

def resume = new groovy.json.JsonSlurper().parse(new File(out, 'resume.json'))
assert resume.work*.name == ['Eckert-Mauchly Computer Corporation'] // tags apply to JSON Resume too
return true
