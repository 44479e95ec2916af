import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def report = new JsonSlurper().parse(new File(basedir, 'target/govsite/report.json'))

// Every page of the demo site is crawled: the chooser and 10 pages in each language.
def pages = report.pages.findAll { it.kind == 'page' }*.url
assert pages.size() == 21 : pages
assert pages.count { it.contains('/ru/') } == 10
assert pages.count { it.contains('/kk/') } == 10
assert report.documents.size() == 4 : report.documents

// Each planted axe violation is reported on its page, and no other page has an axe finding.
def planted = [
    'axe.image-alt'      : 'http://site.test/ru/news/2024-results.html',
    'axe.button-name'    : 'http://site.test/ru/documents.html',
    'axe.label'          : 'http://site.test/kk/contacts.html',
    'axe.color-contrast' : 'http://site.test/ru/about.html',
    'axe.link-name'      : 'http://site.test/kk/',
]
// Items to review (axe's "needs review") are not violations: a header cell holding only «№» is one.
def axe = report.findings.findAll { it.check.startsWith('axe.') && it.outcome != 'review' }
planted.each { check, url ->
    assert axe.any { it.check == check && it.url == url } : "${check} on ${url}"
}
assert axe.size() == planted.size() : axe.collect { "${it.check} ${it.url}" }

// The two planted language and parity defects, and nothing else of their families.
def lang = report.findings.findAll { it.check.startsWith('language.') || it.check.startsWith('parity.') }
assert lang.any { it.check == 'language.wrong-language' && it.url == 'http://site.test/kk/services.html' } : lang
assert lang.any { it.check == 'parity.numbers-mismatch' && it.url.endsWith('/news/rural-broadband.html') } : lang
assert lang*.url.unique().size() == 2 : lang.collect { "${it.check} ${it.url}" }
assert report.summary.parity.share == 90 || report.summary.parity.filledPercent.all == 90 : report.summary.parity

// A critical violation fails the build, and the message says how many and where the report is.
assert log =~ /govsite: \d+ findings at or above serious \(3 critical, \d+ serious\); see .*target.govsite.report\.json/
assert log.contains('[21/') || log =~ /\[2\d\/2\d\]/ : 'a progress line per page'
println "demo: ${pages.size()} pages in ${report.durationMs} ms, " +
        "${(report.pages.findAll { it.kind == 'page' }*.loadMs.sum() + report.pages.findAll { it.kind == 'page' }*.checkMs.sum()).intdiv(pages.size())} ms per page"
return true
