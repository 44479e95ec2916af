import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def baseline = new JsonSlurper().parse(new File(basedir, 'govsite-baseline.json'))
assert baseline.baselineVersion == 1
assert baseline.findings.size() == 1
assert baseline.findings[0].check == 'axe.image-alt'
assert baseline.findings[0].url == 'http://site.test/'
assert baseline.findings[0].count == 1
assert log.contains('govsite: baseline of 1 finding (1 fingerprints) written to')

// 2: unchanged site passes
assert log.contains('Verdict: passed: no new finding at or above serious; baseline: 0 new, 1 known, 0 fixed since baseline')
// 3: the new defect fails the build and is named
assert log.contains('new: axe.button-name on http://site.test/about.html at button')
assert log =~ /govsite: 1 new finding at or above serious \(1 critical\); baseline: 1 new, 1 known, 0 fixed since baseline; see .*report\.json/
// 4: the fixed defect passes and is reported as fixed
assert log.contains('Verdict: passed: no new finding at or above serious; baseline: 0 new, 0 known, 1 fixed since baseline')
assert log.contains('fixed since baseline: axe.image-alt on http://site.test/')
def last = new JsonSlurper().parse(new File(basedir, 'target/govsite/report.json'))
assert last.verdict.baseline.fixed == 1
assert last.verdict.baseline.fixedFindings[0].check == 'axe.image-alt'
return true
