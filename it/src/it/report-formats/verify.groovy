import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def out = new File(basedir, 'target/govsite')
def log = new File(basedir, 'build.log').text
['report.json', 'report.html', 'TEST-govsite.xml', 'govsite.sarif'].each { name ->
    assert new File(out, name).isFile() : "${name} is written"
    assert log.contains(new File(out, name).absolutePath) : "the log names ${name}"
}
assert log =~ /axe\.image-alt \(critical\): 1 on 1 page/ : 'the console groups findings by rule'

// report.json
def report = new JsonSlurper().parse(new File(out, 'report.json'))
assert report.schemaVersion == 1
assert report.config.reportLanguage == 'kk'

// JUnit XML, as Jenkins reads it
def suites = new XmlSlurper().parse(new File(out, 'TEST-govsite.xml'))
def axe = suites.testsuite.find { it.@name == 'govsite.axe' }
assert axe.@tests.text() == '2'
assert axe.@failures.text() == '1'
def failed = axe.testcase.find { it.@name == 'http://site.test/' }
assert failed.failure.@message.text() == '1 finding: axe.image-alt'

// SARIF, as GitHub code scanning takes it: repository-relative locations, the URL in the message
def sarif = new JsonSlurper().parse(new File(out, 'govsite.sarif'))
assert sarif.version == '2.1.0'
def result = sarif.runs[0].results.find { it.ruleId == 'axe.image-alt' }
assert result.locations[0].physicalLocation.artifactLocation.uri == 'site/index.html'
assert result.message.text.contains('http://site.test/')
assert result.partialFingerprints['govsite/v1'] == report.findings.find { it.check == 'axe.image-alt' }.fingerprint

// report.html in Kazakh, the page's payloads shown as text: render it in Chromium and read the DOM
def html = new File(out, 'report.html').text
assert html.startsWith('<!DOCTYPE html>\n<html lang="kk">')
assert html.contains('Суреттердің балама мәтіні болуы керек')
def chromium = System.getenv('CHROME_BIN') ?: 'chromium'
def proc = [chromium, '--headless', '--no-sandbox', '--disable-gpu', '--dump-dom',
            new File(out, 'report.html').toURI().toString()].execute()
def dom = new StringBuilder()
proc.consumeProcessOutput(dom, new StringBuilder())
assert proc.waitFor() == 0
assert dom.contains('Главная &lt;script&gt;window.__pwned=1&lt;/script&gt;') : 'the hostile title is text'
assert !dom.contains('<img src="x"') : 'the hostile attribute did not become an element'
return true
