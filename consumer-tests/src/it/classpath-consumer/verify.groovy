// The classpath-consumer compiled, ran its tests, wrote the showcase's page, README and JSON Resume, and packaged its jar.
def consumer = evaluate(new File(itSources, 'consumer-checks.groovy'))
consumer.testsRan(basedir, ['com.example.portfolio.PortfolioSiteTest'])
consumer.outputsPresent(basedir, ['target/site/index.html', 'target/site/README.md', 'target/site/resume.json',
                                  'target/classpath-consumer-1.0.jar'])
return true
