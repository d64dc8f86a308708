; Inno Setup script: a per-user Windows installer over the PyInstaller folder.
;
; Build the folder first (python packaging\build.py), then either let build.py run this
; (python packaging\build.py --installer) or run the compiler yourself from the repository:
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\InspectionDesktop.iss
;
; Installs for the current user only: no administrator rights, no UAC prompt. The program goes
; to %LOCALAPPDATA%\Programs\Inspection Desktop, the Start menu entry to the user's own Start
; menu, and Windows lists it under Installed apps with an uninstaller. The database and logs
; live elsewhere (%LOCALAPPDATA%\InspectionDesktop) and are kept by an upgrade or an uninstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\InspectionDesktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#define AppName "Inspection Desktop"
#define AppExe "InspectionDesktop.exe"

[Setup]
; The same id in every release, so that a new version upgrades the old one in place.
AppId={{6F1C2A7E-3B8D-4E5A-9C41-2D7B8E0F5A13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; Per user, never elevated: {autopf} is then %LOCALAPPDATA%\Programs, {autoprograms} the
; user's Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=InspectionDesktop-{#AppVersion}-setup
#if FileExists(AddBackslash(SourcePath) + "..\build\icon\InspectionDesktop.ico")
SetupIconFile=..\build\icon\InspectionDesktop.ico
#endif
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An open copy of the app would hold its files: ask to close it, and start it again after.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "Put a shortcut on the desktop"; GroupDescription: "Shortcuts:"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the libraries whole, so none of an older release's are left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Plan a partnership's preparation for a joint inspection"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName} now"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program's own folder: the database, its backups and the logs stay with the user.
Type: dirifempty; Name: "{app}"
