// Only the marked part of README.md changed; the second run left it as it was.
def readme = new File(basedir, 'README.md').getText('UTF-8')
assert readme.startsWith('# Hello\n\nSome words of my own.\n\n<!-- portfolio:start -->\n')
assert readme.endsWith('<!-- portfolio:end -->\n\nMore words of my own.\n')
assert !readme.contains('old content')
assert readme.contains('Grace Hopper')
assert readme.contains('A-0 System')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Updated README.md')
assert log.contains('README.md is up to date')
return true
