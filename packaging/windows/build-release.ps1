#Requires -Version 7.2
<#
.SYNOPSIS
Builds hvmon's Windows release: hvmon-<version>-x64.msi and hvmon-<version>-windows-x64.zip.

.DESCRIPTION
Runs on Windows x64 with a JDK 21 or newer (jdeps, jlink, jpackage, javac) and, for the MSI, WiX 5.0.2 with its Util
extension (WiX 6 and later come with a maintenance-fee EULA, and 7 refuses unattended builds until it is accepted):

    dotnet tool install --global wix --version 5.0.2
    wix extension add -g WixToolset.Util.wixext/5.0.2

What it does, in order (everything lands in -OutDir, the work files in its 'work' folder):
 1. takes hvmon.jar (-Jar) or builds it with 'mvn -B -q -DskipTests package';
 2. extracts JNA's jnidispatch.dll from the jar, so that the service loads it from its own folder instead of
    unpacking a DLL into a temporary folder (-Djna.boot.library.path=$APPDIR -Djna.nounpack=true);
 3. asks jdeps which JDK modules the jar uses, drops the AWT ones (only JNA's GUI helpers use them, never hvmon),
    adds the ones used at run time but invisible to jdeps, and jlinks a runtime of exactly those;
 4. checks with jdeps that every class of the jar links against that runtime (apart from JNA's GUI helpers);
 5. jpackages an app-image: hvmon.exe (a console launcher) + app\ + runtime\, with the service's JVM options;
 6. checks that hvmon.exe --version runs, and that JNA on that runtime loads the pre-extracted DLL and calls
    Kernel32 and Ole32 (JnaCheck.java);
 7. zips the app-image with hvmon.cmd and README.txt (the portable zip);
 8. builds the MSI from hvmon.wxs (WiX 5), unless -SkipMsi;
 9. writes SHA256SUMS.txt and release.json (version, paths, modules, JVM options, sizes).

.PARAMETER Version
x.y.z: the MSI ProductVersion, the launcher's file version and part of the file names. Default: the Maven project
version without its qualifier (0.1.0-SNAPSHOT gives 0.1.0). An MSI upgrades an installed hvmon in place only when
its version is higher (the same version reinstalls); the CI's upgrade test passes a higher one here.

.PARAMETER Jar
An hvmon.jar built already (hvmon-app\target\hvmon.jar after 'mvn package'). Default: build it now.

.PARAMETER OutDir
Where the MSI, the zip and the work files go. Default: target\windows-release in the repository.

.PARAMETER JavaHome
The JDK 21+ to use. Default: JAVA_HOME, then the java on the PATH.

.PARAMETER ExtraModules
More JDK modules for the runtime, e.g. jdk.localedata if localized date formats are ever needed.

.PARAMETER WixUtilExtension
The Util extension reference given to 'wix build -ext'. Default: WixToolset.Util.wixext/5.0.2 (pinned).

.PARAMETER SkipMsi
Build the app-image and the zip only (no WiX needed).

.EXAMPLE
./packaging/windows/build-release.ps1
./packaging/windows/build-release.ps1 -Jar hvmon-app/target/hvmon.jar -Version 0.1.1 -OutDir target/upgrade
#>
[CmdletBinding()]
param(
    [string]$Version,
    [string]$Jar,
    [string]$OutDir,
    [string]$JavaHome,
    [string[]]$ExtraModules = @(),
    [string]$WixUtilExtension = 'WixToolset.Util.wixext/5.0.2',
    [switch]$SkipMsi
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
$PSNativeCommandUseErrorActionPreference = $false  # exit codes are checked one by one below

if (-not $IsWindows) {
    throw 'build-release.ps1 builds the Windows release and runs on Windows only (jpackage cannot cross-build).'
}

$repo = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '..\..')).Path
if (-not $OutDir) { $OutDir = Join-Path $repo 'target\windows-release' }
$OutDir = [IO.Path]::GetFullPath($OutDir, (Get-Location).Path)

# The JVM options of hvmon.exe (service and command line alike), written into app\hvmon.cfg by jpackage: those of every
# launcher (packaging\jvm.options, where each is explained; its [linux] lines left out), then JNA's for the agent.
function Read-JvmOptions([string]$Path) {
    foreach ($line in Get-Content -LiteralPath $Path) {
        $text = ($line -split '#', 2)[0].Trim()
        if ($text -and -not $text.StartsWith('[')) { ($text -split '\s+')[0] }
    }
}
$javaOptions = @(Read-JvmOptions (Join-Path $repo 'packaging\jvm.options')) + @(
    '-Djna.boot.library.path=$APPDIR',     # jnidispatch.dll from the app folder (jpackage expands $APPDIR) ...
    '-Djna.nounpack=true',                 # ... never unpacked into a temporary folder (a LocalSystem service)
    '-Djna.nosys=true'                     # ... and never some other copy found on the PATH
)
if (-not ($javaOptions -contains '-XX:+UseSerialGC')) { throw "packaging\jvm.options gave no usable options: $javaOptions" }

# Modules jdeps finds but hvmon never loads: only JNA's GUI helpers (com.sun.jna.Native$AWT, WindowUtils, dnd, ...)
# use AWT and Swing. Leaving them out saves about 15 MB; step 4 checks that nothing else needs them.
$awtOnlyModules = @('java.desktop', 'java.datatransfer')

# Modules needed at run time that jdeps cannot see (providers found through the security framework):
$runtimeOnlyModules = [ordered]@{
    'jdk.crypto.ec'     = 'SunEC on Java 21: EC keys (hvmon''s self-signed certificates) and ECDHE for TLS; empty from Java 22 on'
    'jdk.crypto.mscapi' = 'SunMSCAPI: the Windows certificate stores as KeyStores (Windows-MY, Windows-ROOT)'
    'jdk.security.auth' = 'Krb5LoginModule: Kerberos logons (collector), loaded by name through JAAS'
    'jdk.naming.dns'    = 'JNDI DNS: a realm''s KDCs from DNS SRV records (dns_lookup_kdc, as in Active Directory)'
}

function Write-Step([string]$Text) {
    Write-Host ''
    Write-Host "==> $Text" -ForegroundColor Cyan
}

# Runs a program with the given arguments and fails on a non-zero exit code. With -Capture its standard output is
# returned as lines (standard error still goes to the console); without, everything goes to the console.
function Invoke-Tool {
    param(
        [Parameter(Mandatory)][string]$Path,
        [string[]]$Arguments = @(),
        [switch]$Capture
    )
    Write-Host "> $([IO.Path]::GetFileName($Path)) $($Arguments -join ' ')" -ForegroundColor DarkGray
    if ($Capture) {
        $output = @(& $Path @Arguments)
        $code = $LASTEXITCODE
        if ($code -ne 0) {
            $output | ForEach-Object { Write-Host $_ }
            throw "$([IO.Path]::GetFileName($Path)) exited with code $code"
        }
        return [string[]]@($output | ForEach-Object { "$_" })
    }
    & $Path @Arguments | Out-Host
    if ($LASTEXITCODE -ne 0) {
        throw "$([IO.Path]::GetFileName($Path)) exited with code $LASTEXITCODE"
    }
}

function Get-FolderSize([string]$Path) {
    $sum = (Get-ChildItem -LiteralPath $Path -Recurse -File -Force | Measure-Object -Property Length -Sum).Sum
    if ($null -eq $sum) { return [long]0 }
    return [long]$sum
}

function Format-Size([long]$Bytes) {
    return '{0:N1} MB' -f ($Bytes / 1048576)
}

# The JDK to use: -JavaHome, JAVA_HOME, then the java on the PATH (asked for its java.home, since the java.exe on the
# PATH is often a shim). It must be 21 or newer and have the tools this script runs.
function Resolve-Jdk([string]$Hint) {
    $candidates = [Collections.Generic.List[string]]::new()
    if ($Hint) { $candidates.Add($Hint) }
    if ($env:JAVA_HOME) { $candidates.Add($env:JAVA_HOME) }
    $java = Get-Command java -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($java) {
        foreach ($line in @(& $java.Source '-XshowSettings:properties' '-version' 2>&1 | ForEach-Object { "$_" })) {
            if ($line -match '^\s*java\.home = (.+)$') { $candidates.Add($Matches[1].Trim()); break }
        }
    }
    foreach ($candidate in $candidates) {
        $release = Join-Path $candidate 'release'
        if (-not (Test-Path -LiteralPath $release)) { continue }
        $feature = 0
        foreach ($line in Get-Content -LiteralPath $release) {
            if ($line -match '^JAVA_VERSION="(\d+)') { $feature = [int]$Matches[1]; break }
        }
        if ($feature -lt 21) {
            Write-Warning "skipping $candidate (Java $feature): hvmon needs Java 21 or newer"
            continue
        }
        $tools = [ordered]@{}
        foreach ($name in 'java', 'javac', 'jdeps', 'jlink', 'jpackage') {
            $tools[$name] = Join-Path $candidate "bin\$name.exe"
        }
        $missing = @($tools.Values | Where-Object { -not (Test-Path -LiteralPath $_) })
        if ($missing.Count -gt 0) {
            Write-Warning "skipping $candidate : not a full JDK (missing $($missing -join ', '))"
            continue
        }
        return [pscustomobject]@{
            Home = $candidate; Feature = $feature
            Java = $tools.java; Javac = $tools.javac; Jdeps = $tools.jdeps; Jlink = $tools.jlink; Jpackage = $tools.jpackage
        }
    }
    throw 'no JDK 21 or newer with jdeps, jlink and jpackage found: pass -JavaHome or set JAVA_HOME (e.g. Eclipse Temurin 21).'
}

# --- version ---------------------------------------------------------------------------------------------------------
[xml]$pom = Get-Content -Raw -LiteralPath (Join-Path $repo 'pom.xml')
$mavenVersion = [string]$pom.project.version
if (-not $Version) {
    $Version = $mavenVersion -replace '-.*$', ''
}
$versionOk = $Version -match '^(\d+)\.(\d+)\.(\d+)$'
if ($versionOk) {
    $versionOk = [int]$Matches[1] -le 255 -and [int]$Matches[2] -le 255 -and [int]$Matches[3] -le 65535
}
if (-not $versionOk) {
    throw "version '$Version' is not x.y.z with x and y up to 255 and z up to 65535 (what an MSI ProductVersion allows)"
}

$work = Join-Path $OutDir 'work'
$inputDir = Join-Path $work 'input'
$runtimeDir = Join-Path $work 'runtime'
$imageParent = Join-Path $work 'image'
$appImage = Join-Path $imageParent 'hvmon'
$checkClasses = Join-Path $work 'check'
$zipName = "hvmon-$Version-windows-x64"
$zipStage = Join-Path $work "zip\$zipName"
$zipPath = Join-Path $OutDir "$zipName.zip"
$msiPath = Join-Path $OutDir "hvmon-$Version-x64.msi"

Write-Step "hvmon $Version (Maven $mavenVersion) into $OutDir"
if (Test-Path -LiteralPath $work) { Remove-Item -LiteralPath $work -Recurse -Force }
foreach ($dir in $OutDir, $work, $inputDir, $checkClasses, (Split-Path $zipStage)) {
    New-Item -ItemType Directory -Force -Path $dir | Out-Null
}
foreach ($old in $zipPath, $msiPath) {
    if (Test-Path -LiteralPath $old) { Remove-Item -LiteralPath $old -Force }
}

$jdk = Resolve-Jdk $JavaHome
Write-Host "JDK: $($jdk.Home) (Java $($jdk.Feature))"

# --- 1. the jar ------------------------------------------------------------------------------------------------------
Write-Step '1. hvmon.jar'
if ($Jar) {
    $jarPath = (Resolve-Path -LiteralPath $Jar).Path
} else {
    $mvn = Get-Command mvn -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $mvn) { throw 'mvn is not on the PATH: install Maven 3.6.3+ or pass -Jar hvmon-app\target\hvmon.jar' }
    Push-Location $repo
    try {
        Invoke-Tool $mvn.Source @('-B', '-q', '-DskipTests', 'package')
    } finally {
        Pop-Location
    }
    $jarPath = Join-Path $repo 'hvmon-app\target\hvmon.jar'
}
Write-Host "jar: $jarPath ($(Format-Size (Get-Item -LiteralPath $jarPath).Length))"
Copy-Item -LiteralPath $jarPath -Destination (Join-Path $inputDir 'hvmon.jar')

