def log = new File(basedir, 'build.log').text
assert log.contains('govsite: skipped (govsite.skip=true)')
assert !new File(basedir, 'target/govsite/report.json').exists()
return true
