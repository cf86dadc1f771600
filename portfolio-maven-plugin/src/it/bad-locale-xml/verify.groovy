// The command line says: Invalid value for option '--locale': 'german' is not a language code: ...
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("Invalid value for <locale> (-Dportfolio.locale): 'german' is not a language code: they have two or three letters (german is de); catalogues ship for en, de") : log
assert !new File(basedir, 'target/portfolio').exists()
return true
