import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('standalone-pom') : 'ran without a project'
assert log.contains('BUILD SUCCESS')
def report = new JsonSlurper().parse(new File(basedir, 'target/govsite/report.json'))
assert report.summary.pages == 2
return true