# --- 2. jnidispatch.dll ----------------------------------------------------------------------------------------------
Write-Step '2. JNA''s jnidispatch.dll, out of the jar'
foreach ($assembly in 'System.IO.Compression.ZipFile', 'System.IO.Compression.FileSystem') {
    try { Add-Type -AssemblyName $assembly } catch { Write-Verbose "no assembly $assembly" }  # one of them suffices
}
$jarZip = [IO.Compression.ZipFile]::OpenRead($jarPath)
try {
    if (-not $jarZip.GetEntry('io/hvmon/app/cli/Main.class')) { throw "$jarPath has no io.hvmon.app.cli.Main: not hvmon.jar?" }
    $entry = $jarZip.GetEntry('com/sun/jna/win32-x86-64/jnidispatch.dll')
    if (-not $entry) { throw "$jarPath has no com/sun/jna/win32-x86-64/jnidispatch.dll (is JNA shaded into it?)" }
    [IO.Compression.ZipFileExtensions]::ExtractToFile($entry, (Join-Path $inputDir 'jnidispatch.dll'), $true)
    Write-Host "app\jnidispatch.dll ($($entry.Length) bytes)"
} finally {
    $jarZip.Dispose()
}

# --- 3. the runtime --------------------------------------------------------------------------------------------------
Write-Step '3. jlink a runtime'
# The modules the jar's classes use directly (-s), not --print-module-deps: that one prints java.desktop and leaves
# out the java.xml that java.desktop requires transitively, which the WS-Man code needs once java.desktop is dropped.
$summary = Invoke-Tool $jdk.Jdeps @('-s', '--multi-release', "$($jdk.Feature)", '--ignore-missing-deps', $jarPath) -Capture
$used = @($summary | ForEach-Object { if ($_ -match '->\s+((?:java|jdk)\.[A-Za-z0-9.]+)\s*$') { $Matches[1] } } |
        Sort-Object -Unique)
