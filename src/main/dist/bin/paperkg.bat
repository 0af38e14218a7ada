@echo off
rem paperkg launcher for Windows. JAVA_HOME: the Java 17+ to use (else java on the PATH); JAVA_OPTS: JVM options.
setlocal
set "PAPERKG_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVACMD=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVACMD=java"
)
"%JAVACMD%" %JAVA_OPTS% "-Dpaperkg.home=%PAPERKG_HOME%" -Dpaperkg.progress=plain -cp "%PAPERKG_HOME%\lib\*" org.paperkg.cli.PaperKgCommand %*
exit /b %ERRORLEVEL%
