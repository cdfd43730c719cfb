; Inno Setup script for the Windows installer; run after `pyinstaller installer.spec`.
[Setup]
AppName=Lokalråd
AppVersion=0.1.0
AppPublisher=Lokalråd
DefaultDirName={autopf}\Lokalraad
DefaultGroupName=Lokalråd
OutputBaseFilename=Lokalraad-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=lowest

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\lokalraad\*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{group}\Lokalråd"; Filename: "{app}\lokalraad.exe"
Name: "{autodesktop}\Lokalråd"; Filename: "{app}\lokalraad.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"
