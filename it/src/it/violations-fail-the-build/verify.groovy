import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[1/') : 'progress lines are printed'
assert log.contains('axe.image-alt') : 'the summary table names the rule'
assert log =~ /govsite: 1 finding at or above serious \(1 critical\); see .*report\.json/

def report = new JsonSlurper().parse(new File(basedir, 'target/govsite/report.json'))
assert report.complete == true
assert report.summary.pages == 2
def alt = report.findings.findAll { it.check == 'axe.image-alt' }
assert alt.size() == 1
assert alt[0].url == 'http://site.test/'
assert alt[0].severity == 'critical'
assert alt[0].fingerprint ==~ /[0-9a-f]{32}/
assert report.verdict.fails == true
assert !report.findings.any { it.url == 'http://site.test/about.html' } : 'the clean page has no findings'
return true
