<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="61"/>
        <source>New action item</source>
        <translation>Nyt handlingspunkt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="68"/>
        <source>Due</source>
        <translation>Senest</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="81"/>
        <source>&amp;What:</source>
        <translation>&amp;Hvad:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="82"/>
        <source>&amp;Who:</source>
        <translation>H&amp;vem:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="83"/>
        <source>&amp;By:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="107"/>
        <source>Write what is to be done.</source>
        <translation>Skriv, hvad der skal gøres.</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="36"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="36"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="36"/>
        <source>By</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="36"/>
        <source>From the meeting</source>
        <translation>Fra mødet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="52"/>
        <source>Done %1: %2</source>
        <translation>Udført %1: %2</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="53"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="53"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="122"/>
        <source>Only &amp;open ones</source>
        <translation>Kun å&amp;bne</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="125"/>
        <source>Filter by who or what…</source>
        <translation>Filtrér på hvem eller hvad…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="127"/>
        <source>&amp;Close with a note…</source>
        <translation>&amp;Luk med en note…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="128"/>
        <source>Re&amp;open</source>
        <translation>&amp;Genåbn</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="168"/>
        <source>Close action item</source>
        <translation>Luk handlingspunkt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="169"/>
        <source>How was “%1” done?</source>
        <translation>Hvordan blev “%1” klaret?</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/actions_view.py" line="182"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="155"/>
        <source>&amp;Add item</source>
        <translation>&amp;Tilføj punkt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="157"/>
        <source>&amp;Remove item</source>
        <translation>Fjern p&amp;unkt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="158"/>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="160"/>
        <source>Move do&amp;wn</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="168"/>
        <source>&amp;Link to initiative…</source>
        <translation>K&amp;nyt til initiativ…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="169"/>
        <source>Record that this item is a decision about one of the development plan&apos;s initiatives</source>
        <translation>Registrér, at punktet er en beslutning om et af udviklingsplanens initiativer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="187"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="189"/>
        <source>Statute change: needs a two-thirds majority</source>
        <translation>Vedtægtsændring: kræver 2/3 flertal</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="191"/>
        <source>Not classified</source>
        <translation>Ikke klassificeret</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="192"/>
        <source>Politics</source>
        <translation>Politik</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="193"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="198"/>
        <source>&amp;Save item</source>
        <translation>&amp;Gem punkt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="199"/>
        <source>Track as re&amp;quest</source>
        <translation>Følg som spørgsmål til &amp;kommunen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="200"/>
        <source>Follow this administrative question until the municipality answers</source>
        <translation>Følg dette administrative spørgsmål, indtil kommunen svarer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="203"/>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="204"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="205"/>
        <source>Res&amp;ponsible:</source>
        <translation>Ansvarlig:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="206"/>
        <source>Time &amp;allowed:</source>
        <translation>&amp;Afsat tid:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="208"/>
        <source>Politics or &amp;administration:</source>
        <translation>&amp;Politik eller administration:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="209"/>
        <source>&amp;Background:</source>
        <translation>Sagsf&amp;remstilling:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="210"/>
        <source>&amp;Proposed decision:</source>
        <translation>Ind&amp;stilling:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="215"/>
        <source>Attach a &amp;file…</source>
        <translation>Vedhæft en &amp;fil…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="216"/>
        <source>&amp;Open</source>
        <translation>Å&amp;bn</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="217"/>
        <source>Remo&amp;ve</source>
        <translation>Fjern &amp;bilag</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="225"/>
        <source>Attachments:</source>
        <translation>Bilag:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="228"/>
        <source>Agenda item</source>
        <translation>Dagsordenspunkt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="294"/>
        <source>The meeting ends at %1, but the items&apos; time allowed runs to %2: %3 min too much. Shorten or postpone items.</source>
        <translation>Mødet slutter kl. %1, men punkternes afsatte tid rækker til kl. %2: %3 min for meget. Forkort eller udsæt punkter.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="299"/>
        <source>The meeting ends at %1; the items end at %2.</source>
        <translation>Mødet slutter kl. %1; punkterne slutter kl. %2.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="362"/>
        <source>Initiatives: %1</source>
        <translation>Initiativer: %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="373"/>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="375"/>
        <source>Link to initiative</source>
        <translation>Knyt til initiativ</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="373"/>
        <source>The development plan has no initiatives yet.</source>
        <translation>Udviklingsplanen har ingen initiativer endnu.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="375"/>
        <source>The initiative this item is about:</source>
        <translation>Det initiativ, punktet handler om:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="440"/>
        <source>Attach a file</source>
        <translation>Vedhæft en fil</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="440"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="458"/>
        <source>Cannot open</source>
        <translation>Kan ikke åbne</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="459"/>
        <source>No program on this computer opens %1. A copy is in %2.</source>
        <translation>Intet program på denne computer kan åbne %1. En kopi ligger i %2.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="466"/>
        <source>Remove attachment</source>
        <translation>Fjern bilag</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="467"/>
        <source>Remove %1 from the item?</source>
        <translation>Fjern %1 fra punktet?</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="467"/>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="499"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="479"/>
        <source>Request</source>
        <translation>Spørgsmål til kommunen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="479"/>
        <source>The question is now followed under Requests to the municipality until it is answered.</source>
        <translation>Spørgsmålet følges nu under Spørgsmål til kommunen, indtil det er besvaret.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="483"/>
        <source>Add agenda item</source>
        <translation>Tilføj dagsordenspunkt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="483"/>
        <source>Title of the new item:</source>
        <translation>Titel på det nye punkt:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="496"/>
        <source>Remove agenda item</source>
        <translation>Fjern dagsordenspunkt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/agenda_editor.py" line="497"/>
        <source>Remove “%1” from the agenda? You can undo this with Ctrl+Z.</source>
        <translation>Fjern “%1” fra dagsordenen? Du kan fortryde med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>AnnualReportDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/documents/annual_report_dialog.py" line="21"/>
        <source>Annual report</source>
        <translation>Årsberetning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/documents/annual_report_dialog.py" line="32"/>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/documents/annual_report_dialog.py" line="36"/>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/documents/annual_report_dialog.py" line="37"/>
        <source>The whole report, the chair&apos;s words first, in the preview to print or save as PDF</source>
        <translation>Hele beretningen, formandens ord først, i forhåndsvisningen, hvor den kan udskrives eller gemmes som PDF</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/documents/annual_report_dialog.py" line="40"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/documents/annual_report_dialog.py" line="52"/>
        <source>Write the chair&apos;s report here: what the year brought, thanks to the volunteers, what lies ahead. A blank line starts a new paragraph. It is saved as you type; Ctrl+Z undoes.</source>
        <translation>Skriv formandens beretning her: hvad året bragte, tak til de frivillige, hvad der venter. En tom linje begynder et nyt afsnit. Det gemmes, mens du skriver; Ctrl+Z fortryder.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/documents/annual_report_dialog.py" line="54"/>
        <source>The c&amp;hair&apos;s report</source>
        <translation>&amp;Formandens beretning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/documents/annual_report_dialog.py" line="60"/>
        <source>The &amp;facts of the year (made from the file; printed after the chair&apos;s words)</source>
        <translation>Årets fa&amp;kta (lavet ud fra filen; udskrives efter formandens ord)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/documents/annual_report_dialog.py" line="126"/>
        <source>Saved %1</source>
        <translation>Gemt %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/documents/annual_report_dialog.py" line="149"/>
        <source>Nothing to print</source>
        <translation>Intet at udskrive</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../lokalraad_app/app.py" line="67"/>
        <location filename="../lokalraad_app/app.py" line="285"/>
        <source>File already open</source>
        <translation>Filen er allerede åben</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="70"/>
        <location filename="../lokalraad_app/app.py" line="83"/>
        <location filename="../lokalraad_app/app.py" line="115"/>
        <location filename="../lokalraad_app/app.py" line="288"/>
        <source>Cannot open the council file</source>
        <translation>Lokalrådsfilen kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="116"/>
        <source>%1 does not exist.</source>
        <translation>%1 findes ikke.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="122"/>
        <location filename="../lokalraad_app/app.py" line="330"/>
        <source>File exists</source>
        <translation>Filen findes allerede</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="123"/>
        <location filename="../lokalraad_app/app.py" line="331"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 findes allerede; vælg et andet navn.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="161"/>
        <source>Making the demo council…</source>
        <translation>Laver demo-lokalrådet…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="174"/>
        <source>Demo not made</source>
        <translation>Demoen blev ikke lavet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="192"/>
        <source>Not restored</source>
        <translation>Ikke gendannet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="194"/>
        <source>Restored</source>
        <translation>Gendannet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="195"/>
        <source>The file now holds the backup&apos;s content. What it held before was saved as %1.</source>
        <translation>Filen indeholder nu sikkerhedskopiens indhold. Det, den indeholdt før, er gemt som %1.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="208"/>
        <source>No handover made</source>
        <translation>Ingen overdragelse lavet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="211"/>
        <source>Handover made</source>
        <translation>Overdragelsen er lavet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="212"/>
        <source>%1 holds the whole council: %2 people, %3 meetings, %4 attachments and %5 sealed documents, but no passwords. Give it to the next secretary (on a USB stick, say); she opens it with File ▸ Open a handover.</source>
        <translation>%1 rummer hele lokalrådet: %2 personer, %3 møder, %4 bilag og %5 forseglede dokumenter, men ingen adgangskoder. Giv den til den nye sekretær (f.eks. på en USB-nøgle); hun åbner den med Filer ▸ Åbn overdragelse.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="228"/>
        <source>Handover not opened</source>
        <translation>Overdragelsen blev ikke åbnet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="265"/>
        <source>Backup failed</source>
        <translation>Sikkerhedskopien mislykkedes</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="306"/>
        <source>%1 is a folder, not a council file. Open a council file, or start a new one.</source>
        <translation>%1 er en mappe, ikke en lokalrådsfil. Åbn en lokalrådsfil, eller start en ny.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="309"/>
        <source>The council file you used last, %1, is not there. If it is on a USB stick or a network drive, connect it and start Lokalråd again. Or open another council file, or start a new one.</source>
        <translation>Lokalrådsfilen, du brugte sidst, %1, er der ikke. Ligger den på en USB-nøgle eller et netværksdrev, så sæt den i og start Lokalråd igen. Eller åbn en anden lokalrådsfil, eller start en ny.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="315"/>
        <source>Council file not found</source>
        <translation>Lokalrådsfilen blev ikke fundet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="317"/>
        <source>Open another…</source>
        <translation>Åbn en anden…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="317"/>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="318"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="320"/>
        <source>Open council file</source>
        <translation>Åbn lokalrådsfil</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/app.py" line="324"/>
        <source>New council file</source>
        <translation>Ny lokalrådsfil</translation>
    </message>
</context>
<context>
    <name>ApprovalBar</name>
    <message>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="38"/>
        <source>Send for &amp;comments</source>
        <translation>Send til &amp;kommentering</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="39"/>
        <source>A&amp;pprove minutes…</source>
        <translation>&amp;Godkend referat…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="40"/>
        <source>Add a co&amp;rrection…</source>
        <translation>Tilføj en re&amp;ttelse…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="63"/>
        <source>Minutes: %1</source>
        <translation>Referat: %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="65"/>
        <source>(approved %1)</source>
        <translation>(godkendt %1)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="67"/>
        <source>at the meeting of %1</source>
        <translation>på mødet den %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="76"/>
        <source>Correction %1: %2</source>
        <translation>Rettelse %1: %2</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="85"/>
        <source>Approve the minutes of %1, %2…</source>
        <translation>Godkend referatet fra %1, %2…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="89"/>
        <source>The minutes are approved at this meeting, once it has begun.</source>
        <translation>Referatet godkendes på dette møde, når det er begyndt.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="99"/>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="126"/>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="134"/>
        <source>Approve minutes</source>
        <translation>Godkend referat</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="100"/>
        <source>Approve the minutes of %1 (%2) at this meeting? Approved minutes are a record: they cannot be changed afterwards, only corrected with a dated amendment.</source>
        <translation>Godkend referatet fra %1 (%2) på dette møde? Et godkendt referat er et dokument: det kan ikke ændres bagefter, kun rettes med en dateret rettelse.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="103"/>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="129"/>
        <source>Approve</source>
        <translation>Godkend</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="127"/>
        <source>Approve the minutes as they stand today? Approved minutes are a record: they cannot be changed afterwards, only corrected with a dated amendment.</source>
        <translation>Godkend referatet, som det står i dag? Et godkendt referat ligger fast: det kan ikke ændres bagefter, kun rettes med en dateret rettelse.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="132"/>
        <source>Not at a meeting (approved today)</source>
        <translation>Ikke på et møde (godkendt i dag)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="134"/>
        <source>Approved at which meeting?</source>
        <translation>Godkendt på hvilket møde?</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="149"/>
        <source>Correct approved minutes</source>
        <translation>Ret godkendt referat</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/approval_bar.py" line="149"/>
        <source>The correction:</source>
        <translation>Rettelsen:</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="43"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="43"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="43"/>
        <source>On the day</source>
        <translation>På dagen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="43"/>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="54"/>
        <source>Guest</source>
        <translation>Gæst</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="56"/>
        <source>Substitute for %1</source>
        <translation>Suppleant for %1</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="73"/>
        <source>Invite the &amp;board</source>
        <translation>Invitér &amp;bestyrelsen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="74"/>
        <source>Add a &amp;person…</source>
        <translation>Tilføj en &amp;person…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="75"/>
        <source>Add a &amp;guest…</source>
        <translation>Tilføj en &amp;gæst…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="76"/>
        <source>Re&amp;move…</source>
        <translation>Fjer&amp;n…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="77"/>
        <source>Stands in &amp;for…</source>
        <translation>Træder i &amp;stedet for…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="88"/>
        <source>Answer:</source>
        <translation>Svar:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="98"/>
        <source>On the day:</source>
        <translation>På dagen:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="131"/>
        <source>%1 of %2 board members present</source>
        <translation>%1 af %2 bestyrelsesmedlemmer er til stede</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="132"/>
        <source>the meeting is quorate</source>
        <translation>mødet er beslutningsdygtigt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="133"/>
        <source>the meeting is NOT quorate</source>
        <translation>mødet er IKKE beslutningsdygtigt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="143"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="172"/>
        <source>Add a person</source>
        <translation>Tilføj en person</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="172"/>
        <source>Who?</source>
        <translation>Hvem?</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="180"/>
        <source>Add a guest</source>
        <translation>Tilføj en gæst</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="181"/>
        <source>The guest&apos;s name, and e-mail if they are to be invited (e.g. Anne Hansen &lt;anne@kommune.dk&gt;):</source>
        <translation>Gæstens navn, og e-mail hvis gæsten skal inviteres (fx Anne Hansen &lt;anne@kommune.dk&gt;):</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="192"/>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="194"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="193"/>
        <source>Remove %1 from this meeting?</source>
        <translation>Fjern %1 fra dette møde?</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="202"/>
        <source>Substitute</source>
        <translation>Suppleant</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="203"/>
        <source>%1 stands in for:</source>
        <translation>%1 træder i stedet for:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/attendance_view.py" line="203"/>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_model.py" line="48"/>
        <source>Hearing deadline: %1</source>
        <translation>Høringsfrist: %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_model.py" line="50"/>
        <source>Due: %1</source>
        <translation>Frist: %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_model.py" line="53"/>
        <source>Cancelled: %1</source>
        <translation>Aflyst: %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_view.py" line="158"/>
        <source>+%1 more</source>
        <translation>+%1 mere</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="38"/>
        <source>Answers and calendars</source>
        <translation>Svar og kalendere</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="53"/>
        <source>Show a calendar beside the meetings</source>
        <translation>Vis en kalender ved siden af møderne</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="54"/>
        <source>%1 is a calendar, not an answer to an invitation. It can be shown, read-only, beside the meetings (a calendar of the same name is replaced). Its name:</source>
        <translation>%1 er en kalender, ikke et svar på en invitation. Den kan vises, skrivebeskyttet, ved siden af møderne (en kalender med samme navn bliver erstattet). Dens navn:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="61"/>
        <source>Write a name for the calendar; nothing was read in.</source>
        <translation>Skriv et navn til kalenderen; intet er læst ind.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="76"/>
        <source>%1 proposes a new time for %2: %3–%4. The meeting has not been moved; move it yourself if the time suits.</source>
        <translation>%1 foreslår et nyt tidspunkt for %2: %3–%4. Mødet er ikke flyttet; flyt det selv, hvis tidspunktet passer.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="82"/>
        <source>%1 answered %2 to %3.</source>
        <translation>%1 svarede %2 til %3.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="85"/>
        <source>an answer sent later has already been read</source>
        <translation>et svar, der er sendt senere, er allerede læst</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="86"/>
        <source>it answers an earlier version of the meeting</source>
        <translation>det svarer på en tidligere udgave af mødet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="87"/>
        <source>the minutes of the meeting are approved</source>
        <translation>mødets referat er godkendt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="88"/>
        <source>it has been read before</source>
        <translation>det er læst før</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="90"/>
        <source>%1&apos;s answer %2 to %3 is kept but not used: %4.</source>
        <translation>%1s svar %2 til %3 er gemt, men ikke brugt: %4.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="95"/>
        <source>%1 events of “%2” are shown beside the meetings (from %3 to %4).</source>
        <translation>%1 begivenheder fra “%2” vises ved siden af møderne (fra %3 til %4).</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="101"/>
        <source>%1 of %2 events skipped:</source>
        <translation>%1 af %2 begivenheder sprunget over:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="104"/>
        <source>and %1 more</source>
        <translation>og %1 mere</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="110"/>
        <source>%1 cannot be read</source>
        <translation>%1 kan ikke læses</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="111"/>
        <source>it has no start time</source>
        <translation>den har intet starttidspunkt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="112"/>
        <source>it is incomplete (%1)</source>
        <translation>den er ufuldstændig (%1)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="113"/>
        <source>unknown time zone %1</source>
        <translation>ukendt tidszone %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="114"/>
        <source>its start and end are not both dates or both times</source>
        <translation>dens start og slut er ikke begge datoer eller begge klokkeslæt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="115"/>
        <source>it ends before it starts</source>
        <translation>den slutter, før den begynder</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="116"/>
        <source>its repetition cannot be read (%1)</source>
        <translation>dens gentagelse kan ikke læses (%1)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/calendar_files.py" line="121"/>
        <source>%1 was not read; nothing was changed.</source>
        <translation>%1 blev ikke læst; intet er ændret.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_view.py" line="214"/>
        <source>Previous (PgUp)</source>
        <translation>Forrige (PgUp)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_view.py" line="217"/>
        <source>Next (PgDn)</source>
        <translation>Næste (PgDn)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_view.py" line="218"/>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_view.py" line="219"/>
        <source>Today (Home)</source>
        <translation>I dag (Home)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_view.py" line="228"/>
        <source>&amp;Month</source>
        <translation>&amp;Måned</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_view.py" line="229"/>
        <source>W&amp;eek</source>
        <translation>&amp;Uge</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_view.py" line="240"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_view.py" line="241"/>
        <source>Hearing deadlines</source>
        <translation>Høringsfrister</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_view.py" line="242"/>
        <source>Action items</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_view.py" line="243"/>
        <source>Public holidays</source>
        <translation>Helligdage</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_view.py" line="260"/>
        <source>Week number</source>
        <translation>Ugenummer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_view.py" line="315"/>
        <source>Week %1, %2</source>
        <translation>Uge %1, %2</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_view.py" line="392"/>
        <source>Open a meeting</source>
        <translation>Åbn et møde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_view.py" line="393"/>
        <source>Which meeting on %1?</source>
        <translation>Hvilket møde %1?</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/calendar_view.py" line="394"/>
        <source>Plan a new meeting</source>
        <translation>Planlæg et nyt møde</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="60"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="60"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="60"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="60"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="60"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