if ($used -notcontains 'java.base') { throw "jdeps found no modules in $jarPath; its output was:`n$($summary -join "`n")" }
$available = @(Invoke-Tool $jdk.Java @('--list-modules') -Capture | ForEach-Object { ($_ -split '@')[0].Trim() })
$modules = [Collections.Generic.List[string]]::new()
foreach ($module in $used) {
    if ($awtOnlyModules -contains $module) {
        Write-Host "  - $module (only JNA's GUI helpers use it)"
    } else {
        Write-Host "  + $module (jdeps)"
        $modules.Add($module)
    }
}
foreach ($module in $runtimeOnlyModules.Keys) {
    if ($available -contains $module) {
        Write-Host "  + $module ($($runtimeOnlyModules[$module]))"
        $modules.Add($module)
    } else {
        Write-Warning "this JDK has no $module ($($runtimeOnlyModules[$module]))"
    }
}
foreach ($module in $ExtraModules) {
    if ($available -notcontains $module) { throw "-ExtraModules: this JDK has no module $module" }
    Write-Host "  + $module (-ExtraModules)"
    $modules.Add($module)
}
$moduleList = ($modules | Select-Object -Unique) -join ','
Invoke-Tool $jdk.Jlink @('--add-modules', $moduleList, '--strip-debug', '--no-header-files', '--no-man-pages',
    '--compress=zip-6', '--output', $runtimeDir)
$runtimeBytes = Get-FolderSize $runtimeDir
Write-Host "runtime: $(Format-Size $runtimeBytes) ($moduleList)"

# --- 4. does every class link against it? ----------------------------------------------------------------------------
Write-Step '4. check the jar against the runtime'
$links = Invoke-Tool $jdk.Jdeps @('--system', $runtimeDir, '-verbose:class', '--multi-release', "$($jdk.Feature)",
    $jarPath) -Capture
$missing = @(foreach ($line in $links) {
        if ($line -match '^\s+(\S+)\s+->\s+(\S+)\s+not found\s*$') {
            [pscustomobject]@{ From = $Matches[1]; To = $Matches[2] }
        }
    })
# JNA refers to AWT and Swing (its GUI helpers) and to its Unix and macOS helpers, which the jar leaves out; none of them
# is loaded on Windows. Anything else missing would fail at run time.
$unexpected = @($missing | Where-Object { -not $_.From.StartsWith('com.sun.jna.') })
if ($unexpected.Count -gt 0) {
    $unexpected | Select-Object -First 40 | ForEach-Object { Write-Host "  $($_.From) -> $($_.To)" }
    throw "$($unexpected.Count) class references of hvmon.jar are missing from the runtime: add their modules (see above)"
}
Write-Host "ok: every class links, except $($missing.Count) references from JNA's GUI and non-Windows helpers (never loaded)"

# --- 5. the app-image ------------------------------------------------------------------------------------------------
Write-Step '5. jpackage the app-image'
$jpackageArgs = @('--type', 'app-image', '--name', 'hvmon', '--app-version', $Version, '--vendor', 'hvmon',
    '--description', 'hvmon: Hyper-V monitor', '--input', $inputDir, '--main-jar', 'hvmon.jar',
    '--main-class', 'io.hvmon.app.cli.Main', '--runtime-image', $runtimeDir, '--dest', $imageParent, '--win-console')
foreach ($option in $javaOptions) { $jpackageArgs += @('--java-options', $option) }
Invoke-Tool $jdk.Jpackage $jpackageArgs
$exe = Join-Path $appImage 'hvmon.exe'
$cfg = Join-Path $appImage 'app\hvmon.cfg'
foreach ($file in $exe, $cfg, (Join-Path $appImage 'app\jnidispatch.dll'), (Join-Path $appImage 'runtime\bin\java.exe')) {
    if (-not (Test-Path -LiteralPath $file)) { throw "the app-image lacks $file" }
}
if (-not (Select-String -LiteralPath $cfg -SimpleMatch -Pattern 'jna.boot.library.path=$APPDIR' -Quiet)) {
    throw "$cfg does not carry -Djna.boot.library.path=`$APPDIR"
}
$imageBytes = Get-FolderSize $appImage
Write-Host "app-image: $(Format-Size $imageBytes)"

