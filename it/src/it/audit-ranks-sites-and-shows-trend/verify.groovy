import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/govsite')
def json = new JsonSlurper()

// Both audits ran, each site under its own tag in the log, the closed one listed with its error.
assert log.count('Audit of 4 sites from ') == 2
assert log =~ /\[poor\] scored: overall 42\.9 \(accessibility 42\.9, low vision n\/a, parity n\/a\) on 3 pages/
assert log =~ /\[poor\] scored: overall 75\.0 \(accessibility 75\.0, low vision n\/a, parity n\/a\) on 3 pages/
assert log =~ /\[closed\] not scored: the start URL cannot be reached: http:\/\/127\.0\.0\.1:9\//
assert log.count('Audit verdict: passed: no failing rule is configured (govsite.auditFailBelow)') == 2
assert log.contains('BUILD SUCCESS')

// Several sites served at once all answer as site.test: each site's report holds its own pages only.
def ownName = [good: 'Хорошее ведомство', fair: 'Среднее ведомство', poor: 'Слабое ведомство']
ownName.each { id, name ->
    def report = json.parse(new File(out, "sites/${id}/report.json"))
    assert report.pages.findAll { it.kind == 'page' }.every { it.title.startsWith(name + ':') } : id
}

// The ranking after the second audit: lowest overall first, the closed site last with no rank and no score.
def audit = json.parse(new File(out, 'audit.json'))
assert audit.schemaVersion == 1
assert audit.scoreVersion == 1
assert audit.checks == ['axe']
assert audit.previousAudit != null
assert audit.sites*.id == ['fair', 'poor', 'good', 'closed']
assert audit.sites*.rank == [1, 2, 3, null]
def site = audit.sites.collectEntries { [(it.id): it] }

// The known findings give known scores: fair breaks 2 critical rules on 1 of 4 pages (D = 5),
// the fixed poor site 1 critical rule on 1 of 3 pages (D = 10/3), good none.
assert site.fair.scores.accessibility == 66.7
assert site.poor.scores.accessibility == 75.0
assert site.good.scores.accessibility == 100.0
assert site.fair.basis.accessibility == [pages: 4, rulesBroken: 2, cost: 20, costPerPage: 5.0]
assert site.poor.basis.accessibility == [pages: 3, rulesBroken: 1, cost: 10, costPerPage: 3.33]
['fair', 'poor', 'good'].each { id ->
    def s = site[id]
    assert s.status == 'scored'
    assert s.scores.overall == s.scores.accessibility : 'only axe ran, so overall is accessibility'
    assert s.scores.lowVision == null && s.notApplicable.lowVision == 'the lowvision check did not run'
    assert s.scores.parity == null && s.notApplicable.parity == 'the parity check did not run'
    // The formula recomputed here from the site's own report.json gives the same value.
    def report = json.parse(new File(out, s.report))
    def weight = [critical: 10, serious: 5, moderate: 2, minor: 1]
    def cost = report.findings.findAll { it.check.startsWith('axe.') }
            .groupBy { it.url + ' ' + it.check }.values()
            .sum { list -> list.collect { weight[it.severity] }.max() } ?: 0
    def expected = Math.round(10 * 100 * 10 / (10 + cost / report.summary.pages)) / 10.0
    assert s.scores.accessibility == expected : "${id}: ${s.scores.accessibility} vs ${expected}"
}
assert site.closed.status == 'error'
assert site.closed.error.contains('127.0.0.1:9')
assert site.closed.scores.overall == null
assert site.closed.rank == null

// The trend: poor moved from 42.9 to 75.0, the others stayed where they were.
assert site.poor.change.overall == 32.1
assert site.poor.change.accessibility == 32.1
assert site.fair.change.overall == 0.0
assert site.good.change.overall == 0.0
assert site.closed.change.overall == null
assert site.poor.trend*.overall == [42.9, 75.0]
assert site.fair.trend*.overall == [66.7, 66.7]

// The history keeps one summary per audit; the first one still has poor's old score.
def history = new File(basedir, 'govsite-history').listFiles().findAll { it.name ==~ /audit-.*\.json/ }.sort { it.name }
assert history.size() == 2
def first = json.parse(history[0])
assert first.sites.poor.scores.overall == 42.9
assert first.sites.closed.error.contains('127.0.0.1:9')

// The CSV, for spreadsheets: a byte order mark, then one row per site in ranking order.
def bytes = new File(out, 'audit.csv').bytes
assert bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
def rows = new String(bytes, 'UTF-8').substring(1).split('\r\n')
assert rows[0] == 'rank,id,name_kk,name_ru,status,overall,accessibility,lowVision,parity,overall_change,' +
        'accessibility_change,lowVision_change,parity_change,pages,findings,error,report'
assert rows[1].startsWith('1,fair,Орташа ведомство,Среднее ведомство,scored,66.7,66.7,n/a,n/a,0.0,0.0,,,4,')
assert rows[2].startsWith('2,poor,Әлсіз ведомство,Слабое ведомство,scored,75.0,75.0,n/a,n/a,32.1,32.1,,,3,')
assert rows[3].startsWith('3,good,Жақсы ведомство,Хорошее ведомство,scored,100.0,100.0,n/a,n/a,0.0,0.0,,,3,0,,')
assert rows[4].startsWith(',closed,Жабық ведомство,Закрытое ведомство,error,,,,,,,,,0,0,')
assert rows.length == 5

// The HTML ranking links each site's own report and draws poor's rise.
def html = new File(out, 'audit.html').text
assert html.contains('<html lang="en">')
assert html.contains("<h1>Audit of state bodies&#39; websites</h1>")
assert html.contains('aria-label="Overall score by audit: ') && html =~ /aria-label="Overall score by audit: \d{4}-\d\d-\d\d 42\.9, \d{4}-\d\d-\d\d 75\.0"/
assert html.contains('<span class="score high">75.0</span><span class="delta up">')
assert html.contains('<a href="sites/poor/report.json">')
assert new File(out, 'sites/poor/report.json').isFile()
assert html.indexOf('id="site-fair"') < html.indexOf('id="site-poor"')
assert html.indexOf('id="site-good"') < html.indexOf('id="site-closed"')
return true
