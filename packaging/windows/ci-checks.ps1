# Checks of an installed hvmon on Windows, used by .github/workflows/windows.yml (and handy on a test machine):
#     . ./packaging/windows/ci-checks.ps1
# then call the functions below. Every wait is bounded; every failure throws with what was seen.
# Needs PowerShell 7.2+ and an elevated session (msiexec, services, %ProgramData%\hvmon).

$ErrorActionPreference = 'Stop'
$PSNativeCommandUseErrorActionPreference = $false  # native exit codes are checked explicitly

$HvmonDataDir = Join-Path $env:ProgramData 'hvmon'
$HvmonConfig = Join-Path $HvmonDataDir 'config.json'
$HvmonLogDir = Join-Path $HvmonDataDir 'logs'
$HyperVMissing = 'Hyper-V is not installed on this machine (no root\virtualization\v2)'

function Write-Check([string]$Text) {
    Write-Host "ok: $Text" -ForegroundColor Green
}

# msiexec is a GUI program: PowerShell does not wait for it nor set $LASTEXITCODE, so start it and wait (bounded).
# 0 is success, 3010 success with a reboot pending (never asked for here: /norestart).
function Invoke-Msiexec {
    param(
        [Parameter(Mandatory)][string]$Arguments,
        [Parameter(Mandatory)][string]$Log,
        [int]$TimeoutSeconds = 600
    )
    $all = "$Arguments /norestart /l*v `"$Log`""
    Write-Host "msiexec $all"
    $process = Start-Process -FilePath 'msiexec.exe' -ArgumentList $all -PassThru
    $null = $process.Handle  # keeps the handle, without which ExitCode can read as empty after the exit
    if (-not $process.WaitForExit($TimeoutSeconds * 1000)) {
        $process.Kill()
        throw "msiexec $Arguments did not finish in $TimeoutSeconds s"
    }
    $code = $process.ExitCode
    if ($code -ne 0 -and $code -ne 3010) {
        if (Test-Path -LiteralPath $Log) {
            Write-Host "--- the failing actions in $Log"
            Select-String -LiteralPath $Log -Pattern 'Return value 3', 'Error 1[0-9]{3}', 'CustomAction .* returned' |
                Select-Object -First 20 | ForEach-Object { Write-Host $_.Line }
        }
        throw "msiexec $Arguments failed with exit code $code (log: $Log)"
    }
    Write-Check "msiexec $Arguments (exit code $code)"
}

# Runs sc.exe and returns its output; fails unless it exits with one of the expected codes. An expected non-zero
# code is then cleared from $LASTEXITCODE, which GitHub's pwsh steps turn into their own exit code.
function Invoke-Sc {
    param([Parameter(Mandatory)][string[]]$Arguments, [int[]]$ExpectedExitCodes = @(0))
    $output = @(& sc.exe @Arguments) -join "`n"
    $code = $LASTEXITCODE
    if ($ExpectedExitCodes -notcontains $code) {
        Write-Host $output
        throw "sc.exe $($Arguments -join ' ') exited with $code, expected $($ExpectedExitCodes -join ' or ')"
    }
    $global:LASTEXITCODE = 0
    return $output
}

function Wait-ServiceStatus {
    param([string]$Name = 'hvmon', [string]$Status = 'Running', [int]$TimeoutSeconds = 120)
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    while ($true) {
        $service = Get-Service -Name $Name -ErrorAction SilentlyContinue
        if ($service -and "$($service.Status)" -eq $Status) {
            Write-Check "service $Name is $Status"
            return
        }
        if ([DateTime]::UtcNow -gt $deadline) {
            $now = if ($service) { "$($service.Status)" } else { 'not installed' }
            throw "service $Name is not $Status after $TimeoutSeconds s (it is $now)"
        }
        Start-Sleep -Seconds 1
    }
}

# sc.exe query NAME exits with 1060 (ERROR_SERVICE_DOES_NOT_EXIST) once a service is deleted; a service that is
# still stopping is only marked for deletion, so wait for it.
function Wait-ServiceGone {
    param([string]$Name = 'hvmon', [int]$TimeoutSeconds = 60)
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    while ($true) {
        $output = @(& sc.exe query $Name) -join "`n"
        if ($LASTEXITCODE -eq 1060) {
            Write-Check "sc.exe query ${Name}: 1060, the service does not exist"
            $global:LASTEXITCODE = 0  # expected: not the step's exit code
            return
        }
        if ([DateTime]::UtcNow -gt $deadline) {
            Write-Host $output
            throw "service $Name still exists $TimeoutSeconds s later (sc.exe query exited $LASTEXITCODE)"
        }
        Start-Sleep -Seconds 1
    }
}