# --- 6. does it run? -------------------------------------------------------------------------------------------------
Write-Step '6. check the app-image'
$versionText = (Invoke-Tool $exe @('--version') -Capture) -join "`n"
if ($versionText -notmatch '^hvmon ') { throw "hvmon.exe --version printed: $versionText" }
Write-Host $versionText
$appDir = Join-Path $appImage 'app'
Invoke-Tool $jdk.Javac @('--release', '21', '-cp', $jarPath, '-d', $checkClasses, (Join-Path $PSScriptRoot 'JnaCheck.java'))
Invoke-Tool (Join-Path $appImage 'runtime\bin\java.exe') @('--enable-native-access=ALL-UNNAMED',
    "-Djna.boot.library.path=$appDir", '-Djna.nounpack=true', '-Djna.nosys=true',
    '-cp', ((Join-Path $appDir 'hvmon.jar'), $checkClasses -join [IO.Path]::PathSeparator), 'JnaCheck', $appDir)

# --- 7. the portable zip ---------------------------------------------------------------------------------------------
Write-Step "7. $zipName.zip"
Copy-Item -LiteralPath $appImage -Destination $zipStage -Recurse -Force
Copy-Item -LiteralPath (Join-Path $PSScriptRoot 'portable\hvmon.cmd') -Destination (Join-Path $zipStage 'hvmon.cmd')
$readme = (Get-Content -Raw -LiteralPath (Join-Path $PSScriptRoot 'portable\README.txt')) -replace '@VERSION@', $Version
$readme = $readme -replace "`r?`n", "`r`n"  # Notepad on older Windows wants CRLF
[IO.File]::WriteAllText((Join-Path $zipStage 'README.txt'), $readme, [Text.UTF8Encoding]::new($false))
[IO.Compression.ZipFile]::CreateFromDirectory($zipStage, $zipPath, [IO.Compression.CompressionLevel]::Optimal, $true)
Write-Host "zip: $zipPath ($(Format-Size (Get-Item -LiteralPath $zipPath).Length))"

