// The command line says: Invalid value for option '--locale': 'de_DE' is not a BCP 47 language tag ...
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("Invalid value for <locale> (-Dportfolio.locale): 'de_DE' is not a BCP 47 language tag (such as de, pt-BR, zh-Hans); catalogues ship for en, de") : log
assert !new File(basedir, 'target/portfolio').exists()
return true
