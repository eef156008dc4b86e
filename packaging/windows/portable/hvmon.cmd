@echo off
rem hvmon, portable: runs hvmon.exe beside this file, which brings its own Java runtime (runtime\).
rem Examples:  hvmon.cmd --version     hvmon.cmd demo     hvmon.cmd service install
"%~dp0hvmon.exe" %*
exit /b %ERRORLEVEL%