# GET http://127.0.0.1:PORT/PATH: the status, the media type and the body as text.
function Invoke-HvmonGet {
    param([Parameter(Mandatory)][string]$Path, [int]$Port = 20501)
    $response = Invoke-WebRequest -Uri "http://127.0.0.1:$Port$Path" -SkipHttpErrorCheck -TimeoutSec 10 `
        -UseBasicParsing -ErrorAction Stop
    $body = if ($response.Content -is [byte[]]) {
        [Text.Encoding]::UTF8.GetString($response.Content)
    } else {
        [string]$response.Content
    }
    $type = [string](@($response.Headers['Content-Type']) | Select-Object -First 1)
    return [pscustomobject]@{ Status = [int]$response.StatusCode; ContentType = $type; Body = $body }
}

# Polls GET PATH until it answers STATUS (connection refused counts as not yet); returns the last answer.
function Wait-HvmonGet {
    param([Parameter(Mandatory)][string]$Path, [int]$Status = 200, [int]$Port = 20501, [int]$TimeoutSeconds = 120)
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    $last = 'no answer'
    while ($true) {
        try {
            $answer = Invoke-HvmonGet -Path $Path -Port $Port
            if ($answer.Status -eq $Status) {
                Write-Check "GET $Path on port $Port answered $Status"
                return $answer
            }
            $last = "HTTP $($answer.Status): $($answer.Body)"
        } catch {
            $last = $_.Exception.Message
        }
        if ([DateTime]::UtcNow -gt $deadline) {
            throw "GET $Path on port $Port did not answer $Status within $TimeoutSeconds s (last: $last)"
        }
        Start-Sleep -Seconds 1
    }
}

function Test-HyperV {
    $v2 = Get-CimInstance -Namespace 'root\virtualization' -ClassName '__NAMESPACE' -Filter "Name='v2'" `
        -ErrorAction SilentlyContinue
    return [bool]$v2
}

# /healthz is 200; /readyz is 200 on a Hyper-V host once a collection succeeded, and elsewhere (GitHub's runners
# have no Hyper-V) a 503 problem+json whose detail says why, once the first collection has failed.
function Assert-HvmonAnswers {
    param([int]$Port = 20501, [int]$TimeoutSeconds = 120)
    $null = Wait-HvmonGet -Path '/healthz' -Port $Port -TimeoutSeconds $TimeoutSeconds
    if (Test-HyperV) {
        Write-Host 'this machine has Hyper-V: /readyz must become 200'
        $null = Wait-HvmonGet -Path '/readyz' -Status 200 -Port $Port -TimeoutSeconds $TimeoutSeconds
        return
    }
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    while ($true) {
        $answer = Invoke-HvmonGet -Path '/readyz' -Port $Port
        if ($answer.Status -ne 503 -or $answer.ContentType -notlike 'application/problem+json*') {
            throw "GET /readyz without Hyper-V: expected 503 application/problem+json, got $($answer.Status) $($answer.ContentType): $($answer.Body)"
        }
        $detail = [string]($answer.Body | ConvertFrom-Json).detail
        if ($detail.Contains($HyperVMissing)) {
            Write-Check "GET /readyz: 503 problem+json, detail: $detail"
            return
        }
        if ([DateTime]::UtcNow -gt $deadline) {
            throw "GET /readyz: the detail never said '$HyperVMissing' within $TimeoutSeconds s (last: $detail)"
        }
        Start-Sleep -Seconds 1
    }
}

function Wait-PathExists {
    param([Parameter(Mandatory)][string]$Path, [int]$TimeoutSeconds = 60)
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    while (-not (Test-Path -LiteralPath $Path)) {
        if ([DateTime]::UtcNow -gt $deadline) { throw "$Path does not exist after $TimeoutSeconds s" }
        Start-Sleep -Seconds 1
    }
    Write-Check "$Path exists"
}

# config.json may be read and changed by Administrators and SYSTEM only (by SID, whatever the system's language).
function Assert-ConfigAcl {
    $allowed = @('S-1-5-32-544', 'S-1-5-18')  # BUILTIN\Administrators, NT AUTHORITY\SYSTEM
    $acl = Get-Acl -LiteralPath $HvmonConfig
    $others = @($acl.Access | Where-Object {
            $_.AccessControlType -eq 'Allow' -and
            $allowed -notcontains $_.IdentityReference.Translate([Security.Principal.SecurityIdentifier]).Value
        })
    if ($others.Count -gt 0) {
        throw "$HvmonConfig also grants access to: $(($others | ForEach-Object { $_.IdentityReference }) -join ', ')"
    }
    Write-Check "$HvmonConfig grants access to Administrators and SYSTEM only"
}