</context>
<context>
    <name>CitizenBudgetView</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="183"/>
        <source>&amp;New citizen budget…</source>
        <translation>&amp;Nyt borgerbudget…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="184"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="185"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="187"/>
        <source>New &amp;proposal…</source>
        <translation>Nyt &amp;forslag…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="188"/>
        <source>Ed&amp;it…</source>
        <translation>Re&amp;diger…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="190"/>
        <source>De&amp;lete…</source>
        <translation>S&amp;let…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="192"/>
        <source>+1 &amp;vote</source>
        <translation>+1 s&amp;temme</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="193"/>
        <source>−1 vote</source>
        <translation>−1 stemme</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="194"/>
        <source>&amp;Votes counted…</source>
        <translation>Stemmer t&amp;alt…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="195"/>
        <source>&amp;Record the result</source>
        <translation>Re&amp;gistrér resultatet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="196"/>
        <source>&amp;Clear the result</source>
        <translation>R&amp;yd resultatet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="197"/>
        <source>&amp;Make it an initiative…</source>
        <translation>Gør til &amp;initiativ…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="200"/>
        <source>Count one ballot or dot more (+) or less (−) for the selected proposal</source>
        <translation>Tæl en stemmeseddel eller prik mere (+) eller mindre (−) for det valgte forslag</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="251"/>
        <source>No citizen budget yet: make one with “New citizen budget”.</source>
        <translation>Intet borgerbudget endnu: opret et med “Nyt borgerbudget”.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="256"/>
        <source>%1: %2 to share</source>
        <translation>%1: %2 til fordeling</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="268"/>
        <source>No votes counted yet.</source>
        <translation>Ingen stemmer talt endnu.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="270"/>
        <source>Result recorded %1: %2.</source>
        <translation>Resultat registreret %1: %2.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="271"/>
        <source>By the votes counted so far: %2.</source>
        <translation>Efter de stemmer, der er talt indtil nu: %2.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="272"/>
        <source>%1 of %2 (%3 left).</source>
        <translation>%1 af %2 (%3 tilbage).</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="275"/>
        <source>Did not fit in what was left: %1.</source>
        <translation>Kunne ikke rummes i det, der var tilbage: %1.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="278"/>
        <source>A tie of votes was decided by the rule: the cheaper proposal first, then the one entered first.</source>
        <translation>Stemmelighed blev afgjort efter reglen: det billigste forslag først, derefter det først indtastede.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="321"/>
        <source>Delete citizen budget</source>
        <translation>Slet borgerbudget</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="322"/>
        <source>Delete “%1” with its proposals and votes (initiatives made from them stay in the plan)? You can undo this with Ctrl+Z.</source>
        <translation>Slet “%1” med forslag og stemmer (initiativer lavet af dem bliver i planen)? Du kan fortryde med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="323"/>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="349"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="347"/>
        <source>Delete proposal</source>
        <translation>Slet forslag</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="348"/>
        <source>Delete the proposal “%1” and its votes? You can undo this with Ctrl+Z.</source>
        <translation>Slet forslaget “%1” og dets stemmer? Du kan fortryde med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="366"/>
        <source>Votes counted</source>
        <translation>Stemmer talt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="367"/>
        <source>Votes (ballots or dots) for “%1”:</source>
        <translation>Stemmer (sedler eller prikker) for “%1”:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="373"/>
        <source>Not a number</source>
        <translation>Ikke et tal</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="374"/>
        <source>“%1” is not a number of votes; write a whole number such as 12.</source>
        <translation>“%1” er ikke et antal stemmer; skriv et helt tal, fx 12.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="384"/>
        <source>Record the result</source>
        <translation>Registrér resultatet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="386"/>
        <source>Record this as the result? The votes are then kept as counted.</source>
        <translation>Registrér dette som resultatet? Stemmerne står derefter fast, som de er talt.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="387"/>
        <source>Record</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="393"/>
        <source>Clear the result</source>
        <translation>Ryd resultatet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="394"/>
        <source>Clear the recorded result of “%1”, so votes can be counted again?</source>
        <translation>Ryd det registrerede resultat af “%1”, så stemmerne kan tælles igen?</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="395"/>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="404"/>
        <source>No focus area</source>
        <translation>Intet indsatsområde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="405"/>
        <source>The development plan has no focus area yet to put the initiative in.</source>
        <translation>Udviklingsplanen har endnu intet indsatsområde at sætte initiativet i.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="407"/>
        <source>Make it an initiative</source>
        <translation>Gør til initiativ</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="408"/>
        <source>In which focus area does “%1” belong?</source>
        <translation>Hvilket indsatsområde hører “%1” til?</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="104"/>
        <source>Compare versions of the plan</source>
        <translation>Sammenlign versioner af planen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="108"/>
        <source>Version %1, adopted %2</source>
        <translation>Version %1, vedtaget %2</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="110"/>
        <source>Draft of version %1</source>
        <translation>Kladde til version %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="160"/>
        <source>%1 added, %2 removed, %3 changed.</source>
        <translation>%1 tilføjet, %2 fjernet, %3 ændret.</translation>
    </message>
</context>
<context>
    <name>CounterProposals</name>
    <message>
        <location filename="../lokalraad_app/ui/counter_proposals_dialog.py" line="29"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/counter_proposals_dialog.py" line="29"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/counter_proposals_dialog.py" line="30"/>
        <source>Proposed by</source>
        <translation>Foreslået af</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/counter_proposals_dialog.py" line="30"/>
        <source>Proposed time</source>
        <translation>Foreslået tidspunkt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/counter_proposals_dialog.py" line="31"/>
        <source>Comment</source>
        <translation>Bemærkning</translation>
    </message>
</context>
<context>
    <name>CounterProposalsDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/counter_proposals_dialog.py" line="52"/>
        <source>Proposed new times</source>
        <translation>Foreslåede tidspunkter</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/counter_proposals_dialog.py" line="55"/>
        <source>Invitees have proposed these times. A meeting is never moved by a proposal: move it yourself on its page, then mark the proposal as dealt with.</source>
        <translation>De inviterede har foreslået disse tidspunkter. Et møde flyttes aldrig af et forslag: flyt det selv på mødets side, og markér så forslaget som behandlet.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/counter_proposals_dialog.py" line="59"/>
        <source>No proposals are waiting.</source>
        <translation>Ingen forslag venter.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/counter_proposals_dialog.py" line="60"/>
        <source>&amp;Dealt with</source>
        <translation>&amp;Behandlet</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../lokalraad_app/ui/date_field.py" line="46"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/date_field.py" line="47"/>
        <source>Write the date as 25.03.2025, or pick it from the calendar (Alt+Down).</source>
        <translation>Skriv datoen som 25.03.2025, eller vælg den i kalenderen (Alt+pil ned).</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/date_field.py" line="52"/>
        <source>Pick from the calendar</source>
        <translation>Vælg i kalenderen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/autosave.py" line="171"/>
        <location filename="../lokalraad_app/ui/date_field.py" line="121"/>
        <location filename="../lokalraad_app/ui/date_field.py" line="152"/>
        <source>“%1” is not a date. Write it as day.month.year, e.g. 25.03.2025.</source>
        <translation>“%1” er ikke en dato. Skriv den som dag.måned.år, fx 25.03.2025.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/date_field.py" line="151"/>
        <source>Not a date</source>
        <translation>Ikke en dato</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="63"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="63"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="63"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="63"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
</context>
<context>
    <name>DifferenceTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="107"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="107"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="107"/>
        <source>Here</source>
        <translation>Her</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="107"/>
        <source>There</source>
        <translation>Deres</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="107"/>
        <source>Choice</source>
        <translation>Valg</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="114"/>
        <source>(new there)</source>
        <translation>(ny hos dem)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="115"/>
        <source>(deleted here, changed there)</source>
        <translation>(slettet her, ændret dér)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="116"/>
        <source>(only here)</source>
        <translation>(kun her)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="116"/>
        <source>(deleted here)</source>
        <translation>(slettet her)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="120"/>
        <source>add</source>
        <translation>tilføjes</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="122"/>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="127"/>
        <source>keep ours</source>
        <translation>behold vores</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="122"/>
        <source>remove</source>
        <translation>fjernes</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="124"/>
        <source>choose…</source>
        <translation>vælg…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="126"/>
        <source>keep it deleted</source>
        <translation>forbliver slettet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="126"/>
        <source>add again</source>
        <translation>tilføjes igen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="127"/>
        <source>take theirs</source>
        <translation>tag deres</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="128"/>
        <source>%1 (changed on one side)</source>
        <translation>%1 (ændret på én side)</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../lokalraad_app/ui/documents/preview_dialog.py" line="108"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../lokalraad_app/ui/documents/preview_dialog.py" line="123"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/documents/preview_dialog.py" line="125"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/documents/preview_dialog.py" line="126"/>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/documents/preview_dialog.py" line="128"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/documents/preview_dialog.py" line="199"/>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/documents/preview_dialog.py" line="199"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/documents/preview_dialog.py" line="209"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/documents/preview_dialog.py" line="225"/>
        <source>Not printed</source>
        <translation>Ikke udskrevet</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="33"/>
        <source>Rural pool (landdistriktspulje)</source>
        <translation>Landdistriktspulje</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="34"/>
        <source>§ 18 (voluntary social work)</source>
        <translation>§ 18 (frivilligt socialt arbejde)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="35"/>
        <source>Foundation</source>
        <translation>Fond</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="36"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="40"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="41"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="42"/>
        <source>Granted</source>
        <translation>Bevilget</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="43"/>
        <source>Refused</source>
        <translation>Afslået</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="44"/>
        <source>Reported</source>
        <translation>Afrapporteret</translation>
    </message>
</context>
<context>
    <name>FundingCommands</name>
    <message>
        <location filename="../lokalraad_app/ui/funding/commands.py" line="15"/>
        <source>New application to %1</source>
        <translation>Ny ansøgning til %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/commands.py" line="21"/>
        <source>Delete the application to %1</source>
        <translation>Slet ansøgningen til %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/commands.py" line="28"/>
        <source>Change the application to %1</source>
        <translation>Ret ansøgningen til %1</translation>
    </message>
</context>
<context>
    <name>FundingTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="65"/>
        <source>Pool or foundation</source>
        <translation>Pulje eller fond</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="65"/>
        <source>Next deadline</source>
        <translation>Næste frist</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="65"/>
        <source>Applied for</source>
        <translation>Ansøgt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="66"/>
        <source>Granted</source>
        <translation>Bevilget</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="66"/>
        <source>For</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="90"/>
        <source>Too late: the application deadline was %1</source>
        <translation>For sent: ansøgningsfristen var %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="91"/>
        <source>Overdue: the report was due %1</source>
        <translation>Overskredet: afrapporteringen skulle være sendt %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="95"/>
        <source>Apply within %n day(s)</source>
        <translation>
            <numerusform>Ansøgningsfrist om %n dag</numerusform>
            <numerusform>Ansøgningsfrist om %n dage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="96"/>
        <source>Apply by %1</source>
        <translation>Ansøgningsfrist %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="97"/>
        <source>Report within %n day(s)</source>
        <translation>
            <numerusform>Afrapportering om %n dag</numerusform>
            <numerusform>Afrapportering om %n dage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="98"/>
        <source>Report by %1</source>
        <translation>Afrapportering senest %1</translation>
    </message>
