import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('govsite: 2 pages checked, 0 findings')
assert log.contains('Verdict: passed: no finding at or above serious')
def report = new JsonSlurper().parse(new File(basedir, 'target/govsite/report.json'))
assert report.findings.isEmpty()
assert report.pages*.url.sort() == ['http://site.test/', 'http://site.test/about.html']
assert report.axe.version.startsWith('4.11')
return true
