import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Verdict: passed: failOn is none, so no finding fails the build')
def report = new JsonSlurper().parse(new File(basedir, 'target/govsite/report.json'))
assert report.summary.pages == 21
assert report.findings.count { it.severity == 'critical' } == 3 : 'the critical findings are still reported'
assert report.verdict.fails == false
return true
