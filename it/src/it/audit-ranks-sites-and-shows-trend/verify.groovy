import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/govsite')
def json = new JsonSlurper()

// Both audits ran, each site under its own tag in the log, the closed one listed with its error.
assert log.count('Audit of 4 sites from ') == 2
assert log.contains('[poor] scored: overall 25.0 (accessibility 50.0, low vision n/a, parity 0.0) on 4 pages')
assert log.contains('[poor] scored: overall 91.7 (accessibility 83.3, low vision n/a, parity 100.0) on 5 pages')
assert log =~ /\[closed\] not scored: the start URL cannot be reached: http:\/\/127\.0\.0\.1:9\//
assert log.count('Audit verdict: passed: no failing rule is configured (govsite.auditFailBelow)') == 2
assert !log.contains('BUILD FAILURE')

// Two sites at a time (govsite.siteConcurrency defaults to 2): the first two are both served before
// either is scored, each on its own port, and all answer as site.test: each site's report holds its
// own pages only.
def firstAudit = log.substring(0, log.indexOf('Audit ranking'))
def serving = (firstAudit =~ /\[(\w+)\] Serving .* as http:\/\/site\.test\/ \(127\.0\.0\.1:(\d+)\)/).collect { it }
assert serving.size() == 3
assert firstAudit.indexOf(serving[1][0]) < firstAudit.indexOf('scored: overall')
assert serving*.getAt(2).unique().size() == 3
def ownName = [good: 'Хорошее ведомство', fair: 'Среднее ведомство', poor: 'Слабое ведомство']
ownName.each { id, name ->
    def report = json.parse(new File(out, "sites/${id}/report.json"))
    def titles = report.pages.findAll { it.kind == 'page' && it.url.contains('/ru/') }*.title
    assert titles && titles.every { it.endsWith('— ' + name) } : "${id}: ${titles}"
}

// The ranking after the second audit: lowest overall first, the closed site last with no rank and no score.
def audit = json.parse(new File(out, 'audit.json'))
assert audit.schemaVersion == 1
assert audit.scoreVersion == 2
assert audit.checks == ['axe', 'language', 'parity']
assert audit.previousAudit != null
assert audit.sites*.id == ['fair', 'poor', 'good', 'closed']
assert audit.sites*.rank == [1, 2, 3, null]
def site = audit.sites.collectEntries { [(it.id): it] }

// The known findings give known scores.
// fair: image-alt and button-name (critical) on /ru/ of 4 checked pages: D = 20/4 = 5 -> 66.7;
//       3 Kazakh and Russian pages, /ru/about.html has no Kazakh twin (404): 100 * 2/3 = 66.7.
// poor, fixed: image-alt on /ru/about.html of 5 pages: D = 10/5 = 2 -> 83.3; every page paired: 100.
// good: no finding, every page paired.
assert site.fair.scores == [overall: 66.7, accessibility: 66.7, lowVision: null, parity: 66.7]
assert site.poor.scores == [overall: 91.7, accessibility: 83.3, lowVision: null, parity: 100.0]
assert site.good.scores == [overall: 100.0, accessibility: 100.0, lowVision: null, parity: 100.0]
assert site.fair.basis.accessibility == [pages: 4, rulesBroken: 2, cost: 20, costPerPage: 5.0]
assert site.fair.basis.parity == [pages: 3, filled: 2, mismatched: 0]
assert site.poor.basis.accessibility == [pages: 5, rulesBroken: 1, cost: 10, costPerPage: 2.0]
['fair', 'poor', 'good'].each { id ->
    def s = site[id]
    assert s.status == 'scored'
    assert s.notApplicable == [lowVision: 'the lowvision check did not run'] : 'the low-vision check is not in this build'
    // The formulas recomputed here from the site's own report.json give the same values.
    def report = json.parse(new File(out, s.report.replace('report.html', 'report.json')))
    def weight = [critical: 10, serious: 5, moderate: 2, minor: 1]
    def cost = report.findings.findAll { it.check.startsWith('axe.') && it.outcome != 'review' }
            .groupBy { it.url + ' ' + it.check }.values()
            .sum { list -> list.collect { weight[it.severity] }.max() } ?: 0
    def round = { double v -> Math.round(v * 10) / 10.0 }
    def accessibility = round(100 * 10 / (10 + cost / report.summary.pages))
    def n = report.summary.parity.pages.values().sum()
    def filled = report.summary.parity.filled.values().sum()
    def unfilled = report.findings.findAll { it.check in ['parity.missing-counterpart', 'language.wrong-language'] }*.url as Set
    def mismatched = (report.findings.findAll { it.check in ['parity.numbers-mismatch', 'parity.structure-mismatch'] }*.url as Set) - unfilled
    def parity = round(100 * (filled - Math.min(mismatched.size(), filled) / 2) / n)
    assert s.scores.accessibility == accessibility : "${id}: ${s.scores.accessibility} vs ${accessibility}"
    assert s.scores.parity == parity : "${id}: ${s.scores.parity} vs ${parity}"
    assert s.scores.overall == round((accessibility + parity) / 2)
}
assert site.closed.status == 'error'
assert site.closed.error.contains('127.0.0.1:9')
assert site.closed.scores.overall == null
assert site.closed.rank == null

