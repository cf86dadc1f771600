// Both goals skipped: said in the log, nothing written, the invalid input never read.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('Skipping: portfolio.skip is set') == 2 : log
assert !log.contains('Invalid portfolio')
assert !new File(basedir, 'target/portfolio').exists()
return true
