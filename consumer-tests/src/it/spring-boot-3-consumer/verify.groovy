// The Spring Boot application (src/it/spring-boot-app) compiled under this Boot line, ran its tests and was packaged.
def consumer = evaluate(new File(itSources, 'consumer-checks.groovy'))
consumer.testsRan(basedir, ['com.example.portfolio.PortfolioApplicationTest'])
consumer.outputsPresent(basedir, ['target/classes/com/example/portfolio/PortfolioApplication.class',
                                  'target/spring-boot-3-consumer-1.0.jar'])
return true