# --- 8. the MSI ------------------------------------------------------------------------------------------------------
$wixVersion = $null
if ($SkipMsi) {
    Write-Step '8. MSI skipped (-SkipMsi)'
    $msiPath = $null
} else {
    Write-Step "8. hvmon-$Version-x64.msi (WiX)"
    $wix = Get-Command wix -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $wix) {
        throw 'wix is not on the PATH: dotnet tool install --global wix --version 5.0.2; wix extension add -g WixToolset.Util.wixext/5.0.2 (or pass -SkipMsi)'
    }
    $wixVersion = ((Invoke-Tool $wix.Source @('--version') -Capture) | Select-Object -First 1).Trim()
    if ($wixVersion -notmatch '^5\.') {
        throw "WiX $wixVersion found; hvmon.wxs is built with WiX 5.0.2 (6+ has a fee EULA, 7 refuses unattended builds)"
    }
    if ($wixVersion -notmatch '^5\.0\.2([+-]|$)') { Write-Warning "WiX ${wixVersion}: the release is pinned to 5.0.2" }
    Invoke-Tool $wix.Source @('build', '-arch', 'x64', '-ext', $WixUtilExtension, '-d', "ProductVersion=$Version",
        '-bindpath', "AppImage=$appImage", '-intermediatefolder', (Join-Path $work 'wixobj'), '-pdbtype', 'none',
        '-o', $msiPath, (Join-Path $PSScriptRoot 'hvmon.wxs'))
    Write-Host "msi: $msiPath ($(Format-Size (Get-Item -LiteralPath $msiPath).Length))"
}

