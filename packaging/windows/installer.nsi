; Windows installer of Dialogue Planner (NSIS 3). packaging/build-windows.ps1 runs it after PyInstaller:
;   makensis /DVERSION=0.1.0 /DBUNDLE_DIR=C:\src\dist\dialogue-planner /DOUTFILE=C:\src\dist\setup.exe installer.nsi
; It installs the bundle into Program Files for every user, adds a Start-menu entry and an entry in
; "Apps & features", and writes an uninstaller. Uninstalling removes the program's own files only:
; each user's databases, backups and log (%LOCALAPPDATA%\dialogue-planner) and settings
; (%APPDATA%\DialoguePlanner) stay, so a reinstall or an upgrade finds them again.
; Silent use, e.g. for software distribution: setup.exe /S [/D=C:\Path] and Uninstall.exe /S.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "give the version: makensis /DVERSION=x.y.z"
!endif
!ifndef BUNDLE_DIR
  !error "give the PyInstaller folder: makensis /DBUNDLE_DIR=...\dist\dialogue-planner"
!endif
!ifndef VERSION_QUAD
  !define VERSION_QUAD "${VERSION}.0"  ; four numbers for the file properties; give it for 1.2.0rc1 and such
!endif
!ifndef OUTFILE
  !define OUTFILE "DialoguePlanner-${VERSION}-setup.exe"
!endif

!define APP_NAME "Dialogue Planner"
!define APP_EXE "dialogue-planner.exe"
!define PUBLISHER "Dialogue Planner contributors"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\DialoguePlanner"
!define SETTINGS_KEY "Software\DialoguePlanner"

!include "MUI2.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
InstallDirRegKey HKLM "${SETTINGS_KEY}" "InstallDir"
RequestExecutionLevel admin
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "Apache-2.0"

!define MUI_ICON "dialogue-planner.ico"
!define MUI_UNICON "dialogue-planner.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_NOTCHECKED

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString DataKept ${LANG_ENGLISH} "Your databases, backups and settings were left in place."
LangString DataKept ${LANG_SIMPCHINESE} "您的数据库、备份和设置均已保留。"
LangString Needs64Bit ${LANG_ENGLISH} "${APP_NAME} needs 64-bit Windows 10 or later."
LangString Needs64Bit ${LANG_SIMPCHINESE} "${APP_NAME} 需要 64 位 Windows 10 或更高版本。"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(Needs64Bit)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "${APP_NAME}" SecProgram
  SectionIn RO
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the runtime as a whole, so no file of the previous version lingers in it.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE_DIR}/*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKLM "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; Only what the installer put there goes: never RMDir /r "$INSTDIR", which may be a folder the user chose
; and filled. Per-user data lives elsewhere (see the top of this file) and is not touched.
Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\dialogue-planner.exe"
  Delete "$INSTDIR\dialogue-planner-cli.exe"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "${SETTINGS_KEY}"
  DetailPrint "$(DataKept)"
SectionEnd