// The trend: poor moved from 25.0 to 91.7, the others stayed where they were.
assert site.poor.change == [overall: 66.7, accessibility: 33.3, lowVision: null, parity: 100.0]
assert site.fair.change.overall == 0.0
assert site.good.change.overall == 0.0
assert site.closed.change.overall == null
assert site.poor.trend*.overall == [25.0, 91.7]
assert site.fair.trend*.overall == [66.7, 66.7]

// The history keeps one summary per audit; the first one still has poor's old scores.
def history = new File(basedir, 'govsite-history').listFiles().findAll { it.name ==~ /audit-.*\.json/ }.sort { it.name }
assert history.size() == 2
def first = json.parse(history[0])
assert first.sites.poor.scores == [overall: 25.0, accessibility: 50.0, lowVision: null, parity: 0.0]
assert first.sites.closed.error.contains('127.0.0.1:9')

// The CSV, for spreadsheets: a byte order mark, then one row per site in ranking order.
def bytes = new File(out, 'audit.csv').bytes
assert bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
def rows = new String(bytes, 'UTF-8').substring(1).split('\r\n')
assert rows[0] == 'rank,id,name_kk,name_ru,status,overall,accessibility,lowVision,parity,overall_change,' +
        'accessibility_change,lowVision_change,parity_change,pages,findings,error,report'
assert rows[1].startsWith('1,fair,Орташа ведомство,Среднее ведомство,scored,66.7,66.7,n/a,66.7,0.0,0.0,,0.0,4,4,,sites/fair/report.')
assert rows[2].startsWith('2,poor,Әлсіз ведомство,Слабое ведомство,scored,91.7,83.3,n/a,100.0,66.7,33.3,,100.0,5,1,,sites/poor/report.')
assert rows[3].startsWith('3,good,Жақсы ведомство,Хорошее ведомство,scored,100.0,100.0,n/a,100.0,0.0,0.0,,0.0,5,0,,sites/good/report.')
assert rows[4].startsWith(',closed,Жабық ведомство,Закрытое ведомство,error,,,,,,,,,0,0,')
assert rows.length == 5

// The HTML ranking links each site's own report and draws poor's rise.
def html = new File(out, 'audit.html').text
assert html.contains('<html lang="en">')
assert html.contains("<h1>Audit of state bodies&#39; websites</h1>")
assert html =~ /aria-label="Overall score by audit: \d{4}-\d\d-\d\d 25\.0, \d{4}-\d\d-\d\d 91\.7"/
assert html.contains('<span class="score high">91.7</span><span class="delta up">')
assert html.contains("<a href=\"${site.poor.report}\">")
assert new File(out, site.poor.report).isFile()
assert html.indexOf('id="site-fair"') < html.indexOf('id="site-poor"')
assert html.indexOf('id="site-good"') < html.indexOf('id="site-closed"')
return true
