// A rerun without "mvn clean" must start with no history, or the trend would count old runs.
new File(basedir, 'govsite-history').deleteDir()
new File(basedir, 'target').deleteDir()
return true
