; Inno Setup script for the Windows installer, over the folder `pyinstaller installer.spec` builds.
; Build (packaging/README.md): iscc /DAppVersion=<lokalraad --version> packaging\windows-installer.iss
; The uninstaller removes the program folder only: the council files, their backups and the settings
; live in the user's own folders (%LOCALAPPDATA%\Lokalraad, or wherever she saved them) and are never touched.
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<__version__ of lokalraad_app/__init__.py>
#endif

[Setup]
AppId={{6F1C2E0B-5B8E-4E52-9B7A-3D0C4A1F8E21}
AppName=Lokalråd
AppVersion={#AppVersion}
AppVerName=Lokalråd {#AppVersion}
AppPublisher=Lokalråd
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Lokalraad
DefaultGroupName=Lokalråd
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=Lokalraad-{#AppVersion}-setup
SetupIconFile=lokalraad.ico
UninstallDisplayIcon={app}\lokalraad.exe
UninstallDisplayName=Lokalråd
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
danish.KeepsCouncilFiles=Rådets filer, sikkerhedskopier og indstillinger bliver liggende på computeren.
english.KeepsCouncilFiles=The council's files, backups and settings stay on the computer.
danish.StartApp=Start Lokalråd
english.StartApp=Start Lokalråd

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\lokalraad\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Lokalråd"; Filename: "{app}\lokalraad.exe"
Name: "{group}\{cm:UninstallProgram,Lokalråd}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Lokalråd"; Filename: "{app}\lokalraad.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\lokalraad.exe"; Description: "{cm:StartApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself left in its folder (Python's caches); nothing of the user's.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(CustomMessage('KeepsCouncilFiles'), mbInformation, MB_OK);
end;
