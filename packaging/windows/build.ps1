# Build Workplace.msi on a Windows build machine (not run in CI, which has no Windows:
# CI checks that workplace.wxs compiles with check-msi.sh instead).
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs: Python 3.11 x64 on PATH, the WiX Toolset 3.x (candle.exe, light.exe,
# heat.exe) on PATH, and access to PyPI. Writes dist\Workplace-<version>.msi.
$ErrorActionPreference = "Stop"
$repo = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $repo
$version = (Select-String -Path workplace\__init__.py -Pattern '__version__ = "(.+)"').Matches[0].Groups[1].Value
$work = Join-Path $env:TEMP "workplace-msi"
if (Test-Path $work) { Remove-Item -Recurse -Force $work }
New-Item -ItemType Directory $work | Out-Null

# 1. The app as a PyInstaller one-folder build: its own interpreter and libraries.
python -m venv "$work\venv"
& "$work\venv\Scripts\pip" install --upgrade pip
& "$work\venv\Scripts\pip" install . "pyinstaller>=6.10,<7"
& "$work\venv\Scripts\pyinstaller" --noconfirm --windowed --name workplace `
    --distpath "$work\dist" --workpath "$work\build" `
    --collect-all workplace --collect-all wp_home --collect-all wp_documents `
    --collect-all wp_egov --collect-all wp_assistant --copy-metadata workplace `
    packaging\windows\launch.py

# 2. The MSI around it: harvest the folder, then compile with the policy properties.
heat dir "$work\dist\workplace" -nologo -gg -sfrag -srd -dr INSTALLDIR -cg AppFiles `
    -var var.SourceDir -out "$work\files.wxs"
candle -nologo -arch x64 -dVersion=$version -dSourceDir="$work\dist\workplace" `
    -out "$work\\" packaging\windows\workplace.wxs "$work\files.wxs"
New-Item -ItemType Directory -Force dist | Out-Null
light -nologo -out "dist\Workplace-$version.msi" "$work\workplace.wixobj" "$work\files.wixobj"
Write-Host "Built dist\Workplace-$version.msi"
