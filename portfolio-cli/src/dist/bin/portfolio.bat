@echo off
rem portfolio: the Portfolio SDK command line, from its distribution (bin\ and lib\ side by side).
rem Only the quick compiler (C1), on one thread, and the serial collector: a short run spends more on compiling and
rem on starting collector threads than it gains from them. JAVA_HOME chooses the Java (17 or newer); else java on the PATH.
setlocal
set "PORTFOLIO_LIB=%~dp0..\lib"
if defined JAVA_HOME (set "PORTFOLIO_JAVA=%JAVA_HOME%\bin\java.exe") else (set "PORTFOLIO_JAVA=java")
if not exist "%PORTFOLIO_LIB%\portfolio-cli.jar" (
  echo portfolio: %PORTFOLIO_LIB%\portfolio-cli.jar is missing; unpack the whole archive again. 1>&2
  exit /b 3
)
"%PORTFOLIO_JAVA%" -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData -cp "%PORTFOLIO_LIB%\*" io.github.portfoliosdk.cli.PortfolioCli %*
exit /b %ERRORLEVEL%
