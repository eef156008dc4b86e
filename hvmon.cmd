@echo off
rem hvmon launcher for Windows: builds the app on first use (needs Maven) and runs it with a JDK 21 or newer and
rem hvmon's JVM options (packaging\jvm.options). Not tested on Windows here (no Windows machine is available).
rem   HVMON_JAVA_HOME   the JDK to use (an error if it is not a JDK 21+); else JAVA_HOME, else the java on the PATH
rem   HVMON_HEAP        the maximum heap, e.g. 256m for a collector of many hosts
rem   HVMON_JAVA_OPTS   more JVM options, added last
setlocal EnableDelayedExpansion
set "ROOT=%~dp0"
set "JAR=%ROOT%hvmon-app\target\hvmon.jar"
set "LOCK=%ROOT%target\hvmon-launcher.lock"

if defined HVMON_JAVA_HOME (
  if not exist "%HVMON_JAVA_HOME%\bin\java.exe" (
    echo hvmon: HVMON_JAVA_HOME is %HVMON_JAVA_HOME%, which has no bin\java.exe. Point it at a JDK 21+ ^(the folder with bin\java.exe^), or unset it. 1>&2
    exit /b 3
  )
  set "JAVA=%HVMON_JAVA_HOME%\bin\java.exe"
) else if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java"
)

rem The feature version of that java, e.g. 21 from 'version "21.0.5"'.
set "VERSION="
set "MAJOR="
for /f "tokens=3" %%v in ('"%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do set "VERSION=%%~v"
for /f "delims=." %%m in ("%VERSION%") do set "MAJOR=%%m"
if "%MAJOR%"=="" (
  echo hvmon: no Java found. Install a JDK 21 or newer, or point HVMON_JAVA_HOME at one. 1>&2
  exit /b 3
)
if %MAJOR% LSS 21 (
  if defined HVMON_JAVA_HOME (
    echo hvmon: HVMON_JAVA_HOME is %HVMON_JAVA_HOME%, which is Java %VERSION%; hvmon needs Java 21 or newer. 1>&2
  ) else (
    echo hvmon: Java %VERSION% is too old; hvmon needs Java 21 or newer. Point HVMON_JAVA_HOME at one. 1>&2
  )
  exit /b 3
)

if defined HVMON_HEAP (
  echo %HVMON_HEAP%| findstr /r /x "[0-9][0-9]*[kKmMgG]" >nul || (
    echo hvmon: HVMON_HEAP=%HVMON_HEAP% is not a heap size such as 64m or 1g 1>&2
    exit /b 2
  )
)

if not exist "%JAR%" call :build || exit /b 3

rem The first word of each line of packaging\jvm.options, without comments and [linux] lines; HVMON_HEAP as -Xmx.
set "OPTS="
for /f "usebackq eol=# tokens=1" %%o in ("%ROOT%packaging\jvm.options") do (
  set "OPT=%%o"
  if not "!OPT:~0,1!"=="[" (
    if defined HVMON_HEAP if "!OPT:~0,4!"=="-Xmx" set "OPT=-Xmx%HVMON_HEAP%"
    set "OPTS=!OPTS! !OPT!"
  )
)

"%JAVA%" %OPTS% %HVMON_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

rem Builds hvmon.jar; two first runs at once build once (a folder as the lock: making one is atomic).
:build
where mvn >nul 2>nul || (
  echo hvmon: building hvmon needs Apache Maven 3.6.3 or newer ^(mvn^) on the PATH. 1>&2
  exit /b 3
)
if not exist "%ROOT%target" mkdir "%ROOT%target"
set /a WAITED=0
:lock
mkdir "%LOCK%" 2>nul && goto locked
if %WAITED%==0 echo hvmon: waiting for another hvmon.cmd that is building ^(if none is, delete %LOCK%^) ... 1>&2
set /a WAITED+=1
timeout /t 2 /nobreak >nul
goto lock
:locked
if exist "%JAR%" (
  rmdir "%LOCK%"
  exit /b 0
)
echo hvmon: building ^(first run; about a minute; the full log: %ROOT%hvmon-build.log^) ... 1>&2
pushd "%ROOT%"
call mvn -B -Dmaven.test.skip=true -pl hvmon-app -am package > "%ROOT%hvmon-build.log" 2>&1
set "BUILD=%ERRORLEVEL%"
popd
rmdir "%LOCK%"
if not "%BUILD%"=="0" (
  echo hvmon: the build failed; see %ROOT%hvmon-build.log 1>&2
  exit /b 3
)
findstr /c:"] Building hvmon" "%ROOT%hvmon-build.log" 1>&2
exit /b 0
