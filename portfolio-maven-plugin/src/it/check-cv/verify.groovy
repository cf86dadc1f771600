// The build failed in the verify phase with each finding, page and position, even with -q.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('two-columns.pdf: page 1, 173/116 pt: reading-order: text in two columns side by side') : log
assert log.contains('unmapped-glyph: 2 glyphs of the font BAAAAA+DejaVuSans are ligatures') : log
assert log.contains('2 findings (1 page, 489 characters by PDFBox, 489 by Tika): the CV would not pass') : log
assert !log.contains('[INFO]') && !log.contains('INFO:') : 'not quiet: ' + log
return true