# --- 9. checksums and release.json -----------------------------------------------------------------------------------
Write-Step '9. SHA256SUMS.txt and release.json'
$artifacts = @($msiPath, $zipPath | Where-Object { $_ })
$sums = foreach ($file in $artifacts) {
    '{0}  {1}' -f (Get-FileHash -LiteralPath $file -Algorithm SHA256).Hash.ToLowerInvariant(), (Split-Path $file -Leaf)
}
Set-Content -LiteralPath (Join-Path $OutDir 'SHA256SUMS.txt') -Value $sums -Encoding utf8NoBOM
$info = [ordered]@{
    version      = $Version
    mavenVersion = $mavenVersion
    msi          = $msiPath
    zip          = $zipPath
    appImage     = $appImage
    jdk          = "$($jdk.Home) (Java $($jdk.Feature))"
    wix          = $wixVersion
    modules      = @($moduleList -split ',')
    javaOptions  = $javaOptions
    bytes        = [ordered]@{
        runtime  = $runtimeBytes
        appImage = $imageBytes
        zip      = (Get-Item -LiteralPath $zipPath).Length
        msi      = if ($msiPath) { (Get-Item -LiteralPath $msiPath).Length } else { $null }
    }
}
$info | ConvertTo-Json -Depth 4 | Set-Content -LiteralPath (Join-Path $OutDir 'release.json') -Encoding utf8NoBOM
$sums | ForEach-Object { Write-Host $_ }
Write-Host ''
Write-Host "runtime $(Format-Size $runtimeBytes), app-image $(Format-Size $imageBytes), zip $(Format-Size $info.bytes.zip)$(if ($msiPath) { ", msi $(Format-Size $info.bytes.msi)" })"
Write-Host "done: $OutDir" -ForegroundColor Green