</context>
<context>
    <name>FundingView</name>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="111"/>
        <source>Funding</source>
        <translation>Puljer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="114"/>
        <source>Under way (draft, sent, granted)</source>
        <translation>I gang (kladde, sendt, bevilget)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="115"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="118"/>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="123"/>
        <source>&amp;New application…</source>
        <translation>&amp;Ny ansøgning…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="125"/>
        <source>A new application to a pool or a foundation (Ctrl+Shift+N)</source>
        <translation>En ny ansøgning til en pulje eller en fond (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="126"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="153"/>
        <source>not decided</source>
        <translation>ikke afgjort</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="163"/>
        <source>When the spending of a grant must be accounted for</source>
        <translation>Hvornår der skal gøres rede for, hvordan bevillingen er brugt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="167"/>
        <source>&amp;Pool or foundation:</source>
        <translation>&amp;Pulje eller fond:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="168"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="169"/>
        <source>&amp;What for:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="170"/>
        <source>&amp;Initiative:</source>
        <translation>&amp;Initiativ:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="171"/>
        <source>&amp;Applied for:</source>
        <translation>&amp;Ansøgt beløb:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="172"/>
        <source>Application dead&amp;line:</source>
        <translation>Ans&amp;øgningsfrist:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="173"/>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="175"/>
        <source>&amp;Granted:</source>
        <translation>&amp;Bevilget:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="176"/>
        <source>Decided &amp;on:</source>
        <translation>&amp;Dato for svar:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="177"/>
        <source>&amp;Report by:</source>
        <translation>Af&amp;rapporteres senest:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="178"/>
        <source>Not&amp;es:</source>
        <translation>N&amp;oter:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="180"/>
        <source>Application</source>
        <translation>Ansøgning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="231"/>
        <source>(none)</source>
        <translation>(intet)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="282"/>
        <source>Write the name of the pool or foundation.</source>
        <translation>Skriv navnet på puljen eller fonden.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="308"/>
        <source>New application</source>
        <translation>Ny ansøgning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="308"/>
        <source>The pool or foundation applied to:</source>
        <translation>Puljen eller fonden, der søges:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="320"/>
        <source>Delete application</source>
        <translation>Slet ansøgning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="321"/>
        <source>Delete the application to “%1”? You can undo this with Ctrl+Z.</source>
        <translation>Slette ansøgningen til “%1”? Du kan fortryde med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/funding/funding_view.py" line="322"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="114"/>
        <source>Working group</source>
        <translation>Arbejdsgruppe</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="114"/>
        <source>Edit working group</source>
        <translation>Rediger arbejdsgruppe</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="119"/>
        <source>The group is at &amp;work</source>
        <translation>Gruppen er i &amp;gang</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="121"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="122"/>
        <source>&amp;Mandate:</source>
        <translation>&amp;Kommissorium:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="131"/>
        <source>Give the working group a name.</source>
        <translation>Giv arbejdsgruppen et navn.</translation>
    </message>
</context>
<context>
    <name>GroupInitiativeTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="90"/>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>GroupMemberDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="138"/>
        <source>Citizen in the working group</source>
        <translation>Borger i arbejdsgruppen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="139"/>
        <source>Person from the register in the working group</source>
        <translation>Person fra registret i arbejdsgruppen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="147"/>
        <source>e.g. coordinator</source>
        <translation>fx tovholder</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="149"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="150"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="152"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="153"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="167"/>
        <source>Write the citizen&apos;s name.</source>
        <translation>Skriv borgerens navn.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="169"/>
        <source>The register has no one to choose; add the person there first.</source>
        <translation>Der er ingen i registret at vælge; tilføj personen der først.</translation>
    </message>
</context>
<context>
    <name>GroupMemberTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="79"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="79"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="79"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="79"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="82"/>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="82"/>
        <source>The register</source>
        <translation>Registret</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="65"/>
        <source>Working group</source>
        <translation>Arbejdsgruppe</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="65"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="65"/>
        <source>Initiatives</source>
        <translation>Initiativer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="65"/>
        <source>Mandate</source>
        <translation>Kommissorium</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="68"/>
        <source>%1 (closed)</source>
        <translation>%1 (afsluttet)</translation>
    </message>
</context>
<context>
    <name>HandoverChecklistDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/handover_dialog.py" line="17"/>
        <source>Handover opened</source>
        <translation>Overdragelsen er åbnet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/handover_dialog.py" line="20"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is now yours: %2 people and %3 meetings, handed over on %4 by %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; er nu dit: %2 personer og %3 møder, overdraget %4 af %5.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/handover_dialog.py" line="21"/>
        <source>The council</source>
        <translation>Lokalrådet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/handover_dialog.py" line="25"/>
        <source>the previous secretary</source>
        <translation>den tidligere sekretær</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/handover_dialog.py" line="28"/>
        <source>Passwords never travel with a handover. Set these up again:</source>
        <translation>Adgangskoder følger aldrig med en overdragelse. Sæt disse op igen:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/handover_dialog.py" line="30"/>
        <source>Your name and e-mail as the council&apos;s secretary: invitations are sent in your name.</source>
        <translation>Dit navn og din e-mail som lokalrådets sekretær: invitationer sendes i dit navn.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/handover_dialog.py" line="31"/>
        <source>The mail account and its password (kept in this computer&apos;s keyring, never in the file).</source>
        <translation>Mailkontoen og dens adgangskode (gemmes i denne computers nøglering, aldrig i filen).</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/handover_dialog.py" line="32"/>
        <source>The municipality&apos;s profile: its addresses and servers, from the municipality.</source>
        <translation>Kommunens profil: dens adresser og servere, som kommunen udleverer.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/handover_dialog.py" line="44"/>
        <source>Open &amp;Settings…</source>
        <translation>Åbn &amp;indstillinger…</translation>
    </message>
</context>
<context>
    <name>HearingCommands</name>
    <message>
        <location filename="../lokalraad_app/ui/hearings/commands.py" line="18"/>
        <source>New hearing %1</source>
        <translation>Ny høring %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/commands.py" line="24"/>
        <source>Delete %1</source>
        <translation>Slet %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/commands.py" line="31"/>
        <source>Change %1</source>
        <translation>Ret %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/commands.py" line="42"/>
        <source>Link the board&apos;s decision</source>
        <translation>Knyt bestyrelsens beslutning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/commands.py" line="43"/>
        <source>Unlink the board&apos;s decision</source>
        <translation>Fjern koblingen til bestyrelsens beslutning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/commands.py" line="61"/>
        <source>Mark %1 answered</source>
        <translation>Markér %1 som besvaret</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/commands.py" line="62"/>
        <source>Mark %1 not answered</source>
        <translation>Markér %1 som ikke besvaret</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/commands.py" line="63"/>
        <source>Reopen %1</source>
        <translation>Genåbn %1</translation>
    </message>
</context>
<context>
    <name>HearingTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="60"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="60"/>
        <source>Hearing</source>
        <translation>Høring</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="60"/>
        <source>Case no.</source>
        <translation>Sagsnr.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="60"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="77"/>
        <source>Answered %1</source>
        <translation>Besvaret %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="79"/>
        <source>Not answered</source>
        <translation>Ikke besvaret</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="82"/>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="91"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="85"/>
        <source>Too late: the committee decided %1</source>
        <translation>For sent: udvalget besluttede %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="86"/>
        <source>Too late: the deadline was %1</source>
        <translation>For sent: fristen var %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="89"/>
        <source>Due today</source>
        <translation>Frist i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="92"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Frist om %n dag</numerusform>
            <numerusform>Frist om %n dage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="98"/>
        <source>The committee decides %1</source>
        <translation>Udvalget beslutter %1</translation>
    </message>
</context>
<context>
    <name>HearingsView</name>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="115"/>
        <source>Hearings</source>
        <translation>Høringer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="120"/>
        <source>&amp;New hearing…</source>
        <translation>&amp;Ny høring…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="122"/>
        <source>A new hearing from the municipality (Ctrl+Shift+N)</source>
        <translation>En ny høring fra kommunen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="123"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="124"/>
        <source>&amp;Print response…</source>
        <translation>&amp;Udskriv høringssvar…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="126"/>
        <source>The response as the municipality will get it (Ctrl+P)</source>
        <translation>Høringssvaret, som kommunen får det (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="127"/>
        <source>Send to the &amp;municipality…</source>
        <translation>Send til &amp;kommunen…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="128"/>
        <source>The response by mail and/or upload, as the municipality profile says</source>
        <translation>Høringssvaret med mail og/eller upload, som kommunens profil siger</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="143"/>
        <source>e.g. Lejre Kommune, Plan og Udvikling</source>
        <translation>fx Lejre Kommune, Plan og Udvikling</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="146"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="149"/>
        <source>When the committee decides: an answer after that is too late.</source>
        <translation>Hvornår udvalget beslutter: et svar derefter er for sent.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="155"/>
        <source>The council&apos;s response to the municipality…</source>
        <translation>Lokalrådets høringssvar til kommunen…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="159"/>
        <source>Lin&amp;k a board decision…</source>
        <translation>&amp;Knyt bestyrelsens beslutning…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="160"/>
        <source>Unl&amp;ink</source>
        <translation>F&amp;jern kobling</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="161"/>
        <source>Mark as &amp;sent</source>
        <translation>Markér som s&amp;endt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="162"/>
        <source>The response has gone to the municipality</source>
        <translation>Høringssvaret er sendt til kommunen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="163"/>
        <source>We do not ans&amp;wer</source>
        <translation>Vi svarer &amp;ikke</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="164"/>
        <source>Re&amp;open</source>
        <translation>&amp;Genåbn</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="171"/>
        <source>Co&amp;mmittee decides:</source>
        <translation>Ud&amp;valget beslutter:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="185"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="186"/>
        <source>&amp;Case no.:</source>
        <translation>S&amp;agsnr.:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="187"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="188"/>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="189"/>
        <source>De&amp;adline:</source>
        <translation>&amp;Høringsfrist:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="191"/>
        <source>A&amp;bout:</source>
        <translation>&amp;Om høringen:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="192"/>
        <source>R&amp;esponse:</source>
        <translation>Høringssva&amp;r:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="193"/>
        <source>Board decision:</source>
        <translation>Bestyrelsens beslutning:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="201"/>
        <source>Hearing</source>
        <translation>Høring</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="275"/>
        <source>None linked. Link the decision the response rests on.</source>
        <translation>Ingen knyttet til. Knyt den beslutning, svaret bygger på.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="277"/>
        <source>%1, %2: %3 — “%4”</source>
        <translation>%1, %2: %3 — “%4”</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="302"/>
        <source>Write the hearing&apos;s title.</source>
        <translation>Skriv høringens titel.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="306"/>
        <source>The link must be a web address starting with https://.</source>
        <translation>Linket skal være en webadresse, der begynder med https://.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="339"/>
        <source>New hearing</source>
        <translation>Ny høring</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="339"/>
        <source>Title of the hearing:</source>
        <translation>Høringens titel:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="351"/>
        <source>Delete hearing</source>
        <translation>Slet høring</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="352"/>
        <source>Delete “%1” with its response? You can undo this with Ctrl+Z.</source>
        <translation>Slette “%1” med høringssvaret? Du kan fortryde med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="353"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="367"/>
        <source>No decisions</source>
        <translation>Ingen beslutninger</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="367"/>
        <source>No minutes in the file record a decision yet. Write the board&apos;s decision in the minutes first.</source>
        <translation>Ingen referater i filen har en beslutning endnu. Skriv først bestyrelsens beslutning i referatet.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="372"/>
        <source>Link a board decision</source>
        <translation>Knyt bestyrelsens beslutning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="373"/>
        <source>The decision the response rests on:</source>
        <translation>Den beslutning, høringssvaret bygger på:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/hearings/hearings_view.py" line="394"/>
        <source>Cannot print</source>
        <translation>Kan ikke udskrives</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/help_dialog.py" line="29"/>
        <source>User guide</source>
        <translation>Brugervejledning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/help_dialog.py" line="43"/>
        <source>Search the guide (Enter: next match)</source>
        <translation>Søg i vejledningen (Enter: næste fund)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/help_dialog.py" line="46"/>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/help_dialog.py" line="87"/>
        <source>Not found</source>
        <translation>Ikke fundet</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="80"/>
        <source>Citizen idea</source>
        <translation>Borgeridé</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="80"/>
        <source>Edit citizen idea</source>
        <translation>Rediger borgeridé</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="91"/>
        <source>(not linked)</source>
        <translation>(ikke knyttet)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="96"/>
        <source>&amp;Idea:</source>
        <translation>&amp;Idé:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="97"/>
        <source>&amp;From (name):</source>
        <translation>&amp;Fra (navn):</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="98"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="99"/>
        <source>&amp;Received:</source>
        <translation>&amp;Modtaget:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="100"/>
        <source>Citizens&apos; &amp;meeting:</source>
        <translation>B&amp;orgermøde:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="101"/>
        <source>&amp;Linked to:</source>
        <translation>&amp;Knyttet til:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="102"/>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="119"/>
        <source>Write the idea.</source>
        <translation>Skriv idéen.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="121"/>
        <source>Give the date the idea came in.</source>
        <translation>Angiv datoen, idéen kom ind.</translation>
    </message>
</context>
<context>
    <name>IdeaTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="63"/>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="63"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="63"/>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="63"/>
        <source>Citizens&apos; meeting</source>
        <translation>Borgermøde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="64"/>
        <source>Linked to</source>
        <translation>Knyttet til</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="64"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Ideas</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="44"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="45"/>
        <source>Taken up</source>
        <translation>Taget op</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="46"/>
        <source>Declined</source>
        <translation>Afvist</translation>
    </message>
</context>
<context>
    <name>IdeasView</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="141"/>
        <source>All ideas</source>
        <translation>Alle idéer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="144"/>
        <source>&amp;New idea…</source>
        <translation>&amp;Ny idé…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="145"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="146"/>
        <source>&amp;Take up</source>
        <translation>&amp;Tag op</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="147"/>
        <source>De&amp;cline</source>
        <translation>&amp;Afvis</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="148"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="150"/>
        <source>&amp;Show:</source>
        <translation>V&amp;is:</translation>
    </message>
    <message numerus="yes">
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="171"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n idéer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="210"/>
        <source>Delete idea</source>
        <translation>Slet idé</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="211"/>
        <source>Delete the idea “%1”? You can undo this with Ctrl+Z.</source>
        <translation>Slet idéen “%1”? Du kan fortryde med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/ideas_view.py" line="212"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="98"/>
        <source>Import members from %1</source>
        <translation>Importér medlemmer fra %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="105"/>
        <source>Columns in the file</source>
        <translation>Kolonner i filen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="114"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="127"/>
        <source>Problems to fix before importing:</source>
        <translation>Det skal rettes, før der kan importeres:</translation>
    </message>
    <message numerus="yes">
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="147"/>
        <source>%n person(s) in the file.</source>
        <translation>
            <numerusform>%n person i filen.</numerusform>
            <numerusform>%n personer i filen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="28"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="29"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="30"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="31"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="32"/>
        <source>Postcode</source>
        <translation>Postnr.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="33"/>
        <source>Town</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="34"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="35"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="36"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="37"/>
        <source>Term from</source>
        <translation>Valgt fra</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="38"/>
        <source>Term to</source>
        <translation>Valgt til</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="39"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="40"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message numerus="yes">
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="149"/>
        <source>%n of them are already in the register or twice in the file.</source>
        <translation>
            <numerusform>%n af dem er allerede i medlemslisten eller står to gange i filen.</numerusform>
            <numerusform>%n af dem er allerede i medlemslisten eller står to gange i filen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="157"/>
        <source>(not imported)</source>
        <translation>(importeres ikke)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="162"/>
        <source>(no header)</source>
        <translation>(ingen overskrift)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="193"/>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="222"/>
        <source>Import members</source>
        <translation>Importér medlemmer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="194"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt)</source>
        <translation>Regneark (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="201"/>
        <source>Cannot read the file</source>
        <translation>Filen kan ikke læses</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="212"/>
        <source>Already in the register</source>
        <translation>Allerede i medlemslisten</translation>
    </message>
    <message numerus="yes">
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="175"/>
        <source>%n person(s) in the file are already in the register or appear twice in the file (the same name and e-mail, phone or address):</source>
        <translation>
            <numerusform>%n person i filen er allerede i medlemslisten eller står to gange i filen (samme navn og e-mail, telefon eller adresse):</numerusform>
            <numerusform>%n personer i filen er allerede i medlemslisten eller står to gange i filen (samme navn og e-mail, telefon eller adresse):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="214"/>
        <source>&amp;Update the existing people</source>
        <translation>&amp;Opdatér dem, der allerede er der</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="215"/>
        <source>&amp;Add them as new people</source>
        <translation>&amp;Tilføj dem som nye personer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="220"/>
        <source>Importing %1…</source>
        <translation>Importerer %1…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="221"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="237"/>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="242"/>
        <source>Nothing imported</source>
        <translation>Intet importeret</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="238"/>
        <source>The import was cancelled; the register is as it was.</source>
        <translation>Importen blev afbrudt; medlemslisten er, som den var.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="247"/>
        <source>Imported</source>
        <translation>Importeret</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="248"/>
        <source>%1 added, %2 merged.</source>
        <translation>%1 tilføjet, %2 flettet.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="48"/>
        <source>%1, row %2, column &quot;%3&quot;</source>
        <translation>%1, række %2, kolonne &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="51"/>
        <source>%1, row %2</source>
        <translation>%1, række %2</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="53"/>
        <source>same name and e-mail</source>
        <translation>samme navn og e-mail</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="53"/>
        <source>same name and phone</source>
        <translation>samme navn og telefon</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="54"/>
        <source>same name and address</source>
        <translation>samme navn og adresse</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="54"/>
        <source>same name, nothing else given</source>
        <translation>samme navn, intet andet oplyst</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="58"/>
        <source>the name is missing.</source>
        <translation>navnet mangler.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="59"/>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>&quot;%1&quot; er ikke en gyldig e-mailadresse.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="60"/>
        <source>&quot;%1&quot; is not a role; use formand, næstformand, kasserer, sekretær, medlem or suppleant.</source>
        <translation>&quot;%1&quot; er ikke en post; skriv formand, næstformand, kasserer, sekretær, medlem eller suppleant.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="62"/>
        <source>&quot;%1&quot; is not a type; use medlem, kontaktperson, politiker, medarbejder or anden.</source>
        <translation>&quot;%1&quot; er ikke en type; skriv medlem, kontaktperson, politiker, medarbejder eller anden.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="64"/>
        <source>&quot;%1&quot; is not a date; write it as 3.3.2026, 2026-03-03 or 2026.</source>
        <translation>&quot;%1&quot; er ikke en dato; skriv den som 3.3.2026, 2026-03-03 eller 2026.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="65"/>
        <source>&quot;%1&quot; is a role on the board, which only a member (type &quot;medlem&quot;) has; leave it empty for a %2.</source>
        <translation>&quot;%1&quot; er en post i bestyrelsen, som kun et medlem (type &quot;medlem&quot;) kan have; lad feltet være tomt for typen %2.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="68"/>
        <source>&quot;%1&quot; has no start date; fill in &quot;%2&quot; (e.g. 1.3.2026, 2026-03-01 or 2026).</source>
        <translation>&quot;%1&quot; har ingen startdato; udfyld &quot;%2&quot; (fx 1.3.2026, 2026-03-01 eller 2026).</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="70"/>
        <source>&quot;%1&quot; has no start date; add a column &quot;Valgt fra&quot; with the date the term began (e.g. 1.3.2026 or 2026).</source>
        <translation>&quot;%1&quot; har ingen startdato; tilføj en kolonne &quot;Valgt fra&quot; med den dato, valgperioden begyndte (fx 1.3.2026 eller 2026).</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="72"/>
        <source>the term ends (%1) but has no start date; fill in &quot;%2&quot;.</source>
        <translation>valgperioden slutter (%1), men har ingen startdato; udfyld &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="74"/>
        <source>the term ends (%1) before it starts (%2).</source>
        <translation>valgperioden slutter (%1), før den begynder (%2).</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="76"/>
        <source>the row has %1 value(s) right of the last header (&quot;%2&quot;); is there a comma or semicolon inside a value without quotes?</source>
        <translation>rækken har %1 værdi(er) til højre for den sidste overskrift (&quot;%2&quot;); står der et komma eller semikolon i en værdi uden anførselstegn?</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="79"/>
        <source>no column is read as the name (the columns are %1); call one &quot;Navn&quot;, or choose Name for it above.</source>
        <translation>ingen kolonne læses som navn (kolonnerne er %1); kald en af dem &quot;Navn&quot;, eller vælg Navn for den ovenfor.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="82"/>
        <source>&quot;%1&quot; is already in the register (%2).</source>
        <translation>&quot;%1&quot; er allerede i medlemslisten (%2).</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/import_dialog.py" line="84"/>
        <source>&quot;%1&quot; is the same person as row %2 (%3).</source>
        <translation>&quot;%1&quot; er den samme person som i række %2 (%3).</translation>
    </message>
</context>
<context>
    <name>InvitationButtons</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="32"/>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="53"/>
        <source>Send &amp;invitation…</source>
        <translation>Send &amp;invitation…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="33"/>
        <source>Cance&amp;l meeting…</source>
        <translation>A&amp;flys mødet…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="53"/>
        <source>Send &amp;change…</source>
        <translation>Send æ&amp;ndring…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="55"/>
        <source>Everyone invited has the latest version.</source>
        <translation>Alle inviterede har den nyeste udgave.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="60"/>
        <source>invitation</source>
        <translation>invitation</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="60"/>
        <source>cancellation</source>
        <translation>aflysning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="60"/>
        <source>change</source>
        <translation>ændring</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="65"/>
        <source>No e-mail address, gets nothing: %1</source>
        <translation>Ingen e-mailadresse, får intet: %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="74"/>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="92"/>
        <source>Cannot send</source>
        <translation>Kan ikke sendes</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="77"/>
        <source>These messages go to the outbox:</source>
        <translation>Disse beskeder lægges i udbakken:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="80"/>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="83"/>
        <source>Put in the outbox</source>
        <translation>Læg i udbakken</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="84"/>
        <source>Put in the outbox, with the &amp;agenda as PDF</source>
        <translation>Læg i udbakken med &amp;dagsordenen som PDF</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="102"/>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="113"/>
        <source>Cannot cancel</source>
        <translation>Kan ikke aflyses</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="105"/>
        <source>No one: no invitation has been sent yet.</source>
        <translation>Ingen: der er endnu ikke sendt nogen invitation.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="106"/>
        <source>Cancel meeting</source>
        <translation>Aflys mødet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="107"/>
        <source>Cancel %1? A cancellation goes to:</source>
        <translation>Aflys %1? En aflysning sendes til:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/invitation_buttons.py" line="108"/>
        <source>Cancel the meeting</source>
        <translation>Aflys mødet</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="25"/>
        <source>Chair</source>
        <translation>Formand</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="26"/>
        <source>Vice chair</source>
        <translation>Næstformand</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="27"/>
        <source>Treasurer</source>
        <translation>Kasserer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="28"/>
        <source>Secretary</source>
        <translation>Sekretær</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="29"/>
        <location filename="../lokalraad_app/ui/labels.py" line="37"/>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="30"/>
        <source>Substitute</source>
        <translation>Suppleant</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="38"/>
        <source>Municipal liaison</source>
        <translation>Kommunal kontaktperson</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="39"/>
        <source>Politician</source>
        <translation>Politiker</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="40"/>
        <source>Municipal staff</source>
        <translation>Kommunal medarbejder</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="41"/>
        <source>Other contact</source>
        <translation>Anden kontakt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="48"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="49"/>
        <source>Current board</source>
        <translation>Nuværende bestyrelse</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="50"/>
        <source>Substitutes</source>
        <translation>Suppleanter</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="51"/>
        <source>Former members</source>
        <translation>Tidligere medlemmer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="52"/>
        <source>Outside contacts</source>
        <translation>Eksterne kontakter</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="58"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="59"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="60"/>
        <source>Agenda item</source>
        <translation>Dagsordenspunkt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="61"/>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="62"/>
        <source>Hearing</source>
        <translation>Høring</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="77"/>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="83"/>
        <source>Board meeting</source>
        <translation>Bestyrelsesmøde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="84"/>
        <source>Dialogue meeting</source>
        <translation>Dialogmøde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="85"/>
        <source>Citizens&apos; meeting</source>
        <translation>Borgermøde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="86"/>
        <source>Annual general meeting</source>
        <translation>Årsmøde/generalforsamling</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="92"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="93"/>
        <source>Invited</source>
        <translation>Indkaldt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="94"/>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="95"/>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="96"/>
        <source>Minutes approved</source>
        <translation>Referat godkendt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="102"/>
        <source>Information</source>
        <translation>Orientering</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="103"/>
        <source>Discussion</source>
        <translation>Drøftelse</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="104"/>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="110"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="111"/>
        <source>Sent for comments</source>
        <translation>Sendt til kommentering</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="112"/>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="118"/>
        <source>Awaiting</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="119"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="120"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="121"/>
        <source>Maybe</source>
        <translation>Måske</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="128"/>
        <source>Present</source>
        <translation>Fremmødt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="129"/>
        <source>Excused</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="130"/>
        <source>Absent</source>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="136"/>
        <source>Waiting</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="137"/>
        <source>Sending</source>
        <translation>Sendes</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="138"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="139"/>
        <source>Failed</source>
        <translation>Fejlet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="140"/>
        <source>Needs attention</source>
        <translation>Kræver handling</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="141"/>
        <source>Replaced by a newer version</source>
        <translation>Erstattet af en nyere udgave</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/labels.py" line="142"/>
        <source>Cancelled, not sent</source>
        <translation>Annulleret, ikke sendt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="83"/>
        <source>Lokalråd</source>
        <translation>Lokalråd</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="94"/>
        <location filename="../lokalraad_app/ui/main_window.py" line="321"/>
        <source>Opening the council file…</source>
        <translation>Åbner lokalrådsfilen…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="97"/>
        <location filename="../lokalraad_app/ui/main_window.py" line="106"/>
        <location filename="../lokalraad_app/ui/main_window.py" line="324"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="98"/>
        <location filename="../lokalraad_app/ui/main_window.py" line="107"/>
        <location filename="../lokalraad_app/ui/main_window.py" line="323"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="99"/>
        <location filename="../lokalraad_app/ui/main_window.py" line="108"/>
        <location filename="../lokalraad_app/ui/main_window.py" line="327"/>
        <source>Development plan</source>
        <translation>Udviklingsplan</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="100"/>
        <location filename="../lokalraad_app/ui/main_window.py" line="109"/>
        <location filename="../lokalraad_app/ui/main_window.py" line="325"/>
        <source>Hearings</source>
        <translation>Høringer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="101"/>
        <location filename="../lokalraad_app/ui/main_window.py" line="110"/>
        <location filename="../lokalraad_app/ui/main_window.py" line="326"/>
        <source>Funding</source>
        <translation>Puljer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="102"/>
        <location filename="../lokalraad_app/ui/main_window.py" line="111"/>
        <location filename="../lokalraad_app/ui/main_window.py" line="322"/>
        <source>Outbox</source>
        <translation>Udbakke</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="105"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="127"/>
        <source>Search everything (Ctrl+F)</source>
        <translation>Søg i alt (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="131"/>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="152"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="153"/>
        <source>&amp;New council file…</source>
        <translation>&amp;Ny lokalrådsfil…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="154"/>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="155"/>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="156"/>
        <source>Open the d&amp;emo council</source>
        <translation>Åbn &amp;demo-lokalrådet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="157"/>
        <source>&amp;Welcome: name the council…</source>
        <translation>&amp;Velkomst: giv lokalrådet et navn…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="159"/>
        <source>&amp;Back up now</source>
        <translation>Sikkerheds&amp;kopiér nu</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="160"/>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="162"/>
        <source>&amp;Hand over to a new secretary…</source>
        <translation>&amp;Overdrag til ny sekretær…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="163"/>
        <source>Open a hando&amp;ver…</source>
        <translation>Åbn overdrage&amp;lse…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="165"/>
        <source>Annual report: the chair&apos;s &amp;text…</source>
        <translation>Årsberetning: formandens &amp;tekst…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="167"/>
        <source>Print &amp;member list…</source>
        <translation>Udskriv &amp;medlemsliste…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="169"/>
        <source>Print &amp;annual report…</source>
        <translation>Udskriv &amp;årsberetning…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="171"/>
        <source>Print &amp;development plan…</source>
        <translation>Udskriv &amp;udviklingsplan…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="173"/>
        <source>&amp;Check approved minutes (PDF)…</source>
        <translation>Kontrollér godkendt &amp;referat (PDF)…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="174"/>
        <source>Send the development plan to the m&amp;unicipality…</source>
        <translation>Send udviklingsplanen til k&amp;ommunen…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="176"/>
        <source>Send the e&amp;xport to the municipality…</source>
        <translation>Send e&amp;ksporten til kommunen…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="178"/>
        <source>Read answers or a ca&amp;lendar (.ics, .eml)…</source>
        <translation>&amp;Læs svar eller en kalender (.ics, .eml)…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="180"/>
        <source>Proposed new &amp;times…</source>
        <translation>&amp;Foreslåede tidspunkter…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="183"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="185"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="188"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="189"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="190"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="194"/>
        <source>&amp;Find…</source>
        <translation>&amp;Søg…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="196"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="200"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="201"/>
        <source>&amp;User guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="203"/>
        <source>&amp;About Lokalråd</source>
        <translation>&amp;Om Lokalråd</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="204"/>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="246"/>
        <source>Undo and redo</source>
        <translation>Fortryd og gentag</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="280"/>
        <source>Citizens&apos; &amp;ideas</source>
        <translation>Borger&amp;idéer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="282"/>
        <source>&amp;Working groups</source>
        <translation>&amp;Arbejdsgrupper</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="284"/>
        <source>Citizen &amp;budget</source>
        <translation>Borger&amp;budget</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="302"/>
        <source>%1 — Lokalråd</source>
        <translation>%1 — Lokalråd</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="345"/>
        <source>Annual report</source>
        <translation>Årsberetning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="345"/>
        <source>The report for the year:</source>
        <translation>Beretningen for året:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="359"/>
        <source>Nothing to print</source>
        <translation>Intet at udskrive</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="359"/>
        <source>This council file has no development plan yet.</source>
        <translation>Denne lokalrådsfil har endnu ingen udviklingsplan.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="366"/>
        <source>Save as &amp;text to edit…</source>
        <translation>Gem som &amp;tekst til redigering…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="392"/>
        <source>Save as text</source>
        <translation>Gem som tekst</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="392"/>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="398"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="406"/>
        <source>Check approved minutes</source>
        <translation>Kontrollér godkendt referat</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="406"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="412"/>
        <source>Not read</source>
        <translation>Ikke læst</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="416"/>
        <source>%1 is the approved minutes of %2 %3, unchanged since they were sealed.</source>
        <translation>%1 er det godkendte referat af %2 %3, uændret siden det blev forseglet.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="419"/>
        <source>A later correction has since been sealed for the same meeting.</source>
        <translation>Siden er en senere rettelse til samme møde blevet forseglet.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="420"/>
        <source>Minutes verified</source>
        <translation>Referatet er ægte</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="423"/>
        <source>%1 claims to be approved minutes, but it is not the file that was sealed: it has been changed.</source>
        <translation>%1 udgiver sig for at være et godkendt referat, men det er ikke den fil, der blev forseglet: den er blevet ændret.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="426"/>
        <source>%1 claims to be approved minutes, but this council file holds no such seal. It may come from another copy of the file, or from before a backup was restored.</source>
        <translation>%1 udgiver sig for at være et godkendt referat, men denne lokalrådsfil har ikke den forsegling. Det kan stamme fra en anden kopi af filen eller fra før en sikkerhedskopi blev gendannet.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="429"/>
        <source>%1 is not approved minutes sealed in this council file.</source>
        <translation>%1 er ikke et godkendt referat, der er forseglet i denne lokalrådsfil.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="431"/>
        <source>Not verified</source>
        <translation>Ikke bekræftet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="438"/>
        <source>Read answers or a calendar</source>
        <translation>Læs svar eller en kalender</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="439"/>
        <source>Calendars and saved mails (%1)</source>
        <translation>Kalendere og gemte mails (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../lokalraad_app/ui/main_window.py" line="537"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n træf</numerusform>
            <numerusform>%n træf</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="564"/>
        <source>This area cannot show the record yet.</source>
        <translation>Denne del kan ikke vise posten endnu.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="569"/>
        <source>New council file</source>
        <translation>Ny lokalrådsfil</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="576"/>
        <source>Open council file</source>
        <translation>Åbn lokalrådsfil</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="586"/>
        <source>Backup failed</source>
        <translation>Sikkerhedskopien mislykkedes</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="588"/>
        <source>Backup saved: %1</source>
        <translation>Sikkerhedskopi gemt: %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="595"/>
        <source>Other file…</source>
        <translation>Anden fil…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="596"/>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="597"/>
        <source>Which backup should replace the current content? The current content is backed up first.</source>
        <translation>Hvilken sikkerhedskopi skal erstatte det nuværende indhold? Det nuværende indhold sikkerhedskopieres først.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="604"/>
        <source>Choose backup</source>
        <translation>Vælg sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="612"/>
        <source>Hand over to a new secretary</source>
        <translation>Overdrag til ny sekretær</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="617"/>
        <source>Open a handover</source>
        <translation>Åbn overdragelse</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="620"/>
        <source>Where should the council file be kept?</source>
        <translation>Hvor skal lokalrådets fil gemmes?</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="637"/>
        <source>About Lokalråd</source>
        <translation>Om Lokalråd</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/main_window.py" line="638"/>
        <source>Lokalråd %1

For the secretaries of Danish local councils: members, meetings, minutes, plans and hearings — on your own computer.</source>
        <translation>Lokalråd %1

Til sekretærer i danske lokalråd: medlemmer, møder, referater, planer og høringer — på din egen computer.</translation>
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="35"/>
        <source>Plan %1</source>
        <translation>Planlæg %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="89"/>
        <source>Delete %1</source>
        <translation>Slet %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="81"/>
        <source>Change %1</source>
        <translation>Ret %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="97"/>
        <source>Add item %1</source>
        <translation>Tilføj punkt %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="105"/>
        <source>Delete item %1</source>
        <translation>Slet punkt %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="121"/>
        <source>Move %1</source>
        <translation>Flyt %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="136"/>
        <source>Postpone</source>
        <translation>Udsæt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="150"/>
        <source>Attach %1</source>
        <translation>Vedhæft %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="156"/>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="278"/>
        <source>Remove %1</source>
        <translation>Fjern %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="164"/>
        <source>Track as request</source>
        <translation>Følg som spørgsmål til kommunen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="170"/>
        <source>Action item %1</source>
        <translation>Handlingspunkt %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="180"/>
        <source>Vote on %1</source>
        <translation>Afstemning om %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="194"/>
        <source>Send for comments</source>
        <translation>Send til kommentering</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="210"/>
        <source>Answer of %1</source>
        <translation>Svar fra %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="223"/>
        <source>Attendance of %1</source>
        <translation>Fremmøde for %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="236"/>
        <source>Substitute %1</source>
        <translation>Suppleant %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="250"/>
        <source>Invite the board</source>
        <translation>Invitér bestyrelsen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="265"/>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="271"/>
        <source>Invite %1</source>
        <translation>Invitér %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="286"/>
        <source>Sign up %1</source>
        <translation>Tilmeld %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="292"/>
        <source>Remove the sign-up of %1</source>
        <translation>Fjern tilmeldingen fra %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="300"/>
        <source>Close %1</source>
        <translation>Luk %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="315"/>
        <source>Reopen %1</source>
        <translation>Genåbn %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="328"/>
        <source>Owner of %1</source>
        <translation>Ansvarlig for %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="340"/>
        <source>Answer to %1</source>
        <translation>Svar på %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="59"/>
        <source>Plan the series %1</source>
        <translation>Planlæg serien %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/commands.py" line="112"/>
        <source>Change item %1</source>
        <translation>Ret punkt %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="50"/>
        <source>Meeting details</source>
        <translation>Mødets detaljer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="50"/>
        <source>Plan a meeting</source>
        <translation>Planlæg et møde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="63"/>
        <source>e.g. the board, or Lejre Kommune</source>
        <translation>fx bestyrelsen eller Lejre Kommune</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="70"/>
        <source>Start the agenda from the standard items</source>
        <translation>Start dagsordenen med standardpunkterne</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="86"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Mødetype:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="87"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="88"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="89"/>
        <source>T&amp;ime:</source>
        <translation>Tids&amp;punkt:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="90"/>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="91"/>
        <source>&amp;Organiser:</source>
        <translation>&amp;Arrangør:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="92"/>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="96"/>
        <source>until</source>
        <translation>til og med</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="98"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="169"/>
        <source>Does not repeat</source>
        <translation>Gentages ikke</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="170"/>
        <source>Every week</source>
        <translation>Hver uge</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="171"/>
        <source>Every other week</source>
        <translation>Hver anden uge</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="173"/>
        <source>The %1. %2 of every month</source>
        <translation>Den %1. %2 i hver måned</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="175"/>
        <source>The last %1 of every month</source>
        <translation>Den sidste %1 i hver måned</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="201"/>
        <source>Write the meeting&apos;s date, e.g. 25.03.2025.</source>
        <translation>Skriv mødets dato, fx 25.03.2025.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="208"/>
        <source>Write a title for the meeting.</source>
        <translation>Skriv en titel til mødet.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="214"/>
        <source>The series cannot end before its first meeting.</source>
        <translation>Serien kan ikke slutte før sit første møde.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="234"/>
        <source>Plan the meeting anyway?</source>
        <translation>Planlæg mødet alligevel?</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="234"/>
        <source>Plan the series anyway?</source>
        <translation>Planlæg serien alligevel?</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="235"/>
        <source>Check the date</source>
        <translation>Tjek datoen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="236"/>
        <source>Plan anyway</source>
        <translation>Planlæg alligevel</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="241"/>
        <source>%1 is a public holiday: %2.</source>
        <translation>%1 er en helligdag: %2.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_dialog.py" line="242"/>
        <source>%1: “%2” in the calendar %3 at the same time.</source>
        <translation>%1: “%2” i kalenderen %3 på samme tid.</translation>
    </message>
</context>
<context>
    <name>MeetingModeWindow</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_mode.py" line="27"/>
        <source>Meeting mode</source>
        <translation>Mødetilstand</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_mode.py" line="37"/>
        <source>← Previous item (Alt+↑)</source>
        <translation>← Forrige punkt (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_mode.py" line="38"/>
        <source>Next item (Alt+↓) →</source>
        <translation>Næste punkt (Alt+↓) →</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_mode.py" line="39"/>
        <source>Leave meeting mode (Esc)</source>
        <translation>Forlad mødetilstand (Esc)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_mode.py" line="101"/>
        <source>Planned %1 (%2 min) · started %3 · %4 min on this item · now %5</source>
        <translation>Planlagt %1 (%2 min.) · startet %3 · %4 min. på punktet · nu %5</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_page.py" line="59"/>
        <source>← All meetings</source>
        <translation>← Alle møder</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_page.py" line="61"/>
        <source>Edit &amp;details…</source>
        <translation>Rediger detal&amp;jer…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_page.py" line="62"/>
        <source>Plan the &amp;next meeting from this one…</source>
        <translation>Planlæg næste &amp;møde ud fra dette…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_page.py" line="63"/>
        <source>Meeting mode (F11)</source>
        <translation>Mødetilstand (F11)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_page.py" line="73"/>
        <source>&amp;Print</source>
        <translation>&amp;Udskriv</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_page.py" line="74"/>
        <source>Preview a document, then print it or save it as PDF</source>
        <translation>Se et dokument, før det udskrives eller gemmes som PDF</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_page.py" line="78"/>
        <source>Agenda…</source>
        <translation>Dagsorden…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_page.py" line="79"/>
        <source>Minutes…</source>
        <translation>Referat…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_page.py" line="80"/>
        <source>Attendance sheet…</source>
        <translation>Deltagerliste…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_page.py" line="103"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Dagsorden</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_page.py" line="104"/>
        <source>&amp;Minutes</source>
        <translation>R&amp;eferat</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_page.py" line="109"/>
        <source>&amp;Participants</source>
        <translation>De&amp;ltagere</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_page.py" line="114"/>
        <source>&amp;Signed up</source>
        <translation>&amp;Tilmeldte</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_page.py" line="202"/>
        <source>Cannot print</source>
        <translation>Kan ikke udskrives</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/editing.py" line="26"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_table_model.py" line="78"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_table_model.py" line="79"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_table_model.py" line="80"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_table_model.py" line="81"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_table_model.py" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meeting_table_model.py" line="83"/>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meetings_view.py" line="61"/>
        <location filename="../lokalraad_app/ui/meetings/meetings_view.py" line="86"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meetings_view.py" line="64"/>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meetings_view.py" line="65"/>
        <source>Past</source>
        <translation>Tidligere</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meetings_view.py" line="66"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meetings_view.py" line="68"/>
        <source>Filter by title or place…</source>
        <translation>Filtrér på titel eller sted…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meetings_view.py" line="70"/>
        <source>&amp;Plan a meeting…</source>
        <translation>&amp;Planlæg et møde…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meetings_view.py" line="72"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meetings_view.py" line="91"/>
        <source>Action items</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meetings_view.py" line="95"/>
        <source>Requests to the municipality</source>
        <translation>Spørgsmål til kommunen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meetings_view.py" line="101"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meetings_view.py" line="184"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meetings_view.py" line="240"/>
        <source>Delete meeting</source>
        <translation>Slet møde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meetings_view.py" line="241"/>
        <source>Delete “%1” with its agenda and minutes? You can undo this with Ctrl+Z.</source>
        <translation>Slet “%1” med dagsorden og referat? Du kan fortryde med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/meetings_view.py" line="242"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <location filename="../lokalraad_app/ui/members/commands.py" line="17"/>
        <source>Add %1</source>
        <translation>Tilføj %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/commands.py" line="24"/>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/commands.py" line="30"/>
        <source>Delete %1</source>
        <translation>Slet %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/commands.py" line="36"/>
        <source>End term of %1</source>
        <translation>Afslut valgperiode for %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/commands.py" line="55"/>
        <source>Consent of %1</source>
        <translation>Samtykke fra %1</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="19"/>
        <source>Edit person</source>
        <translation>Rediger person</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="19"/>
        <source>Add person</source>
        <translation>Tilføj person</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="29"/>
        <source>No membership</source>
        <translation>Intet medlemskab</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="31"/>
        <source>Term ends</source>
        <translation>Valgperioden slutter</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="42"/>
        <source>e.g. Fælles-skaber</source>
        <translation>fx Fælles-skaber</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="63"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="64"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="65"/>
        <source>Term &amp;from:</source>
        <translation>Valgt &amp;fra:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="66"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="67"/>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="68"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="69"/>
        <source>Postcode and town:</source>
        <translation>Postnr. og by:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="70"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="71"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="72"/>
        <source>&amp;Committee:</source>
        <translation>&amp;Udvalg:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="73"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Bemærkninger:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="142"/>
        <source>Write the person&apos;s name.</source>
        <translation>Skriv personens navn.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="143"/>
        <source>The email address is not valid; it should look like navn@eksempel.dk.</source>
        <translation>E-mailadressen er ikke gyldig; den skal ligne navn@eksempel.dk.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="144"/>
        <source>A member needs the date the term starts.</source>
        <translation>Et medlem skal have en dato for, hvornår valgperioden begynder.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_dialog.py" line="145"/>
        <source>The term cannot end before it starts.</source>
        <translation>Valgperioden kan ikke slutte, før den begynder.</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/members/member_table_model.py" line="104"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_table_model.py" line="105"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_table_model.py" line="106"/>
        <source>Term</source>
        <translation>Valgperiode</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_table_model.py" line="107"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_table_model.py" line="108"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_table_model.py" line="109"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/member_table_model.py" line="110"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="55"/>
        <source>Due for erasure</source>
        <translation>Klar til sletning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="57"/>
        <source>Filter by name, email, phone, town…</source>
        <translation>Filtrér på navn, e-mail, telefon, by…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="75"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Tilføj person…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="77"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="79"/>
        <source>End &amp;term…</source>
        <translation>&amp;Afslut valgperiode…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="80"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="82"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="84"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksportér…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="86"/>
        <source>Record &amp;consent…</source>
        <translation>Registrér sa&amp;mtykke…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="87"/>
        <source>Export personal &amp;data…</source>
        <translation>Eksportér person&amp;data…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="89"/>
        <source>E&amp;rase person…</source>
        <translation>Slet &amp;persondata…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="90"/>
        <source>A citizen &amp;outside the register…</source>
        <translation>En borger &amp;uden for registret…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="101"/>
        <source>Personal data</source>
        <translation>Persondata</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="112"/>
        <source>&amp;Show:</source>
        <translation>Vi&amp;s:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="119"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message numerus="yes">
        <location filename="../lokalraad_app/ui/members/members_view.py" line="158"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="200"/>
        <source>The person no longer exists.</source>
        <translation>Personen findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="201"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="234"/>
        <source>End term</source>
        <translation>Afslut valgperiode</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="235"/>
        <source>Last day of %1&apos;s term (e.g. 25.03.2025):</source>
        <translation>Sidste dag i %1s valgperiode (fx 25.03.2025):</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="272"/>
        <source>PDF document (*.pdf);;JSON for programs (*.json)</source>
        <translation>PDF-dokument (*.pdf);;JSON til programmer (*.json)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="273"/>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="325"/>
        <source>Data about %1.pdf</source>
        <translation>Oplysninger om %1.pdf</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="292"/>
        <source>Erase all data about %1, also what the plan&apos;s citizen participation holds under their e-mail address? Minutes keep the name as it was recorded; ideas and citizen-budget proposals stay, without who brought them. This cannot be undone.</source>
        <translation>Slet alle data om %1, også det, borgerinddragelsen i planen har under vedkommendes e-mailadresse? Referater beholder navnet, som det blev skrevet; idéer og forslag til borgerbudgettet bliver, men uden hvem der kom med dem. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="246"/>
        <source>Delete person</source>
        <translation>Slet person</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="247"/>
        <source>Delete %1 and their terms? You can undo this with Ctrl+Z.</source>
        <translation>Slet %1 og personens valgperioder? Du kan fortryde med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="248"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="258"/>
        <source>Record consent</source>
        <translation>Registrér samtykke</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="259"/>
        <source>What has %1 consented to (empty: no consent)?</source>
        <translation>Hvad har %1 givet samtykke til (tomt: intet samtykke)?</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="260"/>
        <source>Name, email and phone on the member list</source>
        <translation>Navn, e-mail og telefon på medlemslisten</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="271"/>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="324"/>
        <source>Export personal data</source>
        <translation>Eksportér persondata</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="283"/>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="331"/>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="354"/>
        <source>Not exported</source>
        <translation>Ikke eksporteret</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="291"/>
        <source>Erase person</source>
        <translation>Slet persondata</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="295"/>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="335"/>
        <source>Erase</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="304"/>
        <source>A citizen outside the register</source>
        <translation>En borger uden for registret</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="305"/>
        <source>The citizen&apos;s e-mail address, as written on the idea, sign-up or proposal:</source>
        <translation>Borgerens e-mailadresse, som den står på idéen, tilmeldingen eller forslaget:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="312"/>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="315"/>
        <source>Nothing is recorded under %1.</source>
        <translation>Der er intet registreret under %1.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="317"/>
        <source>Idea for the development plan</source>
        <translation>Idé til udviklingsplanen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="317"/>
        <source>Working group</source>
        <translation>Arbejdsgruppe</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="318"/>
        <source>Citizen-budget proposal</source>
        <translation>Forslag til borgerbudget</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="318"/>
        <source>Signed up for a meeting</source>
        <translation>Tilmelding til møde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="321"/>
        <source>Recorded under %1:</source>
        <translation>Registreret under %1:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="322"/>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="322"/>
        <source>Erase…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="322"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="324"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="333"/>
        <source>Erase what is recorded under %1? Sign-ups and working-group seats go; ideas and citizen-budget proposals stay, without who brought them. This cannot be undone.</source>
        <translation>Slet det, der er registreret under %1? Tilmeldinger og pladser i arbejdsgrupper slettes; idéer og forslag til borgerbudgettet bliver, men uden hvem der kom med dem. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="346"/>
        <source>Export members</source>
        <translation>Eksportér medlemmer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="347"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-projektmappe (*.xlsx);;CSV-fil (*.csv)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/members/members_view.py" line="356"/>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message numerus="yes">
        <location filename="../lokalraad_app/ui/members/members_view.py" line="356"/>
        <source>%n person(s) written to %1.</source>
        <translation>
            <numerusform>%n person skrevet til %1.</numerusform>
            <numerusform>%n personer skrevet til %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../lokalraad_app/ui/minutes/minutes_editor.py" line="53"/>
        <source>What was discussed — the views, not only the outcome</source>
        <translation>Hvad blev drøftet — synspunkterne, ikke kun resultatet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/minutes_editor.py" line="56"/>
        <source>What was decided</source>
        <translation>Hvad blev besluttet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/minutes_editor.py" line="59"/>
        <source>&amp;Discussion:</source>
        <translation>Dr&amp;øftelse:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/minutes_editor.py" line="63"/>
        <source>D&amp;ecision:</source>
        <translation>&amp;Beslutning:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/minutes_editor.py" line="70"/>
        <source>Record &amp;vote</source>
        <translation>Registrér af&amp;stemning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/minutes_editor.py" line="75"/>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/minutes_editor.py" line="75"/>
        <source>Against:</source>
        <translation>Imod:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/minutes_editor.py" line="76"/>
        <source>Blank:</source>
        <translation>Blank:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/minutes_editor.py" line="82"/>
        <source>Post&amp;poned to the next meeting</source>
        <translation>&amp;Udsat til næste møde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/minutes_editor.py" line="83"/>
        <source>Add an ac&amp;tion item…</source>
        <translation>Tilføj et handlings&amp;punkt…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/minutes_editor.py" line="208"/>
        <source>by %1</source>
        <translation>senest %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/minutes_editor.py" line="236"/>
        <source>Carried</source>
        <translation>Vedtaget</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/minutes/minutes_editor.py" line="238"/>
        <source>Not carried</source>
        <translation>Ikke vedtaget</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="175"/>
        <source>Meeting or note</source>
        <translation>Møde eller notat</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="175"/>
        <source>Edit meeting or note</source>
        <translation>Rediger møde eller notat</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="184"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="185"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="186"/>
        <source>&amp;Text:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="194"/>
        <source>Give the date.</source>
        <translation>Angiv datoen.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="196"/>
        <source>Write what was agreed or noted.</source>
        <translation>Skriv, hvad der blev aftalt eller noteret.</translation>
    </message>
</context>
<context>
    <name>NoteTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="106"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="106"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="106"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="43"/>
        <source>(next attempt %1)</source>
        <translation>(næste forsøg %1)</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="162"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="162"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="162"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="162"/>
        <source>Attempts</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="162"/>
        <source>Queued</source>
        <translation>Lagt i udbakken</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="163"/>
        <source>The server&apos;s last words</source>
        <translation>Serverens seneste svar</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="205"/>
        <source>Outbox</source>
        <translation>Udbakke</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="208"/>
        <source>Not yet gone out</source>
        <translation>Ikke sendt endnu</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="209"/>
        <source>All messages</source>
        <translation>Alle beskeder</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="213"/>
        <source>Find: subject, recipient or the server&apos;s words</source>
        <translation>Find: emne, modtager eller serverens svar</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="215"/>
        <source>&amp;Send now</source>
        <translation>&amp;Send nu</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="216"/>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="217"/>
        <source>&amp;Hold back</source>
        <translation>&amp;Hold tilbage</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="218"/>
        <source>&amp;Cancel message…</source>
        <translation>&amp;Annullér besked…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="219"/>
        <source>&amp;Open document</source>
        <translation>Å&amp;bn dokument</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="228"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="264"/>
        <source>Reading the outbox…</source>
        <translation>Læser udbakken…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="297"/>
        <source>%1 waiting to be sent, %2 need attention.</source>
        <translation>%1 venter på at blive sendt, %2 kræver handling.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="344"/>
        <source>Sending the outbox…</source>
        <translation>Sender udbakken…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="364"/>
        <source>the mail server</source>
        <translation>mailserveren</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="364"/>
        <source>the calendar server</source>
        <translation>kalenderserveren</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="365"/>
        <source>the file server</source>
        <translation>filserveren</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="367"/>
        <source>Password for %1</source>
        <translation>Adgangskode til %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="368"/>
        <source>%1

Write the password for %2. It is used until Lokalråd is closed and is not saved anywhere.</source>
        <translation>%1

Skriv adgangskoden til %2. Den bruges, indtil Lokalråd lukkes, og gemmes ingen steder.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="402"/>
        <source>Sending %1 of %2 …</source>
        <translation>Sender %1 af %2 …</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="410"/>
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="415"/>
        <source>Outbox: %1 sent, %2 not sent now, %3 need attention.</source>
        <translation>Udbakke: %1 sendt, %2 ikke sendt nu, %3 kræver handling.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="430"/>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="438"/>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="441"/>
        <source>Cannot open</source>
        <translation>Kan ikke åbne</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="442"/>
        <source>No program on this computer opens %1. A copy is in %2.</source>
        <translation>Intet program på denne computer kan åbne %1. En kopi ligger i %2.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="453"/>
        <source>Not changed</source>
        <translation>Ikke ændret</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="462"/>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="464"/>
        <source>Cancel message</source>
        <translation>Annullér besked</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/outbox/outbox_view.py" line="463"/>
        <source>Cancel “%1” to %2? It will not be sent.</source>
        <translation>Annullér “%1” til %2? Den bliver ikke sendt.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../lokalraad_app/ui/overview_view.py" line="159"/>
        <source>Next meetings</source>
        <translation>Kommende møder</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_view.py" line="142"/>
        <source>No council yet</source>
        <translation>Intet lokalråd endnu</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_view.py" line="196"/>
        <source>Where to begin</source>
        <translation>Sådan kommer du i gang</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_view.py" line="200"/>
        <source>Name the &amp;council…</source>
        <translation>Giv lokalrådet et &amp;navn…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_view.py" line="201"/>
        <source>&amp;Plan a meeting…</source>
        <translation>&amp;Planlæg et møde…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_view.py" line="202"/>
        <source>Add the board&apos;s &amp;members…</source>
        <translation>Tilføj bestyrelsens &amp;medlemmer…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_view.py" line="203"/>
        <source>&amp;Import members from a spreadsheet…</source>
        <translation>&amp;Importér medlemmer fra et regneark…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_view.py" line="204"/>
        <source>Look around in the &amp;demo council</source>
        <translation>Se dig omkring i &amp;demo-lokalrådet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_view.py" line="143"/>
        <source>Name the council to begin, open a council file, or look around in the demo council.</source>
        <translation>Giv lokalrådet et navn for at begynde, åbn en lokalrådsfil, eller se dig omkring i demo-lokalrådet.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_view.py" line="153"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on the board · &lt;b&gt;%2&lt;/b&gt; substitutes</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; i bestyrelsen · &lt;b&gt;%2&lt;/b&gt; suppleanter</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_view.py" line="160"/>
        <source>Open action items, by owner (%1)</source>
        <translation>Åbne opfølgningspunkter efter ansvarlig (%1)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_view.py" line="161"/>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_view.py" line="162"/>
        <source>Unanswered requests to the municipality (%1)</source>
        <translation>Ubesvarede henvendelser til kommunen (%1)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_view.py" line="163"/>
        <source>Initiatives of the development plan</source>
        <translation>Udviklingsplanens initiativer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_view.py" line="164"/>
        <source>Waiting to be sent (%1)</source>
        <translation>Venter på at blive sendt (%1)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="92"/>
        <source>No meetings planned. Plan the next one on the Meetings page.</source>
        <translation>Ingen møder planlagt. Planlæg det næste under Møder.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="100"/>
        <source>No open action items. Add them in a meeting&apos;s minutes, under each item.</source>
        <translation>Ingen åbne opfølgningspunkter. Tilføj dem i et mødes referat, under hvert punkt.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="106"/>
        <source>%1 — OVERDUE, was due %2</source>
        <translation>%1 — OVERSKREDET, frist var %2</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="108"/>
        <source>%1 — due %2</source>
        <translation>%1 — frist %2</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="120"/>
        <source>Nobody named</source>
        <translation>Ingen ansvarlig angivet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="122"/>
        <source>%1 overdue</source>
        <translation>%1 overskredet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="126"/>
        <source>%1 more: see Action items on the Meetings page</source>
        <translation>%1 mere: se Opfølgning under Møder</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="133"/>
        <source>No deadlines ahead. Hearings and their deadlines are kept on the Hearings page.</source>
        <translation>Ingen frister forude. Høringer og deres frister holdes under Høringer.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="142"/>
        <source>%1 — deadline PASSED %2</source>
        <translation>%1 — fristen OVERSKREDET %2</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="144"/>
        <source>%1 — deadline %2</source>
        <translation>%1 — frist %2</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="152"/>
        <source>Hearing</source>
        <translation>Høring</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="153"/>
        <source>Funding application</source>
        <translation>Puljeansøgning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="154"/>
        <source>Report on a grant</source>
        <translation>Afrapportering af tilskud</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="159"/>
        <source>No unanswered requests. Administrative questions from dialogue meetings show here until the municipality answers.</source>
        <translation>Ingen ubesvarede henvendelser. Administrative spørgsmål fra dialogmøder står her, til kommunen har svaret.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="166"/>
        <source>answer promised %1, OVERDUE</source>
        <translation>svar lovet %1, OVERSKREDET</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="167"/>
        <source>answer promised %1</source>
        <translation>svar lovet %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="171"/>
        <source>%1 more: see Requests to the municipality on the Meetings page</source>
        <translation>%1 mere: se Henvendelser til kommunen under Møder</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="178"/>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="178"/>
        <source>Under way</source>
        <translation>I gang</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="179"/>
        <source>Paused</source>
        <translation>Sat i bero</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="179"/>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="190"/>
        <source>No initiatives yet. The development plan holds them, with owners and progress.</source>
        <translation>Ingen initiativer endnu. Udviklingsplanen rummer dem, med ansvarlige og fremdrift.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="209"/>
        <source>Nothing waits to be sent.</source>
        <translation>Intet venter på at blive sendt.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/overview_sections.py" line="217"/>
        <source>%1: %2 — open the Outbox to see what to do</source>
        <translation>%1: %2 — åbn Udbakke for at se, hvad der skal gøres</translation>
    </message>
</context>
<context>
    <name>Participation</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="28"/>
        <source>Write the text.</source>
        <translation>Skriv teksten.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="29"/>
        <source>Give the date the idea came in.</source>
        <translation>Angiv datoen, idéen kom ind.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="30"/>
        <source>The e-mail address is not valid; correct it or leave it empty.</source>
        <translation>E-mailadressen er ikke gyldig; ret den, eller lad feltet stå tomt.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="32"/>
        <source>Link the idea to a focus area or an initiative, not both.</source>
        <translation>Knyt idéen til et indsatsområde eller et initiativ, ikke begge.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="33"/>
        <source>The meeting chosen no longer exists.</source>
        <translation>Det valgte møde findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="34"/>
        <source>The focus area chosen no longer exists.</source>
        <translation>Det valgte indsatsområde findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="35"/>
        <source>The initiative chosen no longer exists.</source>
        <translation>Det valgte initiativ findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="36"/>
        <source>The working group already owns that initiative.</source>
        <translation>Arbejdsgruppen står allerede for det initiativ.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="37"/>
        <source>Write the name.</source>
        <translation>Skriv navnet.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="38"/>
        <source>The person chosen is no longer in the register.</source>
        <translation>Den valgte person er ikke længere i registret.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="39"/>
        <source>That person is already in the working group.</source>
        <translation>Den person er allerede i arbejdsgruppen.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="40"/>
        <source>Give the date.</source>
        <translation>Angiv datoen.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="41"/>
        <source>The amount to share must be more than 0 kr.</source>
        <translation>Beløbet til fordeling skal være mere end 0 kr.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="42"/>
        <source>The amount is too large; check the number.</source>
        <translation>Beløbet er for stort; tjek tallet.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="43"/>
        <source>The cost cannot be negative.</source>
        <translation>Prisen kan ikke være negativ.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="44"/>
        <source>The cost is too large; check the number.</source>
        <translation>Prisen er for stor; tjek tallet.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="45"/>
        <source>The result of this round is recorded. Clear the result before changing proposals, costs, votes or the amount.</source>
        <translation>Resultatet af dette borgerbudget er registreret. Ryd resultatet, før du ændrer forslag, priser, stemmer eller beløbet.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="48"/>
        <source>No proposal has votes yet; count the votes first.</source>
        <translation>Intet forslag har stemmer endnu; tæl stemmerne først.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="49"/>
        <source>Only a proposal chosen in the recorded result becomes an initiative.</source>
        <translation>Kun et forslag, der er valgt i det registrerede resultat, kan blive et initiativ.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="51"/>
        <source>This proposal is already an initiative.</source>
        <translation>Forslaget er allerede et initiativ.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="62"/>
        <source>%1 kr.</source>
        <translation>%1 kr.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="67"/>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="68"/>
        <source>Under way</source>
        <translation>I gang</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="69"/>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="70"/>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="82"/>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="108"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="190"/>
        <source>(no meeting)</source>
        <translation>(intet møde)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation.py" line="206"/>
        <source>Focus area: %1</source>
        <translation>Indsatsområde: %1</translation>
    </message>
</context>
<context>
    <name>ParticipationCommands</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="28"/>
        <source>Record idea %1</source>
        <translation>Registrér idé %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="35"/>
        <source>Change idea %1</source>
        <translation>Ret idé %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="41"/>
        <source>Status of idea %1</source>
        <translation>Status for idé %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="55"/>
        <source>Delete idea %1</source>
        <translation>Slet idé %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="62"/>
        <source>Add working group %1</source>
        <translation>Opret arbejdsgruppe %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="69"/>
        <source>Change working group %1</source>
        <translation>Ret arbejdsgruppe %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="75"/>
        <source>Delete working group %1</source>
        <translation>Slet arbejdsgruppe %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="82"/>
        <source>Add %1 to the working group</source>
        <translation>Tilføj %1 til arbejdsgruppen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="89"/>
        <source>Remove %1 from the working group</source>
        <translation>Fjern %1 fra arbejdsgruppen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="96"/>
        <source>Working group owns %1</source>
        <translation>Arbejdsgruppen står for %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="103"/>
        <source>Working group no longer owns %1</source>
        <translation>Arbejdsgruppen står ikke længere for %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="109"/>
        <source>Add note %1</source>
        <translation>Tilføj notat %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="116"/>
        <source>Change note %1</source>
        <translation>Ret notat %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="122"/>
        <source>Delete note %1</source>
        <translation>Slet notat %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="129"/>
        <source>Add citizen budget %1</source>
        <translation>Opret borgerbudget %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="136"/>
        <source>Change citizen budget %1</source>
        <translation>Ret borgerbudget %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="142"/>
        <source>Delete citizen budget %1</source>
        <translation>Slet borgerbudget %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="148"/>
        <source>Add proposal %1</source>
        <translation>Tilføj forslag %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="156"/>
        <source>Change proposal %1</source>
        <translation>Ret forslag %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="162"/>
        <source>Delete proposal %1</source>
        <translation>Slet forslag %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="171"/>
        <source>Votes for %1</source>
        <translation>Stemmer for %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="185"/>
        <source>Record the result of %1</source>
        <translation>Registrér resultatet af %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="199"/>
        <source>Clear the result of %1</source>
        <translation>Ryd resultatet af %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/participation_commands.py" line="216"/>
        <source>Make %1 an initiative</source>
        <translation>Gør %1 til initiativ</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/commands.py" line="47"/>
        <source>Change the plan</source>
        <translation>Ret planen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/commands.py" line="56"/>
        <location filename="../lokalraad_app/ui/plan/commands.py" line="66"/>
        <source>Change %1</source>
        <translation>Ret %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/commands.py" line="75"/>
        <source>Add focus area %1</source>
        <translation>Tilføj indsatsområdet %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/commands.py" line="83"/>
        <source>Delete focus area %1</source>
        <translation>Slet indsatsområdet %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/commands.py" line="89"/>
        <source>Add initiative %1</source>
        <translation>Tilføj initiativet %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/commands.py" line="96"/>
        <source>Delete initiative %1</source>
        <translation>Slet initiativet %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/commands.py" line="102"/>
        <location filename="../lokalraad_app/ui/plan/commands.py" line="117"/>
        <source>Move %1</source>
        <translation>Flyt %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/commands.py" line="133"/>
        <source>Link to %1</source>
        <translation>Knyt til %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/commands.py" line="146"/>
        <source>Unlink %1</source>
        <translation>Fjern kobling til %1</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="30"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="30"/>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="31"/>
        <source>Period from</source>
        <translation>Periode fra</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="31"/>
        <source>Period to</source>
        <translation>Periode til</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="32"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="32"/>
        <source>Order</source>
        <translation>Rækkefølge</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="33"/>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="42"/>
        <source>Focus area</source>
        <translation>Indsatsområde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="33"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="34"/>
        <source>Partners</source>
        <translation>Partnere</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="35"/>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="35"/>
        <source>Progress note</source>
        <translation>Note om fremdrift</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="36"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="36"/>
        <source>Funding source</source>
        <translation>Finansieringskilde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="37"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="37"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="42"/>
        <source>The plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/compare_dialog.py" line="43"/>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="37"/>
        <source>The file is not a plan file: it cannot be read as JSON (%1).</source>
        <translation>Filen er ikke en planfil: den kan ikke læses som JSON (%1).</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="38"/>
        <source>The file is not a development plan exported by Lokalråd.</source>
        <translation>Filen er ikke en udviklingsplan eksporteret fra Lokalråd.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="39"/>
        <source>The file was written by another version of Lokalråd (its format is not %2); export it again with this version.</source>
        <translation>Filen er skrevet af en anden version af Lokalråd (dens format er ikke %2); eksportér den igen med denne version.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="41"/>
        <source>The file lacks %1 (a %2 belongs there); export it again.</source>
        <translation>Filen mangler %1 (der skal stå en %2); eksportér den igen.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="42"/>
        <source>In the file, %1 should be %2; export it again.</source>
        <translation>I filen skulle %1 være %2; eksportér den igen.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="43"/>
        <source>The file holds an element twice: %1.</source>
        <translation>Filen har det samme element to gange: %1.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="44"/>
        <source>The file holds a value the plan cannot take at %1: %2</source>
        <translation>Filen har en værdi, planen ikke kan tage imod, ved %1: %2</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="49"/>
        <source>Choose ours or theirs for every field changed in both files.</source>
        <translation>Vælg vores eller deres for hvert felt, der er ændret i begge filer.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="51"/>
        <source>A focus area can only be removed with all its initiatives: %1</source>
        <translation>Et indsatsområde kan kun fjernes sammen med alle sine initiativer: %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="54"/>
        <source>An initiative deleted here can only come back with its focus area (choose &quot;add again&quot; for the area too): %1</source>
        <translation>Et initiativ, der er slettet her, kan kun komme tilbage sammen med sit indsatsområde (vælg også &quot;tilføjes igen&quot; for indsatsområdet): %1</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="154"/>
        <source>Import plan from %1</source>
        <translation>Importér plan fra %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="160"/>
        <source>&amp;Keep ours</source>
        <translation>&amp;Behold vores</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="161"/>
        <source>&amp;Take theirs / remove</source>
        <translation>&amp;Tag deres / fjern</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="162"/>
        <source>For the chosen rows: keep this file&apos;s value (Alt+K)</source>
        <translation>For de valgte rækker: behold værdien i denne fil (Alt+B)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="163"/>
        <source>For the chosen rows: take the other council&apos;s value, remove an element only this file has, or add again one deleted here (Alt+T)</source>
        <translation>For de valgte rækker: tag det andet lokalråds værdi, fjern et element, som kun denne fil har, eller tilføj et, der er slettet her, igen (Alt+T)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="168"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="171"/>
        <source>Choose for the selected rows:</source>
        <translation>Vælg for de markerede rækker:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/import_dialog.py" line="198"/>
        <source>%1 differences, %2 of them changed in both files (%3 still to choose); %4 elements only here will be removed. Nothing is removed or overwritten unless it says so below.</source>
        <translation>%1 forskelle, heraf %2 ændret i begge filer (%3 mangler valg); %4 elementer, der kun findes her, fjernes. Intet fjernes eller overskrives, uden at der står det nedenfor.</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_model.py" line="27"/>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_model.py" line="28"/>
        <source>Under way</source>
        <translation>I gang</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_model.py" line="29"/>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_model.py" line="30"/>
        <source>Paused</source>
        <translation>Sat i bero</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_model.py" line="36"/>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_model.py" line="37"/>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_model.py" line="38"/>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_model.py" line="56"/>
        <source>Focus area / initiative</source>
        <translation>Indsatsområde / initiativ</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_model.py" line="56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_model.py" line="57"/>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_model.py" line="57"/>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_model.py" line="58"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_model.py" line="58"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="83"/>
        <source>Development plan</source>
        <translation>Udviklingsplan</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="87"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="94"/>
        <source>&amp;Start the development plan…</source>
        <translation>&amp;Start udviklingsplanen…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="95"/>
        <source>The council has no development plan in this file yet. Start one: a title, the vision, focus areas and the initiatives under them.</source>
        <translation>Rådet har endnu ingen udviklingsplan i denne fil. Start en: en titel, visionen, indsatsområder og initiativerne under dem.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="101"/>
        <source>Import a plan from a neighbouring council…</source>
        <translation>Importér en plan fra et naboråd…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="114"/>
        <source>&amp;Adopt version…</source>
        <translation>&amp;Vedtag version…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="115"/>
        <source>&amp;Compare versions…</source>
        <translation>Sa&amp;mmenlign versioner…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="116"/>
        <source>S&amp;hare</source>
        <translation>&amp;Del</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="118"/>
        <source>&amp;Export plan…</source>
        <translation>&amp;Eksportér plan…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="119"/>
        <source>&amp;Import plan…</source>
        <translation>&amp;Importér plan…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="129"/>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="213"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="130"/>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="132"/>
        <source>&amp;Vision:</source>
        <translation>&amp;Vision:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="136"/>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="141"/>
        <source>Add &amp;focus area</source>
        <translation>Tilføj &amp;indsatsområde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="142"/>
        <source>Add &amp;initiative</source>
        <translation>Tilføj i&amp;nitiativ</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="144"/>
        <source>&amp;Delete</source>
        <translation>S&amp;let</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="145"/>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="147"/>
        <source>Move do&amp;wn</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="150"/>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="176"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="177"/>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="223"/>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="178"/>
        <source>Focus area</source>
        <translation>Indsatsområde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="193"/>
        <source>The municipality, associations, citizens, businesses</source>
        <translation>Kommunen, foreninger, borgere, erhvervsliv</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="198"/>
        <source>kroner, e.g. 250.000</source>
        <translation>kroner, fx 250.000</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="200"/>
        <source>e.g. Landdistriktspuljen</source>
        <translation>fx Landdistriktspuljen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="214"/>
        <source>Focus a&amp;rea:</source>
        <translation>Indsats&amp;område:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="215"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="216"/>
        <source>Res&amp;ponsible:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="217"/>
        <source>Partne&amp;rs:</source>
        <translation>Pa&amp;rtnere:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="218"/>
        <source>Pro&amp;gress:</source>
        <translation>&amp;Fremdrift:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="219"/>
        <source>Progress &amp;note:</source>
        <translation>Note om fre&amp;mdrift:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="220"/>
        <source>&amp;Budget:</source>
        <translation>B&amp;udget:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="221"/>
        <source>&amp;Funding source:</source>
        <translation>Finansieringskil&amp;de:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="222"/>
        <source>Start and &amp;end:</source>
        <translation>Start og slu&amp;t:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="228"/>
        <source>Un&amp;link decision</source>
        <translation>Fjern &amp;kobling til beslutning</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="229"/>
        <source>Decisions:</source>
        <translation>Beslutninger:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="231"/>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="329"/>
        <source>Draft of version %1</source>
        <translation>Kladde til version %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="331"/>
        <source>last adopted: version %1, %2</source>
        <translation>senest vedtaget: version %1, %2</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="357"/>
        <source>Everyone responsible</source>
        <translation>Alle ansvarlige</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="505"/>
        <source>Budget: write an amount in kroner, e.g. 250.000 or 1.250,50.</source>
        <translation>Budget: skriv et beløb i kroner, fx 250.000 eller 1.250,50.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="507"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="508"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="512"/>
        <source>%1: write the date as 25.03.2026.</source>
        <translation>%1: skriv datoen som 25.03.2026.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="517"/>
        <source>End: the initiative cannot end before it starts.</source>
        <translation>Slut: initiativet kan ikke slutte, før det starter.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="526"/>
        <source>Start the development plan</source>
        <translation>Start udviklingsplanen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="526"/>
        <source>Title of the plan:</source>
        <translation>Planens titel:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="527"/>
        <source>Local development plan %1</source>
        <translation>Lokaludviklingsplan %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="537"/>
        <source>Add focus area</source>
        <translation>Tilføj indsatsområde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="537"/>
        <source>Title of the new focus area:</source>
        <translation>Det nye indsatsområdes titel:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="555"/>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="558"/>
        <source>Add initiative</source>
        <translation>Tilføj initiativ</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="555"/>
        <source>Add a focus area first: initiatives belong to a focus area.</source>
        <translation>Tilføj først et indsatsområde: initiativer hører til et indsatsområde.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="558"/>
        <source>Title of the new initiative:</source>
        <translation>Det nye initiativs titel:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="575"/>
        <source>Delete the focus area “%1” with all its initiatives? You can undo this with Ctrl+Z.</source>
        <translation>Slet indsatsområdet “%1” med alle dets initiativer? Du kan fortryde med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="578"/>
        <source>Delete the initiative “%1”? You can undo this with Ctrl+Z.</source>
        <translation>Slet initiativet “%1”? Du kan fortryde med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="580"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="644"/>
        <source>Adopt version</source>
        <translation>Vedtag version</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="644"/>
        <source>A version is adopted at a meeting; plan the meeting first.</source>
        <translation>En version vedtages på et møde; planlæg mødet først.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="647"/>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="657"/>
        <source>Adopt version %1</source>
        <translation>Vedtag version %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="648"/>
        <source>The meeting that adopted the plan:</source>
        <translation>Det møde, der vedtog planen:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="653"/>
        <source>The plan as it is now becomes version %1, adopted at %2 on %3. An adopted version can never be changed; the work goes on in the draft of version %4.</source>
        <translation>Planen, som den er nu, bliver version %1, vedtaget på %2 den %3. En vedtaget version kan aldrig ændres; arbejdet fortsætter i kladden til version %4.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="658"/>
        <source>Adopt</source>
        <translation>Vedtag</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="682"/>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="691"/>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="694"/>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="697"/>
        <source>Export plan</source>
        <translation>Eksportér plan</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="682"/>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="708"/>
        <source>Development plan (*.json)</source>
        <translation>Udviklingsplan (*.json)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="694"/>
        <source>The file could not be written: %1</source>
        <translation>Filen kunne ikke skrives: %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="698"/>
        <source>The plan with %1 initiatives is saved in %2. The other council imports it under Udviklingsplan, Share, Import plan.</source>
        <translation>Planen med %1 initiativer er gemt i %2. Det andet lokalråd importerer den under Udviklingsplan, Del, Importér plan.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="708"/>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="715"/>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="718"/>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="722"/>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="740"/>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="751"/>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="754"/>
        <source>Import plan</source>
        <translation>Importér plan</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="718"/>
        <source>The file could not be read: %1</source>
        <translation>Filen kunne ikke læses: %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="722"/>
        <source>The plan from %1 is the same as this one: there is nothing to import.</source>
        <translation>Planen fra %1 er den samme som denne: der er intet at importere.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="741"/>
        <source>The import changes the plan in one step, which Undo cannot take back; the steps that can be undone now are forgotten. A backup of the council file is made first, so the plan as it is now can be restored from it.</source>
        <translation>Importen ændrer planen i ét trin, som Fortryd ikke kan tage tilbage; de trin, der kan fortrydes nu, glemmes. Der tages først en sikkerhedskopi af rådsfilen, så planen, som den er nu, kan genskabes fra den.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="744"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/plan_view.py" line="754"/>
        <source>No backup could be made, so nothing was imported: %1</source>
        <translation>Der kunne ikke tages en sikkerhedskopi, så intet blev importeret: %1</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../lokalraad_app/ui/prompts.py" line="25"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="145"/>
        <source>Proposal</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="145"/>
        <source>Edit proposal</source>
        <translation>Rediger forslag</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="153"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="154"/>
        <source>Proposed &amp;by:</source>
        <translation>Foreslået &amp;af:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="155"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="156"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="157"/>
        <source>&amp;Cost:</source>
        <translation>&amp;Pris:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="165"/>
        <source>Write a title.</source>
        <translation>Skriv en titel.</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="95"/>
        <source>Proposal</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="95"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="95"/>
        <source>Cost</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="95"/>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="95"/>
        <source>By the votes</source>
        <translation>Efter stemmerne</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="96"/>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="102"/>
        <source>Chosen</source>
        <translation>Valgt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="102"/>
        <source>Not chosen</source>
        <translation>Ikke valgt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="104"/>
        <source>Within the amount</source>
        <translation>Inden for beløbet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="106"/>
        <source>Does not fit</source>
        <translation>Kan ikke rummes</translation>
    </message>
</context>
<context>
    <name>PublishButtons</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/publish_buttons.py" line="23"/>
        <source>Send to the &amp;municipality</source>
        <translation>Send til &amp;kommunen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/publish_buttons.py" line="24"/>
        <source>Send to the &amp;board</source>
        <translation>Send til &amp;bestyrelsen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/publish_buttons.py" line="25"/>
        <source>Send minutes to the &amp;participants…</source>
        <translation>Send referat til &amp;deltagere…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/publish_buttons.py" line="38"/>
        <source>Agenda…</source>
        <translation>Dagsorden…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/publish_buttons.py" line="39"/>
        <source>Minutes…</source>
        <translation>Referat…</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../lokalraad_app/ui/publisher.py" line="26"/>
        <source>These messages go to the outbox:</source>
        <translation>Disse beskeder lægges i udbakken:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/publisher.py" line="29"/>
        <source>Upload to the municipality&apos;s folder: %1</source>
        <translation>Upload til kommunens mappe: %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/publisher.py" line="32"/>
        <source>Attached: %1</source>
        <translation>Vedhæftet: %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/publisher.py" line="34"/>
        <source>No e-mail address, gets nothing: %1</source>
        <translation>Ingen e-mailadresse, får intet: %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/publisher.py" line="40"/>
        <source>Send to the municipality</source>
        <translation>Send til kommunen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/publisher.py" line="41"/>
        <source>Send to the board</source>
        <translation>Send til bestyrelsen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/publisher.py" line="41"/>
        <source>Send minutes to the participants</source>
        <translation>Send referat til deltagere</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/publisher.py" line="44"/>
        <source>Put in the outbox</source>
        <translation>Læg i udbakken</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/publisher.py" line="48"/>
        <source>Cannot send</source>
        <translation>Kan ikke sendes</translation>
    </message>
    <message numerus="yes">
        <location filename="../lokalraad_app/ui/publisher.py" line="54"/>
        <source>Put in the outbox: %n message(s)</source>
        <translation>
            <numerusform>Lagt i Udbakke: %n besked</numerusform>
            <numerusform>Lagt i Udbakke: %n beskeder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/publisher.py" line="56"/>
        <source>Already in the outbox; nothing new to send.</source>
        <translation>Allerede i Udbakke; intet nyt at sende.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/i18n.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/i18n.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;type:</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="17"/>
        <source>The meeting has not been held yet, so there are no minutes to print. Print the agenda instead, or the minutes once the meeting has begun.</source>
        <translation>Mødet er ikke holdt endnu, så der er intet referat at udskrive. Udskriv dagsordenen i stedet, eller referatet når mødet er begyndt.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="19"/>
        <source>The meeting was cancelled; it has no minutes to print.</source>
        <translation>Mødet blev aflyst; det har intet referat at udskrive.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="20"/>
        <source>Minutes of another meeting were approved at this meeting, so it cannot be deleted; cancel it instead.</source>
        <translation>Et andet mødes referat blev godkendt på dette møde, så det kan ikke slettes; aflys det i stedet.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="22"/>
        <source>The minutes are approved and locked; correct them with a dated amendment instead.</source>
        <translation>Referatet er godkendt og låst; ret det i stedet med en dateret rettelse.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="24"/>
        <source>This meeting has not been held yet; its minutes can be approved after it.</source>
        <translation>Mødet er ikke holdt endnu; referatet kan godkendes, når det er holdt.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="26"/>
        <source>Only approved minutes take corrections; edit the draft instead.</source>
        <translation>Kun et godkendt referat får rettelser; ret i stedet i udkastet.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="27"/>
        <source>These approved minutes have not been sealed yet; print them once where the council file can be written.</source>
        <translation>Det godkendte referat er ikke forseglet endnu; udskriv det én gang, hvor rådets fil kan skrives.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="29"/>
        <source>A meeting cannot approve its own minutes; choose a later meeting, or approve them outside a meeting.</source>
        <translation>Et møde kan ikke godkende sit eget referat; vælg et senere møde, eller godkend det uden for et møde.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="31"/>
        <source>Minutes are approved at a later meeting; choose one after this meeting.</source>
        <translation>Et referat godkendes på et senere møde; vælg et møde efter dette.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="33"/>
        <source>The meeting chosen has not begun yet; approve the minutes at that meeting, once it has begun.</source>
        <translation>Det valgte møde er ikke begyndt endnu; godkend referatet på det møde, når det er begyndt.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="35"/>
        <source>The meeting is over; invitations are only sent for meetings still to come.</source>
        <translation>Mødet er overstået; der sendes kun invitationer til kommende møder.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="37"/>
        <source>The meeting is already cancelled.</source>
        <translation>Mødet er allerede aflyst.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="38"/>
        <source>Invitations are sent from the secretary&apos;s e-mail address: write it in the council&apos;s settings first.</source>
        <translation>Invitationer sendes fra sekretærens e-mailadresse: skriv den under rådets indstillinger først.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="40"/>
        <source>Write a title.</source>
        <translation>Skriv en titel.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="41"/>
        <source>Write the correction.</source>
        <translation>Skriv rettelsen.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="42"/>
        <source>Write what is to be done.</source>
        <translation>Skriv, hvad der skal gøres.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="43"/>
        <source>Write the municipality&apos;s answer.</source>
        <translation>Skriv kommunens svar.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="44"/>
        <source>Votes cannot be negative.</source>
        <translation>Antal stemmer kan ikke være negativt.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="45"/>
        <source>Time allowed must be between 0 and 600 minutes.</source>
        <translation>Den afsatte tid skal være mellem 0 og 600 minutter.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="46"/>
        <source>Only items marked Administration become requests to the municipality.</source>
        <translation>Kun punkter markeret Administration kan følges som spørgsmål til kommunen.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="48"/>
        <source>The answer is for a meeting this council file does not have.</source>
        <translation>Svaret gælder et møde, som ikke findes i denne lokalrådsfil.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="49"/>
        <source>The answer is for a date the series does not have.</source>
        <translation>Svaret gælder en dato, som mødeserien ikke har.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="50"/>
        <source>Every meeting of the series is over or cancelled.</source>
        <translation>Alle møder i serien er afholdt eller aflyst.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="51"/>
        <source>The answer is from someone who is not invited to the meeting.</source>
        <translation>Svaret er fra en, der ikke er inviteret til mødet.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="52"/>
        <source>Several invitees share the answer&apos;s e-mail address and it does not say which of them answered; record the answer by hand.</source>
        <translation>Flere inviterede deler svarets e-mailadresse, og det fremgår ikke, hvem af dem der har svaret; registrér svaret selv.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="55"/>
        <source>The answer is not yes, no or maybe.</source>
        <translation>Svaret er hverken ja, nej eller måske.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="56"/>
        <source>This is a cancellation, not an answer; Lokalråd cancels its own meetings.</source>
        <translation>Dette er en aflysning, ikke et svar; Lokalråd aflyser selv sine møder.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="58"/>
        <source>The answer names several people, so it is not clear whose it is; open the mail it came in (.eml) instead.</source>
        <translation>Svaret nævner flere personer, så det er uklart, hvis svar det er; åbn i stedet den mail, det kom i (.eml).</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="60"/>
        <source>The mail holds no calendar answer.</source>
        <translation>Mailen indeholder intet kalendersvar.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="61"/>
        <source>This is neither a calendar file (.ics) nor a saved mail (.eml).</source>
        <translation>Dette er hverken en kalenderfil (.ics) eller en gemt mail (.eml).</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="63"/>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="64"/>
        <source>The answer holds no meeting.</source>
        <translation>Svaret indeholder intet møde.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="65"/>
        <source>The calendar holds no events.</source>
        <translation>Kalenderen indeholder ingen begivenheder.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="66"/>
        <source>None of the calendar&apos;s events could be read.</source>
        <translation>Ingen af kalenderens begivenheder kunne læses.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="67"/>
        <source>None of the calendar&apos;s events falls between a year ago and two years ahead.</source>
        <translation>Ingen af kalenderens begivenheder ligger mellem et år tilbage og to år frem.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="69"/>
        <source>An adopted version of the development plan cannot be changed; change the draft instead.</source>
        <translation>En vedtaget version af udviklingsplanen kan ikke ændres; ret i kladden i stedet.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="71"/>
        <source>Progress must be between 0 and 100 %.</source>
        <translation>Fremdriften skal være mellem 0 og 100 %.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="72"/>
        <source>Write the budget as an amount in kroner, e.g. 250.000.</source>
        <translation>Skriv budgettet som et beløb i kroner, fx 250.000.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="73"/>
        <source>Write the plan period&apos;s first year, e.g. 2026.</source>
        <translation>Skriv planperiodens første år, fx 2026.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="74"/>
        <source>Write the plan period&apos;s last year, e.g. 2030.</source>
        <translation>Skriv planperiodens sidste år, fx 2030.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="75"/>
        <source>The plan period cannot end before it starts.</source>
        <translation>Planperioden kan ikke slutte, før den starter.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="76"/>
        <source>The initiative cannot end before it starts.</source>
        <translation>Initiativet kan ikke slutte, før det starter.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="77"/>
        <source>This council file has no development plan yet.</source>
        <translation>Denne rådsfil har endnu ingen udviklingsplan.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="78"/>
        <source>This question is already followed as a request to the municipality.</source>
        <translation>Spørgsmålet følges allerede som spørgsmål til kommunen.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/refusals.py" line="85"/>
        <source>What it was about no longer exists (it was deleted or undone).</source>
        <translation>Det, det drejede sig om, findes ikke længere (det er slettet eller fortrudt).</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/requests_view.py" line="36"/>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/requests_view.py" line="36"/>
        <source>Owner at the municipality</source>
        <translation>Ansvarlig i kommunen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/requests_view.py" line="36"/>
        <source>Answer promised</source>
        <translation>Svar lovet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/requests_view.py" line="37"/>
        <source>Raised at</source>
        <translation>Rejst på</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/requests_view.py" line="37"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/requests_view.py" line="54"/>
        <source>Only &amp;unanswered</source>
        <translation>Kun &amp;ubesvarede</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/requests_view.py" line="56"/>
        <source>&amp;Owner and promised date…</source>
        <translation>&amp;Ansvarlig og lovet dato…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/requests_view.py" line="57"/>
        <source>Record the &amp;answer…</source>
        <translation>Registrér &amp;svaret…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/requests_view.py" line="90"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/requests_view.py" line="96"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/requests_view.py" line="96"/>
        <source>Who at the municipality answers it?</source>
        <translation>Hvem i kommunen svarer på det?</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/requests_view.py" line="99"/>
        <source>Answer promised</source>
        <translation>Svar lovet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/requests_view.py" line="100"/>
        <source>Answer promised by (e.g. 25.03.2025; empty if no date):</source>
        <translation>Svar lovet senest (f.eks. 25.03.2025; tomt hvis ingen dato):</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/requests_view.py" line="111"/>
        <source>The municipality&apos;s answer</source>
        <translation>Kommunens svar</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/requests_view.py" line="111"/>
        <source>What did they answer?</source>
        <translation>Hvad svarede de?</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="122"/>
        <source>Citizen budget</source>
        <translation>Borgerbudget</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="122"/>
        <source>Edit citizen budget</source>
        <translation>Rediger borgerbudget</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="127"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="128"/>
        <source>&amp;Amount to share:</source>
        <translation>&amp;Beløb til fordeling:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="129"/>
        <source>Voted on at the citizens&apos; &amp;meeting:</source>
        <translation>Stemmes om på borger&amp;mødet:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="137"/>
        <source>Write a title.</source>
        <translation>Skriv en titel.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="139"/>
        <source>Give the amount the citizens share out.</source>
        <translation>Angiv beløbet, borgerne skal fordele.</translation>
    </message>
</context>
<context>
    <name>RoundTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="64"/>
        <source>Citizen budget</source>
        <translation>Borgerbudget</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="64"/>
        <source>To share</source>
        <translation>Til fordeling</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="64"/>
        <source>Citizens&apos; meeting</source>
        <translation>Borgermøde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="64"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="67"/>
        <source>Recorded %1</source>
        <translation>Registreret %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../lokalraad_app/ui/plan/citizen_budget_view.py" line="68"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n forslag</numerusform>
            <numerusform>%n forslag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <location filename="../lokalraad_app/ui/search_view.py" line="46"/>
        <source>%n hit(s) for “%1”</source>
        <translation>
            <numerusform>%n træf for “%1”</numerusform>
            <numerusform>%n træf for “%1”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/search_view.py" line="47"/>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
</context>
<context>
    <name>SendingPage</name>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="68"/>
        <source>&amp;Import the municipality&apos;s profile…</source>
        <translation>&amp;Importér kommunens profil…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="93"/>
        <source>The municipality&apos;s profile</source>
        <translation>Kommunens profil</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="185"/>
        <source>(no name)</source>
        <translation>(intet navn)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="72"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="76"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="76"/>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="77"/>
        <source>None (port 25)</source>
        <translation>Ingen (port 25)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="90"/>
        <source>Mail (SMTP)</source>
        <translation>Mail (SMTP)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="90"/>
        <source>Calendar (CalDAV)</source>
        <translation>Kalender (CalDAV)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="91"/>
        <source>Files (WebDAV)</source>
        <translation>Filer (WebDAV)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="97"/>
        <source>M&amp;unicipality:</source>
        <translation>K&amp;ommune:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="98"/>
        <source>&amp;Contact e-mail:</source>
        <translation>&amp;Kontakt-e-mail:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="102"/>
        <source>CA certi&amp;ficate:</source>
        <translation>CA-certi&amp;fikat:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="106"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="107"/>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="108"/>
        <source>S&amp;ecurity:</source>
        <translation>Sik&amp;kerhed:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="109"/>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="110"/>
        <source>&amp;From address:</source>
        <translation>&amp;Afsenderadresse:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="113"/>
        <source>Address (URL):</source>
        <translation>Adresse (URL):</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="114"/>
        <source>User name:</source>
        <translation>Brugernavn:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="180"/>
        <source>No profile yet. The municipality hands out a small file (.json) with its servers and addresses; import it here, or fill in the fields below.</source>
        <translation>Ingen profil endnu. Kommunen udleverer en lille fil (.json) med sine servere og adresser; importér den her, eller udfyld felterne nedenfor.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="184"/>
        <source>Saved: the profile of %1.</source>
        <translation>Gemt: profilen for %1.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="218"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="218"/>
        <source>Contact e-mail</source>
        <translation>Kontakt-e-mail</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="219"/>
        <source>CA certificate</source>
        <translation>CA-certifikat</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="219"/>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="220"/>
        <source>From address</source>
        <translation>Afsenderadresse</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="220"/>
        <source>Calendar address (URL)</source>
        <translation>Kalenderens adresse (URL)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="221"/>
        <source>Files address (URL)</source>
        <translation>Filernes adresse (URL)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="226"/>
        <source>Fill in “%1”, or empty the other fields of that server.</source>
        <translation>Udfyld “%1”, eller tøm den servers andre felter.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="228"/>
        <source>“%1” is not a valid e-mail address; it should look like navn@eksempel.dk.</source>
        <translation>“%1” er ikke en gyldig e-mailadresse; den skal ligne navn@eksempel.dk.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="230"/>
        <source>“%1” must begin with https:// (or http://).</source>
        <translation>“%1” skal begynde med https:// (eller http://).</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="232"/>
        <source>“%1” is not a readable CA certificate (a PEM file). Choose the file the municipality gave you.</source>
        <translation>“%1” er ikke et læsbart CA-certifikat (en PEM-fil). Vælg den fil, kommunen gav dig.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="242"/>
        <source>Import the municipality&apos;s profile</source>
        <translation>Importér kommunens profil</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="243"/>
        <source>Profile (*.json);;All files (*)</source>
        <translation>Profil (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="249"/>
        <source>Profile not imported</source>
        <translation>Profilen blev ikke importeret</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="254"/>
        <source>Choose the municipality&apos;s CA certificate</source>
        <translation>Vælg kommunens CA-certifikat</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="255"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certifikater (*.pem *.crt *.cer);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="323"/>
        <source>Reading the keyring…</source>
        <translation>Læser nøgleringen…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="336"/>
        <source>A password is used until Lokalråd is closed; it is not saved.</source>
        <translation>En adgangskode bruges, indtil Lokalråd lukkes; den er ikke gemt.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="338"/>
        <source>There is no secure keyring on this computer, so a password is not saved. Write it here: it is used until Lokalråd is closed.</source>
        <translation>Der er ingen sikker nøglering på denne computer, så en adgangskode gemmes ikke. Skriv den her: den bruges, indtil Lokalråd lukkes.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="343"/>
        <source>A password is kept in this computer&apos;s keyring.</source>
        <translation>En adgangskode er gemt i computerens nøglering.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="344"/>
        <source>No password yet.</source>
        <translation>Ingen adgangskode endnu.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="351"/>
        <source>Write the password first.</source>
        <translation>Skriv adgangskoden først.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="368"/>
        <source>Saving the password in the keyring…</source>
        <translation>Gemmer adgangskoden i nøgleringen…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="376"/>
        <source>There is no secure keyring on this computer, so the password is not saved. It is used until Lokalråd is closed; you will be asked for it again next time.</source>
        <translation>Der er ingen sikker nøglering på denne computer, så adgangskoden gemmes ikke. Den bruges, indtil Lokalråd lukkes, og du bliver spurgt om den igen næste gang.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="379"/>
        <source>%1 The password is used until Lokalråd is closed; it is not saved.</source>
        <translation>%1 Adgangskoden bruges, indtil Lokalråd lukkes; den er ikke gemt.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="408"/>
        <source>The server answers and the login works.</source>
        <translation>Serveren svarer, og login virker.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="356"/>
        <source>Password not saved</source>
        <translation>Adgangskoden blev ikke gemt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="382"/>
        <source>The password is saved in this computer&apos;s keyring.</source>
        <translation>Adgangskoden er gemt i denne computers nøglering.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="395"/>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="396"/>
        <source>Connecting…</source>
        <translation>Forbinder…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="406"/>
        <source>The mail server answers and the login works.</source>
        <translation>Mailserveren svarer, og login virker.</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="33"/>
        <source>Save &amp;password</source>
        <translation>&amp;Gem adgangskode</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="34"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test forbindelse</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/sending_page.py" line="44"/>
        <source>Pass&amp;word:</source>
        <translation>Adgangs&amp;kode:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="26"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="37"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="38"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="40"/>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="45"/>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="47"/>
        <source> % of the board present</source>
        <translation> % af bestyrelsen til stede</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="52"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="54"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="58"/>
        <source>Si&amp;gnature lines under approved minutes</source>
        <translation>&amp;Underskriftslinjer under godkendte referater</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="63"/>
        <source>Council</source>
        <translation>Lokalråd</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="65"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="66"/>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="67"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="68"/>
        <source>&amp;Secretary:</source>
        <translation>&amp;Sekretær:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="69"/>
        <source>Secretary&apos;s &amp;email:</source>
        <translation>Sekretærens &amp;e-mail:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="71"/>
        <source>Printed documents</source>
        <translation>Udskrevne dokumenter</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="73"/>
        <source>&amp;Document language:</source>
        <translation>&amp;Dokumentsprog:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="70"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Beslutningsdygtig ved:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="78"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="80"/>
        <source>Approved minutes are sealed as they were printed then; these settings apply to documents printed from now on.</source>
        <translation>Godkendte referater er forseglet, som de blev udskrevet dengang; disse indstillinger gælder dokumenter, der udskrives fremover.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="85"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="87"/>
        <source>&amp;Backups to keep:</source>
        <translation>&amp;Antal sikkerhedskopier:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="88"/>
        <source>Keep former members &amp;for:</source>
        <translation>Behold tidligere medlemmer &amp;i:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="95"/>
        <source>Agenda templates</source>
        <translation>Dagsordensskabeloner</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="99"/>
        <source>One item a line: title | orientering, drøftelse or beslutning | minutes. Empty: the standard items.</source>
        <translation>Ét punkt pr. linje: titel | orientering, drøftelse eller beslutning | minutter. Tom: standardpunkterne.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="105"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="107"/>
        <source>&amp;Language (after restart):</source>
        <translation>S&amp;prog (efter genstart):</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="114"/>
        <source>&amp;Council</source>
        <translation>&amp;Lokalråd</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="115"/>
        <source>A&amp;gendas</source>
        <translation>Da&amp;gsordener</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="116"/>
        <source>&amp;File and program</source>
        <translation>Fil og prog&amp;ram</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="127"/>
        <source>&amp;Sending</source>
        <translation>&amp;Afsendelse</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="154"/>
        <source>Choose the council&apos;s logo</source>
        <translation>Vælg lokalrådets logo</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="154"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Billeder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="160"/>
        <source>Logo not read</source>
        <translation>Logoet kunne ikke læses</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="172"/>
        <source>No logo</source>
        <translation>Intet logo</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="172"/>
        <source>Not an image</source>
        <translation>Ikke et billede</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="230"/>
        <source>Write the council&apos;s name.</source>
        <translation>Skriv lokalrådets navn.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="232"/>
        <source>The logo must be a PNG or JPEG image of at most 2 MB.</source>
        <translation>Logoet skal være et PNG- eller JPEG-billede på højst 2 MB.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/settings/settings_dialog.py" line="233"/>
        <source>The email address is not valid; it should look like navn@eksempel.dk.</source>
        <translation>E-mailadressen er ikke gyldig; den skal ligne navn@eksempel.dk.</translation>
    </message>
</context>
<context>
    <name>SignupTableModel</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/signups_view.py" line="26"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/signups_view.py" line="26"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>SignupsView</name>
    <message>
        <location filename="../lokalraad_app/ui/meetings/signups_view.py" line="43"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/signups_view.py" line="45"/>
        <source>E-mail, e.g. anne@example.dk</source>
        <translation>E-mail, fx anne@eksempel.dk</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/signups_view.py" line="46"/>
        <source>&amp;Sign up</source>
        <translation>&amp;Tilmeld</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/signups_view.py" line="47"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/signups_view.py" line="49"/>
        <source>Citizens who signed up get the minutes with “Send minutes to the participants”, together with those recorded present.</source>
        <translation>Borgere, der har tilmeldt sig, får referatet med “Send referat til deltagere”, sammen med dem, der er registreret som fremmødt.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/signups_view.py" line="88"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/signups_view.py" line="102"/>
        <location filename="../lokalraad_app/ui/meetings/signups_view.py" line="104"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/meetings/signups_view.py" line="103"/>
        <source>Remove the sign-up of %1?</source>
        <translation>Fjern tilmeldingen fra %1?</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../lokalraad_app/ui/undo.py" line="26"/>
        <source>what it changed no longer exists.</source>
        <translation>det, som handlingen ændrede, findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/undo.py" line="28"/>
        <source>the minutes of that meeting are approved and locked; correct them with a dated amendment instead.</source>
        <translation>referatet af det møde er godkendt og låst; ret det i stedet med en dateret rettelse.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/undo.py" line="32"/>
        <source>“%1” cannot be undone: %2</source>
        <translation>»%1« kan ikke fortrydes: %2</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/undo.py" line="33"/>
        <source>“%1” cannot be redone: %2</source>
        <translation>»%1« kan ikke gentages: %2</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <location filename="../lokalraad_app/ui/unexpected.py" line="48"/>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/unexpected.py" line="49"/>
        <source>Lokalråd met an error it did not expect, and what you just did may not have been carried out. What was saved before is safe.

The details are in %1; please send that file to whoever helps you with Lokalråd.</source>
        <translation>Lokalråd løb ind i en fejl, som programmet ikke havde forudset, og det, du lige gjorde, er måske ikke blevet udført. Det, der var gemt før, er i behold.

Detaljerne står i %1; send gerne den fil til den, der hjælper dig med Lokalråd.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../lokalraad_app/ui/welcome_dialog.py" line="16"/>
        <source>Welcome to Lokalråd</source>
        <translation>Velkommen til Lokalråd</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/welcome_dialog.py" line="20"/>
        <source>Lokalråd keeps your council&apos;s members, meetings, minutes and plans in one file on this computer. Tell us who you are to begin — you can change it later.</source>
        <translation>Lokalråd samler lokalrådets medlemmer, møder, referater og planer i én fil på denne computer. Fortæl først lidt om lokalrådet og dig selv — du kan altid ændre det senere.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/welcome_dialog.py" line="24"/>
        <source>e.g. Kirke Hyllinge Lokalråd</source>
        <translation>fx Kirke Hyllinge Lokalråd</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/welcome_dialog.py" line="27"/>
        <source>e.g. Lejre Kommune</source>
        <translation>fx Lejre Kommune</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/welcome_dialog.py" line="34"/>
        <source>Council &amp;name:</source>
        <translation>Lokalrådets &amp;navn:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/welcome_dialog.py" line="35"/>
        <source>&amp;Area (villages, parish):</source>
        <translation>&amp;Område (landsbyer, sogn):</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/welcome_dialog.py" line="36"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/welcome_dialog.py" line="37"/>
        <source>&amp;Secretary&apos;s name:</source>
        <translation>&amp;Sekretærens navn:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/welcome_dialog.py" line="38"/>
        <source>Secretary&apos;s &amp;email:</source>
        <translation>Sekretærens &amp;e-mail:</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/welcome_dialog.py" line="40"/>
        <source>&amp;Start</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/welcome_dialog.py" line="41"/>
        <source>Open &amp;demo council</source>
        <translation>Åbn &amp;demo-lokalråd</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/welcome_dialog.py" line="71"/>
        <source>Write the council&apos;s name.</source>
        <translation>Skriv lokalrådets navn.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/welcome_dialog.py" line="72"/>
        <source>The email address is not valid; it should look like navn@eksempel.dk.</source>
        <translation>E-mailadressen er ikke gyldig; den skal ligne navn@eksempel.dk.</translation>
    </message>
</context>
<context>
    <name>WorkingGroups</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="57"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="58"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
</context>
<context>
    <name>WorkingGroupsView</name>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="221"/>
        <source>&amp;New working group…</source>
        <translation>&amp;Ny arbejdsgruppe…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="222"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="223"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="225"/>
        <source>Add from the &amp;register…</source>
        <translation>Tilføj fra re&amp;gistret…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="226"/>
        <source>Add a &amp;citizen…</source>
        <translation>Tilføj en &amp;borger…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="227"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="229"/>
        <source>&amp;Own an initiative…</source>
        <translation>S&amp;tå for et initiativ…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="230"/>
        <source>&amp;Let go of it…</source>
        <translation>Sl&amp;ip det…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="232"/>
        <source>New &amp;meeting or note…</source>
        <translation>Nyt &amp;møde eller notat…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="233"/>
        <source>Edi&amp;t…</source>
        <translation>Re&amp;diger…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="234"/>
        <source>De&amp;lete…</source>
        <translation>S&amp;let…</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="249"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="251"/>
        <source>Initiatives it owns</source>
        <translation>Initiativer, den står for</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="253"/>
        <source>Meetings and notes</source>
        <translation>Møder og notater</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="297"/>
        <source>No working group yet: make one with “New working group”.</source>
        <translation>Ingen arbejdsgrupper endnu: opret en med “Ny arbejdsgruppe”.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="303"/>
        <source>Mandate: %1</source>
        <translation>Kommissorium: %1</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="340"/>
        <source>Delete working group</source>
        <translation>Slet arbejdsgruppe</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="341"/>
        <source>Delete the working group “%1” with its members, notes and the initiatives it owns (the initiatives stay in the plan)? You can undo this with Ctrl+Z.</source>
        <translation>Slet arbejdsgruppen “%1” med medlemmer, notater og de initiativer, den står for (initiativerne bliver i planen)? Du kan fortryde med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="343"/>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="424"/>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="427"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="367"/>
        <source>Remove from the working group</source>
        <translation>Fjern fra arbejdsgruppen</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="368"/>
        <source>Remove %1 from %2? You can undo this with Ctrl+Z.</source>
        <translation>Fjern %1 fra %2? Du kan fortryde med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="369"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="381"/>
        <source>No initiative to own</source>
        <translation>Intet initiativ at stå for</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="382"/>
        <source>The plan has no initiative this group does not own already.</source>
        <translation>Planen har intet initiativ, som gruppen ikke allerede står for.</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="384"/>
        <source>Own an initiative</source>
        <translation>Stå for et initiativ</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="385"/>
        <source>Which initiative does %1 own?</source>
        <translation>Hvilket initiativ står %1 for?</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="397"/>
        <source>Let go of the initiative</source>
        <translation>Slip initiativet</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="398"/>
        <source>The working group no longer owns “%1” (it stays in the plan)?</source>
        <translation>Skal arbejdsgruppen ikke længere stå for “%1” (det bliver i planen)?</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="399"/>
        <source>Let go</source>
        <translation>Slip</translation>
    </message>
    <message>
        <location filename="../lokalraad_app/ui/plan/working_groups_view.py" line="425"/>
        <source>Delete the entry of %1: “%2”? You can undo this with Ctrl+Z.</source>
        <translation>Slet punktet fra %1: “%2”? Du kan fortryde med Ctrl+Z.</translation>
    </message>
</context>
</TS>
