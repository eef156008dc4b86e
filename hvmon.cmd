@echo off
rem hvmon launcher for Windows: builds the app on first use (needs Maven) and runs it with a JDK 21 or newer.
rem Set HVMON_JAVA_HOME (or JAVA_HOME) to choose the JDK. Not tested on Windows here (no Windows machine is available).
setlocal
set "ROOT=%~dp0"
set "JAR=%ROOT%hvmon-app\target\hvmon.jar"

set "JDK=%HVMON_JAVA_HOME%"
if "%JDK%"=="" set "JDK=%JAVA_HOME%"
if "%JDK%"=="" (
  set "JAVA=java"
) else (
  set "JAVA=%JDK%\bin\java.exe"
)

rem The feature version of that java, e.g. 21 from 'version "21.0.5"'.
set "VERSION="
for /f "tokens=3" %%v in ('"%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do set "VERSION=%%~v"
for /f "delims=." %%m in ("%VERSION%") do set "MAJOR=%%m"
if "%MAJOR%"=="" (
  echo hvmon: no Java found. Install a JDK 21 or newer, or point HVMON_JAVA_HOME at one. 1>&2
  exit /b 3
)
if %MAJOR% LSS 21 (
  echo hvmon: Java %VERSION% is too old; hvmon needs Java 21 or newer. Point HVMON_JAVA_HOME at one. 1>&2
  exit /b 3
)

if not exist "%JAR%" (
  where mvn >nul 2>nul || (
    echo hvmon: building hvmon needs Apache Maven 3.6.3 or newer ^(mvn^) on the PATH. 1>&2
    exit /b 3
  )
  echo hvmon: building ^(first run; this takes a minute^) ... 1>&2
  pushd "%ROOT%"
  call mvn -B -q -DskipTests -pl hvmon-app -am package > "%ROOT%hvmon-build.log" 2>&1
  if errorlevel 1 (
    popd
    echo hvmon: the build failed; see %ROOT%hvmon-build.log 1>&2
    exit /b 3
  )
  popd
)

"%JAVA%" %HVMON_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
