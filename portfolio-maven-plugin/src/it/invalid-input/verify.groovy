// The build failed in the validate phase with both problems, each as file:line:column: path: message, even with -q,
// and wrote nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("portfolio.yaml:3:3: person.headlin: unknown property, did you mean 'headline'?") : log
assert log.contains('portfolio.yaml:8:12: roles[0].period.end: 2023-01 is before the start 2024-05') : log
assert log.contains('Invalid portfolio, 2 problems') : log
assert !log.contains('[INFO]') && !log.contains('INFO:') : 'not quiet: ' + log
assert !new File(basedir, 'target/portfolio').exists()
return true