function Get-ConfigHash {
    return (Get-FileHash -LiteralPath $HvmonConfig -Algorithm SHA256).Hash
}

# The running service's process, its image and that image's version.
function Get-HvmonServiceProcess {
    $service = Get-CimInstance -ClassName Win32_Service -Filter "Name='hvmon'"
    if (-not $service -or -not $service.ProcessId) { throw 'service hvmon has no process' }
    $process = Get-Process -Id $service.ProcessId
    $version = (Get-Item -LiteralPath $process.Path).VersionInfo
    return [pscustomobject]@{
        Id = $process.Id; Path = $process.Path; StartTime = $process.StartTime
        FileVersion = $version.FileVersion; ProductVersion = $version.ProductVersion; CommandLine = $service.PathName
    }
}

# Compares x.y.z with a file version that may have a fourth part (0.1.1 = 0.1.1.0).
function Test-SameVersion([string]$Expected, [string]$Actual) {
    $a = [version]$Expected
    $b = [version](($Actual -split '[^0-9.]')[0])
    return $a.Major -eq $b.Major -and $a.Minor -eq $b.Minor -and $a.Build -eq $b.Build
}

# What the MSI (or the sc.exe lines) configured: delayed automatic start, the command line, the account, the
# recovery actions and their flag.
function Assert-ServiceConfiguration {
    param([string]$Name = 'hvmon')
    $qc = Invoke-Sc @('qc', $Name)
    if ($qc -notmatch 'START_TYPE\s*:\s*2\s+AUTO_START\s+\(DELAYED\)') { throw "not Automatic (Delayed Start):`n$qc" }
    if ($qc -notmatch 'BINARY_PATH_NAME\s*:\s*"[^"]*\\hvmon\.exe"\s+service run\s*(\r?\n|$)') {
        throw "the service's command line is not `"...\hvmon.exe`" service run:`n$qc"
    }
    if ($qc -notmatch 'SERVICE_START_NAME\s*:\s*LocalSystem') { throw "the service does not run as LocalSystem:`n$qc" }
    if ($qc -notmatch 'DISPLAY_NAME\s*:\s*hvmon \(Hyper-V monitor\)') { throw "unexpected display name:`n$qc" }
    $failure = Invoke-Sc @('qfailure', $Name)
    $restarts = ([regex]::Matches($failure, 'RESTART -- Delay = 60000 milliseconds')).Count
    if ($failure -notmatch 'RESET_PERIOD \(in seconds\)\s*:\s*86400' -or $restarts -ne 3) {
        throw "recovery is not restart/60000 three times, reset after 86400 s:`n$failure"
    }
    $flag = Invoke-Sc @('qfailureflag', $Name)
    if ($flag -notmatch 'FAILURE_ACTIONS_ON_NONCRASH_FAILURES\s*:\s*TRUE') { throw "the failure-actions flag is off:`n$flag" }
    Write-Check "service ${Name}: delayed auto start, `"...\hvmon.exe`" service run, LocalSystem, restart x3 after 60 s, reset 1 day, flag on"
}

function Assert-EventSource {
    $key = Get-Item -LiteralPath 'HKLM:\SYSTEM\CurrentControlSet\Services\EventLog\Application\hvmon'
    $file = $key.GetValue('EventMessageFile', $null, [Microsoft.Win32.RegistryValueOptions]::DoNotExpandEnvironmentNames)
    if ($key.GetValueKind('EventMessageFile') -ne [Microsoft.Win32.RegistryValueKind]::ExpandString -or
            $file -ne '%SystemRoot%\System32\EventCreate.exe') {
        throw "EventMessageFile is $($key.GetValueKind('EventMessageFile')) '$file'"
    }
    if ($key.GetValue('TypesSupported') -ne 7) { throw "TypesSupported is $($key.GetValue('TypesSupported'))" }
    Write-Check 'Event Log source hvmon (Application): EventMessageFile %SystemRoot%\System32\EventCreate.exe, TypesSupported 7'
}

# Add or Remove Programs entries named hvmon (64-bit view).
function Get-HvmonProducts {
    return @(Get-ChildItem -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall' |
            ForEach-Object { Get-ItemProperty -LiteralPath $_.PSPath } |
            Where-Object { $_.PSObject.Properties['DisplayName'] -and $_.DisplayName -eq 'hvmon' })
}

function Wait-PortFree {
    param([int]$Port = 20501, [int]$TimeoutSeconds = 60)
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    while (Get-NetTCPConnection -LocalPort $Port -State Listen -ErrorAction SilentlyContinue) {
        if ([DateTime]::UtcNow -gt $deadline) { throw "something still listens on port $Port after $TimeoutSeconds s" }
        Start-Sleep -Seconds 1
    }
    Write-Check "nothing listens on port $Port"
}
