<#
.SYNOPSIS
Build the Windows release of Dialogue Planner with one command: the PyInstaller folder and its installer.

.DESCRIPTION
Run from a clone with the project installed (py -m pip install -e ".[packaging]") and NSIS 3 on the
machine (winget install NSIS.NSIS, or https://nsis.sourceforge.io):

    powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1 [-Python py] [-Dist dist] [-Clean] [-NoInstaller]

Result: dist\dialogue-planner\ (dialogue-planner.exe for the Start menu, dialogue-planner-cli.exe for
commands) and dist\DialoguePlanner-VERSION-setup.exe, the file a secretariat receives. With the
environment variable DIALOGUE_PLANNER_SIGN_CERT (a .pfx file) and DIALOGUE_PLANNER_SIGN_PASSWORD, the
programs and the installer are signed with signtool and time-stamped.
#>
param(
    [string]$Python = "python",
    [string]$Dist = "dist",
    [string]$Work = "build\pyinstaller",
    [switch]$Clean,
    [switch]$NoInstaller
)

$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$Dist = [System.IO.Path]::GetFullPath((Join-Path $Root $Dist))
$Work = [System.IO.Path]::GetFullPath((Join-Path $Root $Work))

function Fail([string]$Message) {
    Write-Error "build-windows.ps1: $Message" -ErrorAction Continue
    exit 1
}

function Invoke-Checked([string]$What, [scriptblock]$Command) {
    & $Command
    if ($LASTEXITCODE -ne 0) { Fail "$What failed (exit status $LASTEXITCODE)" }
}

function Test-Import([string]$Modules) {
    # Windows PowerShell turns a native program's redirected stderr into errors: probe with "Continue".
    $ErrorActionPreference = "Continue"
    & $Python -c "import $Modules" 2>&1 | Out-Null
    return $LASTEXITCODE -eq 0
}

if (-not (Get-Command $Python -ErrorAction SilentlyContinue)) { Fail "no Python at '$Python' (use -Python PATH)" }
if (-not (Test-Import "PyInstaller")) { Fail "PyInstaller is missing: $Python -m pip install -e `".[packaging]`"" }
if (-not (Test-Import "dialogue_planner, PySide6, sqlalchemy, reportlab, holidays")) {
    Fail "the project's dependencies are missing: $Python -m pip install -e `".[packaging]`""
}
$Version = (& $Python -c "import dialogue_planner; print(dialogue_planner.__version__)").Trim()
$Quad = (& $Python -c "import re, dialogue_planner; n = re.findall(r'\d+', dialogue_planner.__version__)[:3]; print('.'.join(n + ['0'] * (4 - len(n))))").Trim()
$Bundle = Join-Path $Dist "dialogue-planner"

Write-Host "Building Dialogue Planner $Version for Windows into $Bundle"
$Started = Get-Date
# -X no_debug_ranges: no column positions in the archived modules (see "Size" in docs/PACKAGING.md).
$Arguments = @("-X", "no_debug_ranges", "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", $Dist, "--workpath", $Work)
if ($Clean) { $Arguments += "--clean" }
Invoke-Checked "PyInstaller" { & $Python @Arguments "packaging\dialogue-planner.spec" }

# A bundle that cannot start is not a release: ask it its version before packing it.
Invoke-Checked "the bundle's self-test" { & (Join-Path $Bundle "dialogue-planner-cli.exe") --version }

function Invoke-Signing([string[]]$Files) {
    if (-not $env:DIALOGUE_PLANNER_SIGN_CERT) { return }
    $SignTool = Get-Command signtool.exe -ErrorAction SilentlyContinue
    if (-not $SignTool) { Fail "DIALOGUE_PLANNER_SIGN_CERT is set but signtool.exe (Windows SDK) is not on PATH" }
    Invoke-Checked "signtool" {
        & $SignTool.Source sign /f $env:DIALOGUE_PLANNER_SIGN_CERT /p $env:DIALOGUE_PLANNER_SIGN_PASSWORD `
            /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 @Files
    }
}

Invoke-Signing @((Join-Path $Bundle "dialogue-planner.exe"), (Join-Path $Bundle "dialogue-planner-cli.exe"))

if (-not $NoInstaller) {
    $MakeNsis = Get-Command makensis.exe -ErrorAction SilentlyContinue
    $MakeNsisPath = if ($MakeNsis) { $MakeNsis.Source } else { Join-Path ${env:ProgramFiles(x86)} "NSIS\makensis.exe" }
    if (-not (Test-Path $MakeNsisPath)) { Fail "NSIS is missing: winget install NSIS.NSIS (or use -NoInstaller)" }
    $Installer = Join-Path $Dist "DialoguePlanner-$Version-setup.exe"
    Invoke-Checked "makensis" {
        & $MakeNsisPath /V2 /WX "/DVERSION=$Version" "/DVERSION_QUAD=$Quad" "/DBUNDLE_DIR=$Bundle" `
            "/DOUTFILE=$Installer" "packaging\windows\installer.nsi"
    }
    Invoke-Signing @($Installer)
    Write-Host ("Installer: $Installer ({0:N0} MB)" -f ((Get-Item $Installer).Length / 1MB))
}

$Size = (Get-ChildItem $Bundle -Recurse -File | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("Bundle:    $Bundle ({0:N0} MB unpacked), built in {1:N0} s" -f $Size, ((Get-Date) - $Started).TotalSeconds)
