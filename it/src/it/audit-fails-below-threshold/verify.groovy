import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// weak: 2 pages, image-alt on both and button-name on the front page: D = 30 / 2 = 15, score 40.0
assert log =~ /\[weak\] scored: overall 40\.0 \(accessibility 40\.0, low vision n\/a, parity n\/a\) on 2 pages/
assert log =~ /govsite: 1 site fails the audit: weak scores 40\.0 overall, below 60; see .*audit\.html/
assert log.contains('BUILD FAILURE')
assert !log.contains('strong scores') : 'a site at or above the threshold is not named'

// The audit is written before the build fails, so the ministry still gets its files.
def out = new File(basedir, 'target/govsite')
def audit = new JsonSlurper().parse(new File(out, 'audit.json'))
assert audit.sites*.id == ['weak', 'strong']
assert audit.verdict.fails == true
assert audit.verdict.failBelow == 60.0
assert audit.verdict.reasons == ['weak scores 40.0 overall, below 60']
def html = new File(out, 'audit.html').text
assert html.contains('<html lang="kk">')
assert html.contains('<p class="verdict fails">60 шегінен төмен немесе тексерілмеген: weak scores 40.0 overall, below 60</p>')
assert new File(basedir, 'target/history').listFiles().size() == 1
return true
