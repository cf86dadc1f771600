// Only the part between the named markers changed, in German; the unnamed markers' part is as it was.
def readme = new File(basedir, 'docs/PROFILE.md').getText('UTF-8')
assert readme.contains('<!-- portfolio:start -->\nleft alone: the unnamed markers are not ours\n<!-- portfolio:end -->')
assert !readme.contains('\nold\n')
def generated = readme.substring(readme.indexOf('<!-- portfolio:start:cv -->'), readme.indexOf('<!-- portfolio:end:cv -->'))
assert generated.contains('Grace Hopper')
assert generated.contains('Berufserfahrung') : generated
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Updated docs/PROFILE.md') : log
return true
