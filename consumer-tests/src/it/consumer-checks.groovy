// What every consumer build must show it did, whatever Maven's own verdict: its test classes ran (a build that
// compiles nothing or finds no tests passes in Maven, so it must fail here) and its outputs are there.
// Each consumer's verify.groovy evaluates this file (itSources is set by consumer-tests/pom.xml) and calls the closures.
import groovy.xml.XmlSlurper

def testsRan = { File basedir, List<String> testClasses ->
    def reports = new File(basedir, 'target/surefire-reports')
    assert reports.isDirectory() : "no tests ran in ${basedir.name}: ${reports} is missing"
    def ran = [:]
    reports.eachFileMatch(~/TEST-.*\.xml/) { file ->
        def suite = new XmlSlurper().parse(file)
        ran[suite.@name.text()] = [tests: suite.@tests.toInteger(), failures: suite.@failures.toInteger(),
                                   errors: suite.@errors.toInteger(), skipped: suite.@skipped.toInteger()]
    }
    testClasses.each { name ->
        def counts = ran[name]
        assert counts != null : "${name} did not run in ${basedir.name}; ran: ${ran.keySet()}"
        assert counts.tests > 0 : "${name} ran no tests in ${basedir.name}"
        assert counts.failures == 0 && counts.errors == 0 && counts.skipped == 0 : "${name} in ${basedir.name}: ${counts}"
    }
    def total = ran.values().sum { it.tests }
    println "${basedir.name}: ${total} tests ran in ${ran.size()} classes, none failed or skipped"
    return total
}

def outputsPresent = { File basedir, List<String> paths ->
    paths.each { path ->
        def file = new File(basedir, path)
        assert file.isFile() && file.length() > 0 : "${basedir.name} did not write ${path}"
    }
}

return [testsRan: testsRan, outputsPresent: outputsPresent]
