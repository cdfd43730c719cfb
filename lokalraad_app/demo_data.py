"""Writes a realistic Danish demo council into a new file; `scale` multiplies it into the stress data set."""

from __future__ import annotations

import json
import os
import random
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Table, insert, update
from sqlalchemy import text as sql
from sqlmodel import SQLModel

from lokalraad_app.domain.enums import (
    ActionStatus,
    Answer,
    Classification,
    HearingStatus,
    InitiativeStatus,
    ItemKind,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
    PersonKind,
    PlanVersionStatus,
    Presence,
    Role,
)
from lokalraad_app.domain.plan import make_snapshot
from lokalraad_app.store.engine import open_store

Progress = Callable[[float], None]
TZ_NAME = "Europe/Copenhagen"
TZ = ZoneInfo(TZ_NAME)
YEARS = 20
PEOPLE_PER_UNIT = 500
BATCH = 5000  # rows per executemany: large enough to be fast, small enough to report progress often

# --- Danish content ------------------------------------------------------------------------------

COUNCIL_NAME = "Kirke Hyllinge Lokalråd"
AREA = "Kirke Hyllinge, Lyndby, Gershøj, Sonnerup, Sæby og Kyndeløse"
MUNICIPALITY = "Lejre Kommune"

WOMEN = ("Mette", "Birthe", "Lærke", "Anne", "Hanne", "Kirsten", "Susanne", "Lene", "Karen", "Inger",
         "Bente", "Pia", "Tove", "Ida", "Freja", "Signe", "Maja", "Åse", "Grethe", "Jytte", "Dorte",
         "Sørine", "Malene", "Camilla", "Gitte", "Helle", "Rikke", "Marianne", "Else", "Astrid")
MEN = ("Søren", "Jørgen", "Jens", "Niels", "Lars", "Henrik", "Peter", "Poul", "Ole", "Bjørn", "Mads",
       "Rasmus", "Anders", "Kristian", "Bent", "Knud", "Torben", "Frederik", "Mikkel", "Ånund", "Aage",
       "Bo", "Kåre", "Jørn", "Steen", "Claus", "Erik", "Morten", "Thøger", "Asger")
SURNAMES = ("Østergaard", "Højgaard", "Sørensen", "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen",
            "Christensen", "Larsen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen",
            "Poulsen", "Møller", "Mortensen", "Frederiksen", "Kjær", "Lund", "Holm", "Bjerregaard",
            "Skovgaard", "Damgaard", "Nørgaard", "Søndergaard", "Vestergaard", "Bæk", "Dahl", "Krogh",
            "Friis", "Mølgaard", "Aabye", "Brøndum", "Kløvedal", "Fjordside", "Hyllested", "Sæbygaard")

# (street, postal code, postal town)
STREETS = (
    ("Bygaden", "4070", "Kirke Hyllinge"), ("Østervang", "4070", "Kirke Hyllinge"),
    ("Kirkevej", "4070", "Kirke Hyllinge"), ("Møllevej", "4070", "Kirke Hyllinge"),
    ("Hyllingeriis", "4070", "Kirke Hyllinge"), ("Præstemarken", "4070", "Kirke Hyllinge"),
    ("Skovvænget", "4070", "Kirke Hyllinge"), ("Ådalen", "4070", "Kirke Hyllinge"),
    ("Lyndby Strandvej", "4070", "Kirke Hyllinge"), ("Lyndby Bygade", "4070", "Kirke Hyllinge"),
    ("Gershøjvej", "4070", "Kirke Hyllinge"), ("Gershøj Havnevej", "4070", "Kirke Hyllinge"),
    ("Sæbyvej", "4070", "Kirke Hyllinge"), ("Kyndeløsevej", "4070", "Kirke Hyllinge"),
    ("Sonnerupvej", "4070", "Kirke Hyllinge"), ("Fjordvænget", "4070", "Kirke Hyllinge"),
    ("Smedestræde", "4070", "Kirke Hyllinge"), ("Kærvej", "4070", "Kirke Hyllinge"),
    ("Bøgevej", "4070", "Kirke Hyllinge"), ("Græsmarken", "4070", "Kirke Hyllinge"),
    ("Åsvej", "4060", "Kirke Såby"), ("Hovedgaden", "4330", "Hvalsø"), ("Algade", "4000", "Roskilde"),
)
MAIL_DOMAINS = ("gmail.com", "hotmail.com", "outlook.dk", "mail.dk", "live.dk", "yahoo.dk", "stofanet.dk",
                "youmail.dk", "jubii.dk", "privat.dk")
ORGANISATIONS = (
    "Kirke Hyllinge Borgerforening", "Hyllinge Idrætsforening", "Lyndby Strands Grundejerforening",
    "Skolebestyrelsen, Kirke Hyllinge Skole", "Sonnerup Forsamlingshus", "Kirke Hyllinge Menighedsråd",
    "Gershøj Bådelaug", "Hyllinge Vandværk", "Lokalhistorisk Arkiv", "Ældre Sagen Lejre",
    "Dagli'Brugsen Kirke Hyllinge", "KFUM-Spejderne Hyllinge", "Sæby Jagtforening", "Kyndeløse Landsbylaug",
    "Hyllinge Børnehus, forældrebestyrelsen", "Fjordlandet Turistforening", "Danmarks Naturfredningsforening, Lejre",
)
COMMITTEES = ("Teknik- og Miljøudvalget", "Plan- og Boligudvalget", "Økonomiudvalget", "Børne- og Ungeudvalget",
              "Kultur- og Fritidsudvalget", "Udvalget for Klima og Omstilling", "Social- og Sundhedsudvalget")
PARTIES = ("A", "V", "C", "F", "Ø", "B", "O", "I", "Å")
STAFF = (
    ("Trafikplanlægger", "Lejre Kommune, Vej og Trafik"), ("Vejingeniør", "Lejre Kommune, Vej og Trafik"),
    ("Planlægger", "Lejre Kommune, Plan og Byg"), ("Byggesagsbehandler", "Lejre Kommune, Plan og Byg"),
    ("Naturmedarbejder", "Lejre Kommune, Natur og Miljø"), ("Klimakoordinator", "Lejre Kommune, Natur og Miljø"),
    ("Kommunikationsmedarbejder", "Lejre Kommune, Borgerservice"), ("Skoleleder", "Kirke Hyllinge Skole"),
    ("Kultur- og fritidskonsulent", "Lejre Kommune, Kultur og Fritid"), ("Direktør", "Lejre Kommune"),
)
BOARD_PLACES = ("Kirke Hyllinge Forsamlingshus, Bygaden 25", "Sognegården, Kirkevej 2, Kirke Hyllinge",
                "Lyndby Borgerhus, Lyndby Bygade 9", "Kirke Hyllinge Skole, lærerværelset")
DIALOGUE_PLACE = "Lejre Rådhus, Møllebjergvej 4, Hvalsø"

# Board topics: (title, subject as it reads inside a sentence, kind, discussion points, decisions, action)
BOARD_TOPICS: tuple[tuple[str, str, ItemKind, tuple[str, ...], tuple[str, ...], str], ...] = (
    ("Trafiksikkerhed på Bygaden", "trafiksikkerheden på Bygaden", ItemKind.DISCUSSION,
     ("Flere beboere har klaget over høj fart gennem byen om morgenen.",
      "Skolevejen krydser Bygaden ved Brugsen, hvor der mangler en sikker overgang.",
      "Kommunen har tidligere afvist bump, men en hastighedstavle kan måske lånes."),
     ("Bestyrelsen sender en henvendelse til Vej og Trafik med ønske om fartdæmpning.",
      "Sagen tages op på næste dialogmøde med kommunen."), "Skrive til Vej og Trafik om fartdæmpning på Bygaden"),
    ("Cykelstien mellem Kirke Hyllinge og Lyndby", "cykelstien mellem Kirke Hyllinge og Lyndby", ItemKind.DISCUSSION,
     ("Cykelstien er med i kommunens prioriteringsliste, men uden finansiering.",
      "Grundejerne langs Lyndbyvej er positive over for at afgive jord.",
      "Der kan søges midler fra Vejdirektoratets cykelpulje."),
     ("Lokalrådet arbejder videre med en ansøgning til cykelpuljen.",
      "Formanden tager kontakt til grundejerne langs strækningen."), "Undersøge ansøgningsfrist for cykelpuljen"),
    ("Høringssvar om kommuneplanen", "høringssvaret om kommuneplanen", ItemKind.DECISION,
     ("Forslaget udlægger nye boligområder nord for Østervang.",
      "Der er bekymring for presset på skolen og for trafikken i myldretiden.",
      "Lokalrådet støtter flere boliger, men ønsker krav om stiforbindelser."),
     ("Udkastet til høringssvar blev godkendt med de rettelser, der kom på mødet.",
      "Sekretæren færdiggør og sender høringssvaret inden fristen."), "Sende høringssvar om kommuneplanen"),
    ("Juletræstænding på Torvet", "juletræstændingen på Torvet", ItemKind.DECISION,
     ("Brugsen sponsorerer æbleskiver og gløgg som sidste år.",
      "Spejderne har tilbudt at stå for fakkeloptoget.",
      "Der mangler frivillige til at sætte lys op."),
     ("Juletræet tændes første søndag i advent kl. 16.00.",
      "Bestyrelsen bevilger 2.500 kr. til arrangementet."), "Bestille juletræ og lyskæder"),
    ("Fastelavn og sommerfest", "årets fester i byen", ItemKind.DISCUSSION,
     ("Sommerfesten samlede over 300 deltagere sidste år.",
      "Idrætsforeningen vil gerne være medarrangør.",
      "Der er behov for en ny toiletvogn."),
     ("Lokalrådet indgår i festudvalget med to medlemmer.",), "Finde to frivillige til festudvalget"),
    ("Lokaludviklingsplanen: status på initiativerne", "status på lokaludviklingsplanens initiativer",
     ItemKind.INFORMATION,
     ("Shelterpladsen ved fjorden er færdig og bliver brugt flittigt.",
      "Arbejdsgruppen for boliger har holdt møde med en privat udvikler.",
      "Projektet med en ny legeplads mangler stadig 40.000 kr."),
     ("Orienteringen blev taget til efterretning.",), ""),
    ("Revision af lokaludviklingsplanen", "revisionen af lokaludviklingsplanen", ItemKind.DECISION,
     ("Planen fra 2021 trænger til at blive opdateret med klima og grøn omstilling.",
      "Et borgermøde er den bedste måde at samle input på.",
      "Kommunens Fælles-skaber kan facilitere en workshop."),
     ("Bestyrelsen igangsætter revisionen og indkalder til borgermøde i efteråret.",),
     "Booke forsamlingshuset til borgermøde om lokaludviklingsplanen"),
    ("Ansøgning til Landdistriktspuljen", "ansøgningen til Landdistriktspuljen", ItemKind.DECISION,
     ("Puljen støtter projekter, der styrker fællesskabet i landdistrikterne.",
      "Multibanen ved skolen er et godt bud, fordi den bruges af alle aldre.",
      "Der kræves 25 % egenfinansiering, som kan være frivilligt arbejde."),
     ("Lokalrådet søger om 250.000 kr. til multibanen.",), "Skrive ansøgning til Landdistriktspuljen"),
    ("Busbetjening, rute 217", "busbetjeningen på rute 217", ItemKind.DISCUSSION,
     ("Movia foreslår at halvere antallet af afgange i weekenden.",
      "De unge er afhængige af bussen til gymnasiet i Roskilde.",
      "Flextur er ikke et reelt alternativ for pendlere."),
     ("Bestyrelsen protesterer mod forringelsen og rejser sagen over for politikerne.",),
     "Sende indsigelse om rute 217 til Movia og kommunen"),
    ("Vedligehold af grøftekanter og stier", "vedligeholdet af grøftekanter og stier", ItemKind.INFORMATION,
     ("Stien langs Hyllingeriis er groet til.",
      "Kommunen slår nu kun grøftekanterne to gange om året af hensyn til biodiversiteten.",
      "Borgerne forstår ikke altid ændringen, så der er brug for information."),
     ("Lokalrådet informerer om den nye slåningsplan i nyhedsbrevet.",), "Skrive om slåningsplanen i nyhedsbrevet"),
    ("Nyhedsbrev og hjemmeside", "nyhedsbrevet og hjemmesiden", ItemKind.INFORMATION,
     ("Nyhedsbrevet har nu 412 abonnenter.",
      "Hjemmesiden skal flyttes til en ny udbyder, fordi den gamle lukker.",
      "Facebookgruppen er den mest brugte kanal."),
     ("Orienteringen blev taget til efterretning.",), "Flytte hjemmesiden til ny udbyder"),
    ("Kirke Hyllinge Skoles fremtid", "fremtiden for Kirke Hyllinge Skole", ItemKind.DISCUSSION,
     ("Elevtallet er faldende i de små klasser.",
      "Byrådet har sat skolestrukturen på dagsordenen igen.",
      "Skolen er afgørende for, at børnefamilier vil bo i området."),
     ("Lokalrådet inviterer skolebestyrelsen til et fælles møde.",), "Invitere skolebestyrelsen til møde"),
    ("Shelterplads ved Gershøj", "shelterpladsen ved Gershøj", ItemKind.DECISION,
     ("Lodsejeren har givet tilladelse til pladsen.",
      "Naturstyrelsen stiller krav om bålsted og toilet.",
      "Der er lovet frivillig arbejdskraft fra spejderne."),
     ("Projektet godkendes, og arbejdsgruppen går i gang med byggeriet.",), "Indhente tilbud på materialer til shelter"),
    ("Solcellepark ved Sæby", "den planlagte solcellepark ved Sæby", ItemKind.DISCUSSION,
     ("Projektet omfatter 80 hektar landbrugsjord.",
      "Naboerne ønsker beplantning som afskærmning og en grøn pulje til lokalsamfundet.",
      "Kommunen holder borgermøde i forbindelse med VVM-redegørelsen."),
     ("Lokalrådet deltager i borgermødet og samler naboernes bemærkninger.",), "Samle naboernes bemærkninger til solcelleparken"),
    ("Affald og genbrugsstation", "affaldsordningen og genbrugsstationen", ItemKind.INFORMATION,
     ("Den nye ordning med fire fraktioner er indført.",
      "Åbningstiderne på genbrugsstationen er blevet kortere.",
      "Der er ønske om en byttecentral."),
     ("Orienteringen blev taget til efterretning.",), ""),
    ("Fibernet og mobildækning", "fibernet og mobildækningen i området", ItemKind.DISCUSSION,
     ("Der er huller i mobildækningen ved Lyndby Strand.",
      "Et fiberselskab vil rulle ud, hvis 40 % af husstandene tilmelder sig.",
      "Lokalrådet kan hjælpe med at udbrede kendskabet."),
     ("Lokalrådet støtter kampagnen og deler information.",), "Dele information om fibertilmelding"),
    ("Budget for det kommende år", "budgettet for det kommende år", ItemKind.DECISION,
     ("Kommunens tilskud er uændret på 15.000 kr.",
      "Udgifterne til hjemmeside og forsikring stiger.",
      "Der bør afsættes midler til borgermøder."),
     ("Budgettet blev godkendt som fremlagt.",), ""),
    ("Dialogmøde med kommunen: forberedelse", "forberedelsen af dialogmødet", ItemKind.DISCUSSION,
     ("Det er vigtigt at skelne mellem politiske og administrative spørgsmål.",
      "Administrative spørgsmål sendes til Fælles-skaberen på forhånd.",
      "Politikerne skal have de politiske punkter i god tid."),
     ("Formanden og sekretæren udarbejder dagsordenen til dialogmødet.",), "Sende dagsorden til dialogmødet"),
    ("Ny legeplads i Lyndby", "den nye legeplads i Lyndby", ItemKind.DECISION,
     ("Den gamle legeplads er kasseret af kommunens legepladsinspektør.",
      "Der er indsamlet 60.000 kr. lokalt.",
      "Kommunen vil stå for den fremtidige drift."),
     ("Lokalrådet står som ansøger og bygherre på legepladsen.",), "Indhente tilbud på legepladsudstyr"),
    ("Lokalplan for boligområde ved Præstemarken", "lokalplanen for Præstemarken", ItemKind.DISCUSSION,
     ("Planen giver mulighed for 42 rækkehuse.",
      "Vejadgangen via Kirkevej vil belaste skolevejen.",
      "Der er ønske om et grønt område med regnvandsbassin."),
     ("Lokalrådet afgiver høringssvar med fokus på trafik og grønne områder.",), "Skrive høringssvar om lokalplanen"),
    ("Velkomstpakke til nye tilflyttere", "velkomstpakken til tilflyttere", ItemKind.DECISION,
     ("Der er flyttet 37 nye familier til området i år.",
      "Foreningerne vil gerne bidrage med foldere og tilbud.",
      "Brugsen kan sponsorere en gavekurv."),
     ("Velkomstpakken godkendes, og den deles ud fra næste måned.",), "Samle velkomstpakker til tilflyttere"),
    ("Hjertestartere i området", "hjertestarterne i området", ItemKind.INFORMATION,
     ("Hjertestarteren i Gershøj mangler nye elektroder.",
      "TrygFonden har tilbudt kursus i førstehjælp.",
      "Der ønskes en ekstra hjertestarter ved Sæby."),
     ("Lokalrådet arrangerer et førstehjælpskursus.",), "Arrangere førstehjælpskursus"),
    ("Fjorden og badevandskvaliteten", "badevandskvaliteten i Roskilde Fjord", ItemKind.INFORMATION,
     ("Kommunen har målt for høje værdier efter skybrud.",
      "Overløb fra kloakken ved Lyndby er den sandsynlige årsag.",
      "Der er brug for bedre skiltning ved badestederne."),
     ("Sagen tages med til dialogmødet.",), ""),
    ("Frivillighedens dag", "frivillighedens dag", ItemKind.DISCUSSION,
     ("Foreningerne har svært ved at finde nye frivillige.",
      "En fælles frivilligdag kan synliggøre behovet.",
      "Kommunens frivilligkonsulent vil gerne hjælpe."),
     ("Lokalrådet tager initiativ til en frivilligdag i september.",), "Kontakte foreningerne om frivilligdag"),
    ("Forsamlingshusets renovering", "renoveringen af forsamlingshuset", ItemKind.DISCUSSION,
     ("Taget er utæt, og køkkenet lever ikke op til kravene.",
      "Forsamlingshuset søger fonde og beder om lokalrådets støtte.",
      "Huset er områdets vigtigste mødested."),
     ("Lokalrådet skriver en støtteerklæring til fondsansøgningen.",), "Skrive støtteerklæring for forsamlingshuset"),
    ("Klimatilpasning og skybrud", "klimatilpasning og skybrud", ItemKind.DISCUSSION,
     ("Flere kældre i Østervang blev oversvømmet ved sidste skybrud.",
      "Forsyningen planlægger separatkloakering i 2027.",
      "Der kan laves regnbede på fællesarealerne."),
     ("Lokalrådet beder om et informationsmøde med forsyningen.",), "Bede forsyningen om informationsmøde"),
    ("Vindmøller ved Kyndeløse", "de foreslåede vindmøller ved Kyndeløse", ItemKind.DISCUSSION,
     ("Opstilleren har præsenteret tre møller på 150 meter.",
      "Der er delte meninger i området.",
      "Lokalrådet bør ikke tage stilling, men sikre en god proces."),
     ("Lokalrådet opfordrer kommunen til at holde et borgermøde.",), ""),
    ("Kommunens Fællesskabspulje", "kommunens Fællesskabspulje", ItemKind.INFORMATION,
     ("Puljen har ansøgningsfrist 1. marts og 1. september.",
      "Tre lokale foreninger har fået støtte i år.",
      "Lokalrådet kan hjælpe foreningerne med ansøgningerne."),
     ("Orienteringen blev taget til efterretning.",), ""),
    ("Stiforbindelse langs fjorden", "stiforbindelsen langs fjorden", ItemKind.DISCUSSION,
     ("Stien kan forbinde Gershøj og Lyndby Strand.",
      "To lodsejere er endnu ikke afklarede.",
      "Friluftsrådet kan støtte projektet."),
     ("Arbejdsgruppen fortsætter dialogen med lodsejerne.",), "Kontakte lodsejerne om fjordstien"),
    ("Ældre i lokalsamfundet", "ældres muligheder i lokalsamfundet", ItemKind.DISCUSSION,
     ("Ældre Sagen ønsker et fast mødested i byen.",
      "Der mangler seniorboliger i området.",
      "Kørselsordningen fungerer dårligt om aftenen."),
     ("Lokalrådet inviterer Ældre Sagen til næste møde.",), "Invitere Ældre Sagen til næste møde"),
)

DIALOGUE_TOPICS: tuple[tuple[str, Classification, str, str], ...] = (
    ("Fartdæmpning på Bygaden", Classification.ADMINISTRATIVE,
     "Vej og Trafik oplyste, at der laves fartmålinger i foråret, før der tages stilling.",
     "Administrationen vender tilbage med resultatet af målingerne."),
    ("Kirke Hyllinge Skoles fremtid i skolestrukturen", Classification.POLITICAL,
     "Udvalgsformanden redegjorde for processen; lokalrådet understregede skolens betydning for bosætningen.",
     "Lokalrådet inviteres til at give input inden udvalgets behandling."),
    ("Finansiering af cykelstien til Lyndby", Classification.POLITICAL,
     "Politikerne anerkendte behovet, men projektet konkurrerer med andre stier i budgettet.",
     "Sagen indgår i budgetforhandlingerne til efteråret."),
    ("Slåning af grøftekanter og vedligehold af stier", Classification.ADMINISTRATIVE,
     "Administrationen forklarede den nye slåningsplan og biodiversitetshensynet.",
     "Kommunen sender et kort over slåningen, som lokalrådet kan dele."),
    ("Busbetjening og rute 217", Classification.POLITICAL,
     "Lokalrådet fremlagde underskrifter imod forringelsen af weekendbusserne.",
     "Politikerne tager sagen med til Movia-forhandlingerne."),
    ("Byggesag på Præstemarken: tidsplan", Classification.ADMINISTRATIVE,
     "Plan og Byg oplyste, at lokalplanforslaget sendes i høring efter sommerferien.",
     "Lokalrådet får besked, når høringen starter."),
    ("Udlæg af nye boligområder i kommuneplanen", Classification.POLITICAL,
     "Lokalrådet ønsker flere boliger til seniorer og unge; politikerne lyttede.",
     "Ønsket noteres til den politiske behandling af kommuneplanen."),
    ("Badevandskvalitet og overløb ved Lyndby", Classification.ADMINISTRATIVE,
     "Forsyningen orienterede om planen for separatkloakering.",
     "Administrationen sender tidsplanen til lokalrådet."),
    ("Lokalrådenes rolle og tilskud", Classification.POLITICAL,
     "Der blev drøftet, om tilskuddet til lokalrådene kan hæves.",
     "Spørgsmålet tages op i Økonomiudvalget."),
    ("Belysning på stien ved skolen", Classification.ADMINISTRATIVE,
     "Vej og Trafik kan sætte lys op, når kabelarbejdet er færdigt.",
     "Administrationen melder en dato ud."),
    ("Solcelleparker og den lokale grønne pulje", Classification.POLITICAL,
     "Lokalrådet ønsker, at en del af indtægten går til lokalsamfundet.",
     "Byrådet drøfter en model for grønne puljer."),
    ("Vintertjeneste på de små veje", Classification.ADMINISTRATIVE,
     "Administrationen gennemgik ruteplanen; Gershøjvej rykkes op i prioritet.",
     "Ny ruteplan gælder fra 1. november."),
    ("Fællesskabspuljen: erfaringer", Classification.POLITICAL,
     "Lokalrådet foreslog enklere ansøgningsskemaer og to årlige frister.",
     "Forslaget sendes videre til Kultur- og Fritidsudvalget."),
    ("Henvendelser til kommunen: hvem svarer?", Classification.ADMINISTRATIVE,
     "Fælles-skaberen er indgang for lokalrådet og videresender administrative spørgsmål.",
     "Fælles-skaberen laver en oversigt over kontaktpersoner."),
)

CITIZENS_TOPICS = ("trafiksikkerhed", "den nye lokaludviklingsplan", "fremtidens Kirke Hyllinge Skole",
                   "solcelleparken ved Sæby", "vindmøller ved Kyndeløse", "byfornyelse af Bygaden",
                   "naturgenopretning i Hyllingeriis", "klimatilpasning og skybrud", "flere boliger i området")

# (idea, who brought it, focus area, initiative it feeds, status) from the latest borgermøde.
CITIZEN_IDEAS = (
    ("Bænke og et bord ved udsigtspunktet på Gershøj Bakke", "Inger Dalsgaard", "Natur, fjord og friluftsliv", "",
     "new"),
    ("Skolebørn fra Lyndby cykler på landevejen: en sti langs Lyndbyvej haster", "Mads Kjeldsen", "",
     "Cykelsti mellem Kirke Hyllinge og Lyndby", "taken_up"),
    ("Et fælles værksted i den gamle brugs, hvor man kan låne værktøj", "Hanne Vestergaard",
     "Fællesskab og foreningsliv", "", "new"),
    ("Ladestandere ved forsamlingshuset", "", "Klima og grøn omstilling", "", "declined"),
)
# (name, mandate, initiatives it owns, citizens outside the board, notes (days after the borgermøde, kind, text)).
WORKING_GROUPS = (
    ("Trafiksikkerhed", "Samle borgernes ønsker til sikre skoleveje og følge kommunens trafikplan.",
     ("Cykelsti mellem Kirke Hyllinge og Lyndby", "Fartdæmpning på Bygaden"), ("Mads Kjeldsen", "Lone Bech"),
     ((14, "meeting", "Gennemgang af skolevejene med skolens trafikpatrulje; kort over farlige kryds sendt til "
                      "kommunen."),
      (40, "note", "Kommunen har sat hastighedsmåling op på Bygaden i to uger."))),
    ("Havnen og fjorden", "Gøre fjorden tilgængelig for alle: stier, badebro og shelterplads.",
     ("Fjordstien fra Gershøj til Lyndby Strand", "Shelterplads ved Gershøj"), ("Inger Dalsgaard",),
     ((21, "meeting", "Besigtigelse af stien med Naturstyrelsen; lodsejerne kontaktes i foråret."),)),
)
# (title, proposer, description, cost in kroner, votes, chosen) voted on at the latest borgermøde.
BUDGET_PROPOSALS = (
    ("Legeplads ved Lyndby Strand", "Hanne Vestergaard", "Gynger og en sandkasse ved stranden.", 60_000, 48, True),
    ("Badebro ved Gershøj", "Inger Dalsgaard", "En enkel badebro af træ, som frivillige bygger.", 85_000, 41, True),
    ("Julebelysning på Bygaden", "Lone Bech", "Lyskæder i træerne fra december til januar.", 35_000, 22, False),
    ("Hjertestarter ved Sæby Kirke", "Mads Kjeldsen", "En hjertestarter i et opvarmet skab.", 20_000, 19, False),
)
SIGNUPS = ("Inger Dalsgaard", "Mads Kjeldsen", "Hanne Vestergaard", "Lone Bech", "Poul Andersen", "Birgit Holm")

DANISH_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                 "oktober", "november", "december")
DANISH_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

HEARINGS = (  # (title, description, the municipal department that holds the hearing)
    ("Forslag til Kommuneplan", "Forslaget fastlægger rammerne for byudvikling, landskab og infrastruktur.",
     "Plan og Udvikling"),
    ("Forslag til lokalplan for boligområde ved Præstemarken", "Lokalplanen muliggør 42 rækkehuse.",
     "Plan og Udvikling"),
    ("Trafiksikkerhedsplan", "Kommunens prioritering af trafiksikkerhedsprojekter de næste fire år.", "Vej og Trafik"),
    ("Spildevandsplan", "Plan for separatkloakering og håndtering af overløb.", "Natur og Miljø"),
    ("Forslag til nedlæggelse af weekendafgange på rute 217", "Movias forslag til ny køreplan.", "Vej og Trafik"),
    ("Råstofplan, Region Sjælland", "Udlæg af nye graveområder ved Kyndeløse.", "Region Sjælland"),
    ("Skolestruktur i Lejre Kommune", "Tre modeller for fremtidens skolestruktur.", "Børn og Familie"),
    ("Klimaplan", "Kommunens plan for CO2-reduktion og klimatilpasning.", "Natur og Miljø"),
    ("Planstrategi", "Byrådets strategi for den kommende planperiode.", "Plan og Udvikling"),
    ("Naturpolitik", "Mål for biodiversitet og naturforvaltning.", "Natur og Miljø"),
    ("Landdistriktspolitik", "Kommunens politik for lokalsamfund og landdistrikter.", "Plan og Udvikling"),
    ("Affaldsplan", "Ny affaldsordning med fire fraktioner.", "Natur og Miljø"),
)

# (fund, kind, purpose, initiative title, applied, granted, status, deadline, decided, report deadline in days
# from today; None: none), notes
FUNDING = (
    ("Landdistriktspuljen", "rural_pool", "Cykelsti, første etape", "Cykelsti mellem Kirke Hyllinge og Lyndby",
     250_000, 200_000, "granted", -120, -60, 240, "Bevilget med krav om medfinansiering fra kommunen."),
    ("Lejre Kommunes § 18-pulje", "section_18", "Frivillighedens dag", "Frivillighedens dag",
     15_000, 15_000, "reported", -400, -350, -30, "Regnskab sendt."),
    ("Friluftsrådet", "foundation", "Shelters og bålplads", "Shelterplads ved Gershøj",
     75_000, None, "sent", -20, None, None, "Svar forventes inden for tre måneder."),
    ("Nordea-fonden", "foundation", "Renovering af forsamlingshusets køkken", "Renovering af forsamlingshuset",
     180_000, None, "draft", 10, None, None, "Budget og tilbud fra tømreren mangler."),
)


@dataclass
class DemoSummary:
    """What a demo file holds (counts of rows)."""

    path: Path
    people: int = 0
    memberships: int = 0
    meetings: int = 0
    agenda_items: int = 0
    attendance: int = 0
    minutes: int = 0
    action_items: int = 0
    focus_areas: int = 0
    initiatives: int = 0
    hearings: int = 0


@dataclass
class _Term:
    person_id: int
    role: Role
    start: date
    end: date


@dataclass
class _Unit:
    """One council's worth of people and seats; the stress set holds `scale` of them."""

    index: int
    seats: list[list[_Term]] = field(default_factory=list)  # per seat, terms in time order
    names: dict[int, str] = field(default_factory=dict)
    emails: dict[int, str] = field(default_factory=dict)
    liaisons: list[int] = field(default_factory=list)
    politicians: list[int] = field(default_factory=list)
    staff: list[int] = field(default_factory=list)
    others: list[int] = field(default_factory=list)

    def board_on(self, day: date) -> list[_Term]:
        """Who held a seat on `day` (board seats first, then substitutes)."""
        found = []
        for terms in self.seats:
            for t in terms:
                if t.start <= day <= t.end:
                    found.append(t)
                    break
        return found


def danish_date(d: date, with_weekday: bool = False) -> str:
    text = f"{d.day}. {DANISH_MONTHS[d.month - 1]} {d.year}"
    return f"{DANISH_WEEKDAYS[d.weekday()]} {text}" if with_weekday else text


def _plain(text: str) -> str:
    """An email-safe form of a Danish name: æ→ae, ø→oe, å→aa."""
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa", " ": ".",
                           "'": "", "-": "."})
    return text.lower().translate(table)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * n)


def _citizen_email(name: str) -> str:
    """A citizen's one address wherever they took part (not drawn: the seed's draws stay as they were)."""
    return f"{_plain(name)}@mail.dk"


def _local(day: date, hour: int, minute: int = 0) -> datetime:
    """A Copenhagen wall-clock time on `day`, as an aware UTC datetime (the store keeps UTC)."""
    return datetime.combine(day, time(hour, minute), TZ).astimezone(UTC)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class _DemoWriter:
    def __init__(self, conn: Connection, rng: random.Random, today: date, scale: int,
                 progress: Progress | None) -> None:
        self.conn = conn
        self.rng = rng
        self.today = today
        self.now = _local(today, 12)
        self.scale = scale
        self.progress = progress
        self.tables: Mapping[str, Table] = SQLModel.metadata.tables
        self.ids: dict[str, int] = {}
        self.buffers: dict[str, list[dict[str, Any]]] = {}
        self.summary_counts: dict[str, int] = {}
        self.used_emails: set[str] = set()
        self.first_year = today.year - YEARS + 1
        self.months = range(today.year * 12 + today.month - 1 - (YEARS * 12 - 6),
                            today.year * 12 + today.month - 1 + 6)  # 20 years, the last half-year ahead
        self.secretary = ("", "")
        self.initiative_ids: dict[str, int] = {}  # by title, for the funding applications
        self.plan_adopted_on = date(today.year - 4, 4, 21)
        self.plan_adopting_meeting: tuple[int, date] | None = None
        self.plan_rows: tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]] | None = None

    # --- plumbing ----------------------------------------------------------------------------------
    def next_id(self, table: str) -> int:
        self.ids[table] = self.ids.get(table, 0) + 1
        return self.ids[table]

    def add(self, table: str, row: dict[str, Any]) -> None:
        buffer = self.buffers.setdefault(table, [])
        buffer.append(row)
        if len(buffer) >= BATCH:
            self.flush_all()  # all tables, parents first: a child row may point at a buffered parent

    def flush(self, table: str) -> None:
        rows = self.buffers.get(table)
        if rows:
            self.conn.execute(insert(self.tables[table]), rows)
            self.summary_counts[table] = self.summary_counts.get(table, 0) + len(rows)
            rows.clear()

    def flush_all(self) -> None:
        # Parents before children, so the foreign keys hold at every insert.
        for table in ("council", "person", "membership", "meeting", "agenda_item", "attendance", "minutes",
                      "action_item", "development_plan", "focus_area", "initiative", "plan_version", "hearing",
                      "funding_application", "citizen_idea", "working_group", "working_group_member",
                      "working_group_initiative", "working_group_note", "budget_round", "budget_proposal",
                      "meeting_signup"):
            self.flush(table)

    def report(self, fraction: float) -> None:
        if self.progress is not None:
            self.progress(min(max(fraction, 0.0), 1.0))

    # --- people ------------------------------------------------------------------------------------
    def person_name(self) -> str:
        rng = self.rng
        first = rng.choice(WOMEN if rng.random() < 0.5 else MEN)
        if rng.random() < 0.12:
            first += " " + rng.choice(WOMEN if first in WOMEN else MEN)
        last = rng.choice(SURNAMES)
        if rng.random() < 0.1:
            last = rng.choice(SURNAMES) + " " + last
        return f"{first} {last}"

    def email_for(self, name: str, domain: str | None = None) -> str:
        parts = _plain(name).split(".")
        base = f"{parts[0]}.{parts[-1]}"
        domain = domain or self.rng.choice(MAIL_DOMAINS)
        email = f"{base}@{domain}"
        n = 1
        while email in self.used_emails:
            n += 1
            email = f"{base}{n}@{domain}"
        self.used_emails.add(email)
        return email

    def add_person(self, unit: _Unit, kind: PersonKind, since: date, **values: Any) -> int:
        rng = self.rng
        pid = self.next_id("person")
        name = values.pop("name", None) or self.person_name()
        email = values.pop("email", None)
        if email is None:
            email = self.email_for(name) if rng.random() < 0.9 else ""
        street, postal, town = rng.choice(STREETS)
        created = _local(since, 10) - timedelta(days=rng.randint(0, 60))
        row = {
            "id": pid, "uuid": _uuid(rng), "name": name, "email": email,
            "phone": f"{rng.choice('2345678')}{rng.randint(0, 9)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                     f"{rng.randint(10, 99)}",
            "address": f"{street} {rng.randint(1, 120)}", "postal_code": postal, "city": town,
            "organisation": "", "title": "", "committee": "", "kind": kind.value, "notes": "",
            "consent_at": None, "consent_purpose": "", "erased_at": None,
            "created_at": created, "updated_at": created,
        }
        row.update(values)
        self.add("person", row)
        unit.names[pid] = name
        unit.emails[pid] = email
        return pid

    def make_board(self, unit: _Unit) -> None:
        """Nine seats (chair … substitutes) with 2-year terms, half elected each year at the annual meeting."""
        rng = self.rng
        roles = [Role.CHAIR, Role.VICE_CHAIR, Role.TREASURER, Role.SECRETARY, Role.MEMBER, Role.MEMBER,
                 Role.MEMBER, Role.SUBSTITUTE, Role.SUBSTITUTE]
        last_year = self.today.year + 1
        annual = {y: self.annual_date(unit, y) for y in range(self.first_year, last_year + 3)}
        unit.seats = [[] for _ in roles]
        served: dict[int, int] = {}
        for seat, role in enumerate(roles):
            year = self.first_year
            # Half the seats start on a one-year term, so that half the board is elected each year.
            length = 1 if seat % 2 else 2
            holder: int | None = None
            while year <= last_year:
                start, end = annual[year], annual[min(year + length, last_year + 2)] - timedelta(days=1)
                keep = holder is not None and served[holder] < 4 and rng.random() < 0.6
                if holder is None or not keep:
                    holder = self.add_person(unit, PersonKind.MEMBER, start)
                    served[holder] = 0
                served[holder] += 1
                unit.seats[seat].append(_Term(holder, role, start, end))
                year += length
                length = 2
        for terms in unit.seats:
            for t in terms:
                self.add("membership", {"id": self.next_id("membership"), "person_id": t.person_id,
                                        "role": t.role.value, "term_from": t.start, "term_to": t.end})

    def make_contacts(self, unit: _Unit) -> None:
        rng = self.rng
        start = date(self.first_year, 1, 15)
        for i in range(4):  # a new Fælles-skaber every five years
            name = self.person_name()
            unit.liaisons.append(self.add_person(
                unit, PersonKind.LIAISON, start + timedelta(days=i * 1826), name=name,
                email=self.email_for(name, "lejre.dk"), title="Fælles-skaber", organisation=MUNICIPALITY))
        for _ in range(25):
            name = self.person_name()
            unit.politicians.append(self.add_person(
                unit, PersonKind.POLITICIAN, start + timedelta(days=rng.randint(0, YEARS * 365)), name=name,
                email=self.email_for(name, "lejre.dk"), title=f"Byrådsmedlem ({rng.choice(PARTIES)})",
                organisation="Lejre Byråd", committee=rng.choice(COMMITTEES)))
        for _ in range(20):
            name = self.person_name()
            title, org = rng.choice(STAFF)
            unit.staff.append(self.add_person(
                unit, PersonKind.STAFF, start + timedelta(days=rng.randint(0, YEARS * 365)), name=name,
                email=self.email_for(name, "lejre.dk"), title=title, organisation=org))
        others = PEOPLE_PER_UNIT - len(unit.names)
        for _ in range(max(others, 0)):
            org = rng.choice(ORGANISATIONS) if rng.random() < 0.35 else ""
            unit.others.append(self.add_person(
                unit, PersonKind.OTHER, start + timedelta(days=rng.randint(0, YEARS * 365)),
                organisation=org, title="Kontaktperson" if org and rng.random() < 0.5 else "",
                notes="Tilmeldt nyhedsbrevet" if rng.random() < 0.3 else ""))

    # --- meetings ----------------------------------------------------------------------------------
    def annual_date(self, unit: _Unit, year: int) -> date:
        return _nth_weekday(year, 3, 3, 1 + unit.index % 2)  # second or third Thursday of March

    def schedule(self, unit: _Unit) -> list[tuple[datetime, datetime, MeetingKind, str, str]]:
        """Every meeting of one unit over the 20 years, in time order."""
        rng = self.rng
        weekday = (1, 2, 3, 0)[unit.index % 4]  # board meets on Tuesdays, Wednesdays, Thursdays or Mondays
        week = unit.index // 4 % 3
        place = BOARD_PLACES[unit.index % len(BOARD_PLACES)]
        out: list[tuple[datetime, datetime, MeetingKind, str, str]] = []
        for m in self.months:
            year, month = divmod(m, 12)
            month += 1
            if month in (1, 2, 4, 5, 6, 9, 10, 11):
                day = _nth_weekday(year, month, weekday, week)
                out.append((_local(day, 19), _local(day, 21), MeetingKind.BOARD, "Bestyrelsesmøde", place))
            if month == 3:
                day = self.annual_date(unit, year)
                out.append((_local(day, 19), _local(day, 21, 30), MeetingKind.ANNUAL,
                            f"Årsmøde {year} (generalforsamling)", "Kirke Hyllinge Forsamlingshus, Bygaden 25"))
            if month in (3, 8, 11):
                day = _nth_weekday(year, month, 2, 3)  # fourth Wednesday, at the town hall
                out.append((_local(day, 17), _local(day, 19), MeetingKind.DIALOGUE,
                            "Dialogmøde med Lejre Kommune", DIALOGUE_PLACE))
            if month == 10 and year % 2 == unit.index % 2:
                day = _nth_weekday(year, month, 3, 0)
                topic = rng.choice(CITIZENS_TOPICS)
                out.append((_local(day, 19), _local(day, 21, 30), MeetingKind.CITIZENS,
                            f"Borgermøde om {topic}", "Kirke Hyllinge Forsamlingshus, Bygaden 25"))
        out.sort(key=lambda x: x[0])
        return out

    def make_meetings(self, unit: _Unit, base: float, share: float) -> None:
        rng = self.rng
        schedule = self.schedule(unit)
        held = [s for s in schedule if s[0] < self.now]
        ids = [self.next_id("meeting") for _ in schedule]
        # Minutes are approved at the next held board meeting; the latest ones still wait for that.
        next_board: list[int | None] = [None] * len(schedule)
        upcoming: int | None = None
        for i in range(len(held) - 1, -1, -1):
            next_board[i] = upcoming
            if held[i][2] is MeetingKind.BOARD:
                upcoming = i
        previous_board: datetime | None = None
        organiser = self.secretary[1]
        for i, (start, end, kind, title, place) in enumerate(schedule):
            mid = ids[i]
            is_past = start < self.now
            if kind is MeetingKind.BOARD and is_past and self.plan_adopting_meeting is None \
                    and start.date() >= self.plan_adopted_on:
                self.plan_adopting_meeting = (mid, start.astimezone(TZ).date())  # the plan's first board meeting
            self.add("meeting", {
                "id": mid, "uid": _uuid(rng), "kind": kind.value, "title": title, "start": start, "end": end,
                "timezone": TZ_NAME, "place": place, "organiser": organiser,
                "status": (MeetingStatus.HELD if is_past else MeetingStatus.PLANNED).value,
                "sequence": 0, "series_uid": None, "notes": "",
            })
            local_day = start.astimezone(TZ).date()
            board = unit.board_on(local_day)
            items = self.make_items(unit, mid, kind, board, is_past, local_day, previous_board)
            self.make_attendance(unit, mid, kind, board, is_past)
            if is_past:
                j = next_board[i]
                if j is not None:
                    approved_day = held[j][0].astimezone(TZ).date()
                    self.add("minutes", {"id": self.next_id("minutes"), "meeting_id": mid,
                                         "status": MinutesStatus.APPROVED.value, "approved_on": approved_day,
                                         "approved_at_meeting_id": ids[j], "content_sha256": "", "pdf_sha256": ""})
                else:
                    self.add("minutes", {"id": self.next_id("minutes"), "meeting_id": mid,
                                         "status": MinutesStatus.DRAFT.value, "approved_on": None,
                                         "approved_at_meeting_id": None, "content_sha256": "", "pdf_sha256": ""})
                if kind is MeetingKind.BOARD:
                    self.make_actions(mid, items, board, local_day)
            if kind is MeetingKind.BOARD:
                previous_board = start
            if i % 50 == 49:
                self.report(base + share * (i + 1) / len(schedule))

    def make_items(self, unit: _Unit, meeting_id: int, kind: MeetingKind, board: list[_Term], is_past: bool,
                   day: date, previous_board: datetime | None) -> list[tuple[int, int, str]]:
        """Writes one meeting's agenda; returns (item id, responsible id, action text) of the topics."""
        rng = self.rng
        names = unit.names
        chair = next((t.person_id for t in board if t.role is Role.CHAIR), None)
        treasurer = next((t.person_id for t in board if t.role is Role.TREASURER), None)
        members: list[int | None] = [t.person_id for t in board if t.role is not Role.SUBSTITUTE] or [None]
        rows: list[dict[str, Any]] = []
        topics: list[tuple[int, int, str]] = []

        def item(title: str, item_kind: ItemKind, discussion: str = "", decision: str = "",
                 responsible: int | None = None, minutes: int = 5, background: str = "", proposal: str = "",
                 classification: Classification = Classification.NONE) -> int:
            iid = self.next_id("agenda_item")
            postponed = is_past and bool(background) and rng.random() < 0.03
            if postponed:
                discussion, decision = "", "Punktet blev udsat til næste møde."
            rows.append({
                "id": iid, "meeting_id": meeting_id, "position": len(rows) + 1, "title": title,
                "kind": item_kind.value, "responsible_id": responsible, "minutes_allowed": minutes,
                "background": background, "proposal": proposal, "classification": classification.value,
                "postponed": postponed, "discussion": discussion if is_past else "",
                "decision": decision if is_past else "", "votes_for": None, "votes_against": None,
                "votes_blank": None,
            })
            return iid

        if kind is MeetingKind.BOARD:
            item("Godkendelse af dagsorden", ItemKind.DECISION, decision="Dagsordenen blev godkendt.",
                 responsible=chair, minutes=2)
            ref = (f"Referatet fra mødet {danish_date(previous_board.astimezone(TZ).date())} blev godkendt."
                   if previous_board else "Referatet blev godkendt.")
            item("Godkendelse af referat fra sidste møde", ItemKind.DECISION, decision=ref, responsible=chair,
                 minutes=3)
            item("Meddelelser fra formanden", ItemKind.INFORMATION,
                 discussion=f"{names.get(chair or 0, 'Formanden')} orienterede om henvendelser fra borgere og "
                            f"kommunen siden sidste møde, herunder {rng.choice(BOARD_TOPICS)[1]}.",
                 decision="Orienteringen blev taget til efterretning.", responsible=chair, minutes=10)
            item("Økonomi", ItemKind.INFORMATION,
                 discussion=f"Kassereren orienterede: kassebeholdningen er {rng.randint(8, 60)}.{rng.randint(100, 999)}"
                            " kr., og forbruget følger budgettet.",
                 decision="Orienteringen blev taget til efterretning.", responsible=treasurer, minutes=5)
            for title, subject, item_kind, points, decisions, action in rng.sample(BOARD_TOPICS, rng.randint(5, 11)):
                responsible = rng.choice(members)
                who = names.get(responsible or 0, "Formanden")
                discussion = " ".join([rng.choice((f"Bestyrelsen drøftede {subject}.",
                                                   f"{who} orienterede om {subject}.",
                                                   f"{who} indledte punktet om {subject}.")),
                                       *rng.sample(points, 2)])
                background = f"{who} har forberedt punktet. {points[0]}"
                proposal = (f"Det indstilles, at bestyrelsen tager stilling til {subject}."
                            if item_kind is ItemKind.DECISION else "")
                iid = item(title, item_kind, discussion=discussion, decision=rng.choice(decisions),
                           responsible=responsible, minutes=rng.choice((10, 15, 20, 30)), background=background,
                           proposal=proposal)
                if item_kind is ItemKind.DECISION and is_past and rng.random() < 0.05:
                    n = len(members)
                    against = rng.randint(0, max(n // 3, 0))
                    rows[-1].update(votes_for=n - against, votes_against=against, votes_blank=0)
                if action:
                    topics.append((iid, responsible or 0, action))
            item("Orientering fra arbejdsgrupperne", ItemKind.INFORMATION,
                 discussion="Arbejdsgrupperne for trafik, natur og arrangementer gav en kort status.",
                 decision="Orienteringen blev taget til efterretning.", minutes=10)
            item("Næste møde", ItemKind.INFORMATION, decision="Næste møde holdes som planlagt.", minutes=2)
            item("Eventuelt", ItemKind.INFORMATION, discussion="Intet at bemærke." if rng.random() < 0.5 else
                 "Det blev nævnt, at der mangler lys i busskuret ved Sæbyvej.", minutes=5)
        elif kind is MeetingKind.DIALOGUE:
            item("Velkomst og præsentationsrunde", ItemKind.INFORMATION, responsible=chair, minutes=10,
                 discussion="Deltagerne præsenterede sig.")
            item("Godkendelse af dagsorden", ItemKind.DECISION, decision="Dagsordenen blev godkendt.", minutes=2)
            item("Opfølgning fra sidste dialogmøde", ItemKind.INFORMATION, minutes=10,
                 discussion="Fælles-skaberen gennemgik de administrative spørgsmål fra sidste møde.",
                 decision="Opfølgningen blev taget til efterretning.")
            for title, classification, discussion, decision in rng.sample(DIALOGUE_TOPICS, rng.randint(3, 6)):
                item(title, ItemKind.DISCUSSION, discussion=discussion, decision=decision,
                     responsible=rng.choice(members), minutes=15, classification=classification,
                     background=f"Spørgsmålet er {'politisk' if classification is Classification.POLITICAL else 'administrativt'}"
                                " og er sendt til kommunen før mødet.")
            item("Eventuelt", ItemKind.INFORMATION, discussion="Intet at bemærke.", minutes=5)
        elif kind is MeetingKind.ANNUAL:
            for title, text in (
                ("Valg af dirigent og referent", f"{names.get(rng.choice(unit.others), 'Et medlem')} blev valgt "
                                                 "som dirigent og konstaterede, at årsmødet var lovligt indkaldt."),
                ("Bestyrelsens beretning", f"{names.get(chair or 0, 'Formanden')} aflagde beretning om årets "
                                           "arbejde med trafik, lokaludviklingsplanen og arrangementer."),
                ("Fremlæggelse af regnskab", "Regnskabet blev fremlagt og godkendt."),
                ("Indkomne forslag", "Der var ingen indkomne forslag."),
                ("Budget for det kommende år", "Budgettet blev fremlagt og godkendt."),
                ("Valg af bestyrelsesmedlemmer", "De opstillede kandidater blev valgt uden afstemning."),
                ("Valg af suppleanter", "To suppleanter blev valgt."),
                ("Valg af revisor", "Revisoren blev genvalgt."),
                ("Eventuelt", "Der blev takket for indsatsen i årets løb."),
            ):
                item(title, ItemKind.DECISION if title.startswith("Valg") else ItemKind.INFORMATION,
                     discussion=text, decision="Godkendt." if "regnskab" in title or "Budget" in title else "",
                     responsible=chair, minutes=10)
        else:
            item("Velkomst", ItemKind.INFORMATION, discussion="Formanden bød velkommen.", responsible=chair)
            item("Oplæg fra kommunen", ItemKind.INFORMATION, minutes=30,
                 discussion="Kommunens medarbejdere fremlagde baggrunden og tidsplanen.")
            item("Spørgsmål og debat", ItemKind.DISCUSSION, minutes=45,
                 discussion="Der var livlig debat med mange spørgsmål fra salen om trafik, natur og boliger.")
            item("Gruppearbejde", ItemKind.DISCUSSION, minutes=30,
                 discussion="Deltagerne arbejdede i grupper og prioriterede forslagene.")
            item("Opsamling og det videre forløb", ItemKind.INFORMATION, minutes=15,
                 decision="Lokalrådet samler input og vender tilbage i nyhedsbrevet.")
        for row in rows:
            self.add("agenda_item", row)
        return topics

    def make_attendance(self, unit: _Unit, meeting_id: int, kind: MeetingKind, board: list[_Term],
                        is_past: bool) -> None:
        rng = self.rng

        def row(pid: int, guest: bool = False, substitute_for: int | None = None) -> None:
            if is_past:
                yes = rng.random() < 0.85
                answer, presence = (Answer.YES, Presence.PRESENT if rng.random() < 0.97 else Presence.ABSENT) if yes \
                    else (Answer.NO, Presence.EXCUSED)
            else:
                answer, presence = Answer.PENDING, Presence.UNKNOWN
            self.add("attendance", {
                "id": self.next_id("attendance"), "meeting_id": meeting_id, "person_id": pid,
                "name": unit.names.get(pid, ""), "email": unit.emails.get(pid, ""), "answer": answer.value,
                "presence": presence.value, "is_guest": guest, "substitute_for_id": substitute_for,
            })

        for t in board:
            row(t.person_id)
        if kind is MeetingKind.DIALOGUE:
            for pid in [rng.choice(unit.liaisons), *rng.sample(unit.politicians, 2), rng.choice(unit.staff)]:
                row(pid, guest=True)
        elif kind in (MeetingKind.CITIZENS, MeetingKind.ANNUAL) and is_past:
            for pid in rng.sample(unit.others, rng.randint(8, 25)):
                row(pid, guest=True)

    def make_actions(self, meeting_id: int, topics: list[tuple[int, int, str]], board: list[_Term],
                     day: date) -> None:
        rng = self.rng
        names = {t.person_id: t for t in board}
        recent = day > self.today - timedelta(days=120)
        # Recent meetings leave open follow-ups (some already overdue); old ones are nearly all done.
        count = rng.randint(1, 3) if recent else rng.randint(0, 2)
        for iid, owner, text in rng.sample(topics, min(len(topics), count)):
            due = day + timedelta(days=rng.randint(14, 60))
            done = rng.random() < (0.25 if recent else 0.99)
            closed = min(due + timedelta(days=rng.randint(-10, 20)), self.today) if done else None
            self.add("action_item", {
                "id": self.next_id("action_item"), "uuid": _uuid(rng), "meeting_id": meeting_id,
                "agenda_item_id": iid, "description": text, "owner_id": owner if owner in names else None,
                "owner_name": "", "due": due,
                "status": (ActionStatus.DONE if done else ActionStatus.OPEN).value,
                "closed_note": rng.choice(("Udført.", "Klaret, se referatet.", "Kommunen har svaret; sagen er lukket.",
                                           "Sendt inden fristen.")) if done else "",
                "closed_on": closed,
            })

    # --- the council's own records -----------------------------------------------------------------
    def make_council(self, unit: _Unit) -> None:
        board = unit.board_on(self.today)
        secretary = next((t.person_id for t in board if t.role is Role.SECRETARY), None)
        if secretary is not None:
            self.secretary = (unit.names[secretary], unit.emails[secretary])
        self.add("council", {"id": 1, "uuid": _uuid(self.rng), "name": COUNCIL_NAME, "area": AREA,
                             "municipality": MUNICIPALITY, "secretary_name": self.secretary[0],
                             "secretary_email": self.secretary[1], "document_language": "da",
                             "timezone": TZ_NAME, "created_at": _local(date(self.first_year, 3, 1), 12)})

    def make_plan(self, unit: _Unit) -> None:
        rng = self.rng
        adopted = self.plan_adopted_on
        plan = {
            "id": 1, "uid": _uuid(rng),
            "title": f"Lokaludviklingsplan for Kirke Hyllinge-egnen {adopted.year}–{adopted.year + 8}",
            "vision": "Kirke Hyllinge-egnen er et levende lokalsamfund ved Roskilde Fjord, hvor børnefamilier og "
                      "ældre kan bo godt, hvor naturen er tæt på, og hvor vi sammen skaber fællesskab, trygge "
                      "veje og plads til nye idéer.",
            "adopted_on": adopted, "revised_on": date(self.today.year - 1, 5, 2),
            "period_start": adopted.year, "period_end": adopted.year + 8,
        }
        self.add("development_plan", plan)
        areas = (
            ("Trafik og sikre skoleveje", "Sikre veje for børn, cyklister og gående.",
             ("Cykelsti mellem Kirke Hyllinge og Lyndby", "Fartdæmpning på Bygaden", "Belyst skolesti")),
            ("Natur, fjord og friluftsliv", "Adgang til fjorden og naturen for alle.",
             ("Shelterplads ved Gershøj", "Fjordstien fra Gershøj til Lyndby Strand", "Vild med vilje i grøftekanten")),
            ("Fællesskab og foreningsliv", "Mødesteder og frivillighed på tværs af generationer.",
             ("Multibane ved skolen", "Frivillighedens dag", "Velkomstpakke til tilflyttere",
              "Renovering af forsamlingshuset")),
            ("Bosætning og boliger", "Boliger til unge, familier og seniorer.",
             ("Seniorbofællesskab i Kirke Hyllinge", "Markedsføring af området over for tilflyttere")),
            ("Klima og grøn omstilling", "Et lokalsamfund, der tager ansvar for klimaet.",
             ("Fælles solceller på forsamlingshuset", "Regnbede ved Østervang", "Delebilordning")),
        )
        funding = (("Landdistriktspuljen", 250_000), ("Lejre Kommunes Fællesskabspulje", 40_000),
                   ("Friluftsrådet", 75_000), ("Lokale sponsorer og frivilligt arbejde", 15_000),
                   ("Ikke afklaret", None), ("LAG Lejre-Roskilde", 120_000))
        partners = ("Lejre Kommune, Vej og Trafik", "Hyllinge Idrætsforening", "Kirke Hyllinge Skole",
                    "Kirke Hyllinge Borgerforening", "Naturstyrelsen", "Lokale lodsejere", "KFUM-Spejderne")
        statuses = list(InitiativeStatus)
        percent = {InitiativeStatus.IDEA: (0, 10), InitiativeStatus.ACTIVE: (20, 80),
                   InitiativeStatus.DONE: (100, 100), InitiativeStatus.PAUSED: (5, 50)}
        members = [t.person_id for t in unit.board_on(self.today)]
        area_rows, initiative_rows = [], []
        for position, (title, description, initiatives) in enumerate(areas, start=1):
            fid = self.next_id("focus_area")
            area = {"id": fid, "uid": _uuid(rng), "plan_id": 1, "position": position, "title": title,
                    "description": description}
            self.add("focus_area", area)
            area_rows.append(area)
            for initiative in initiatives:
                status = rng.choice(statuses)
                source, kroner = rng.choice(funding)
                start = date(adopted.year + rng.randint(0, 3), rng.choice((1, 4, 8)), 1)
                self.initiative_ids[initiative] = self.next_id("initiative")
                row = {
                    "id": self.initiative_ids[initiative], "uid": _uuid(rng), "focus_area_id": fid, "title": initiative,
                    "description": f"{initiative}: et initiativ under indsatsområdet {title.lower()}.",
                    "owner": unit.names.get(rng.choice(members), "Bestyrelsen") if members else "Bestyrelsen",
                    "partners": ", ".join(rng.sample(partners, 2)), "funding": source,
                    "budget_ore": kroner * 100 if kroner else None,
                    "progress_percent": rng.randint(*percent[status]) // 5 * 5,
                    "start_on": start, "end_on": date(start.year + rng.randint(1, 3), 12, 31),
                    "progress": {InitiativeStatus.IDEA: "Idéen er beskrevet; der søges partnere.",
                                 InitiativeStatus.ACTIVE: "Arbejdsgruppen er i gang; første etape er færdig.",
                                 InitiativeStatus.DONE: "Gennemført og indviet.",
                                 InitiativeStatus.PAUSED: "Sat i bero, til finansieringen er på plads."}[status],
                    "status": status.value,
                }
                self.add("initiative", row)
                initiative_rows.append(row)
        self.plan_rows = (plan, area_rows, initiative_rows)

    def make_plan_version(self) -> None:
        """The plan as adopted at its first board meeting: version 1 (the draft has moved on since)."""
        if self.plan_rows is None or self.plan_adopting_meeting is None:
            return
        mid, day = self.plan_adopting_meeting
        adopted = make_snapshot(*self.plan_rows)
        for area in adopted["focus_areas"]:  # the plan as it was then: nothing had started yet
            for i in area["initiatives"]:
                i["progress"], i["status"] = 0, InitiativeStatus.IDEA.value
                i["progress_note"] = "Idéen er beskrevet; der søges partnere."
        adopted["focus_areas"][-1]["initiatives"].pop()  # added later, in the draft
        self.add("plan_version", {"id": 1, "plan_id": 1, "number": 1, "status": PlanVersionStatus.DRAFT.value,
                                  "adopted_on": None, "adopting_meeting_id": None, "snapshot": ""})
        self.flush_all()
        # Adopted the way the app adopts: a draft becomes adopted once (the file refuses any other way).
        self.conn.execute(update(self.tables["plan_version"]).where(self.tables["plan_version"].c.id == 1).values(
            status=PlanVersionStatus.ADOPTED.value, adopted_on=day, adopting_meeting_id=mid,
            snapshot=json.dumps(adopted, ensure_ascii=False)))
        self.conn.execute(update(self.tables["development_plan"]).where(self.tables["development_plan"].c.id == 1)
                          .values(adopted_on=day))

    def make_hearings(self) -> None:
        rng = self.rng
        hearings = []
        for year in range(self.first_year, self.today.year + 1):
            for _ in range(2):
                title, description, issuer = rng.choice(HEARINGS)
                deadline = date(year, rng.randint(1, 12), rng.randint(1, 28))
                hearings.append((deadline, f"Høring: {title} {year}", description, issuer))
        hearings.sort()
        for i, (deadline, title, description, issuer) in enumerate(hearings):
            is_open = i >= len(hearings) - 2
            reference = f"{deadline.year % 100:02d}/{rng.randint(1000, 29999)}"
            if is_open:  # the two newest are still open, with a deadline ahead
                deadline = self.today + timedelta(days=12 + 19 * (len(hearings) - i))
            skipped = not is_open and rng.random() < 0.15
            answered = not is_open and not skipped
            self.add("hearing", {
                "id": self.next_id("hearing"), "uid": _uuid(rng), "title": title,
                "reference": reference, "description": description,
                "deadline": deadline,
                "response": "Kirke Hyllinge Lokalråd takker for muligheden for at afgive høringssvar. Vi støtter "
                            "planens overordnede mål, men ønsker, at trafiksikkerhed og stiforbindelser prioriteres, "
                            "og at lokalrådet inddrages tidligt i den videre proces." if answered else "",
                "status": (HearingStatus.OPEN if is_open else HearingStatus.SKIPPED if skipped
                           else HearingStatus.ANSWERED).value,
                "answered_on": deadline - timedelta(days=rng.randint(1, 10)) if answered else None,
                "issuer": f"{MUNICIPALITY}, {issuer}" if issuer != "Region Sjælland" else issuer,
                "link": f"https://www.lejre.dk/hoeringer/{reference.replace('/', '-')}",
                "committee_decides_on": deadline + timedelta(days=21), "agenda_item_id": None,
            })

    def make_funding(self) -> None:
        """A few applications for the plan's initiatives: granted, accounted for, awaiting an answer, a draft."""
        def days(n: int | None) -> date | None:
            return None if n is None else self.today + timedelta(days=n)

        for n, (fund, kind, purpose, initiative, applied, granted, status, deadline, decided, report, notes) in enumerate(FUNDING):
            self.add("funding_application", {
                "id": self.next_id("funding_application"),
                "uid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"lokalraad-demo-funding-{n}")),  # the seed's draws stay
                "fund": fund, "kind": kind, "purpose": purpose, "initiative_id": self.initiative_ids.get(initiative), "amount_applied": applied,
                "amount_granted": granted, "deadline": days(deadline), "status": status, "decided_on": days(decided),
                "report_deadline": days(report), "notes": notes,
            })

    def make_participation(self, unit: _Unit) -> None:
        """The plan's citizen participation around the latest borgermøde: ideas, two working groups, a citizen
        budget voted on there, and who signed up. Fixed content: the seed's draws for the rest stay as they were."""
        now = _local(self.today, 0).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")  # as the column holds it
        meeting = self.conn.execute(sql(
            "SELECT id, start FROM meeting WHERE kind = 'citizens' AND start < :now ORDER BY start DESC LIMIT 1"),
            {"now": now}).first()
        if meeting is None:
            return
        meeting_id, held = meeting[0], datetime.fromisoformat(str(meeting[1])).date()
        areas = {title: id_ for id_, title in self.conn.execute(sql("SELECT id, title FROM focus_area"))}
        initiative = self.initiative_ids.get
        for n, (idea, who, area, linked, status) in enumerate(CITIZEN_IDEAS):
            self.add("citizen_idea", {
                "id": self.next_id("citizen_idea"), "uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"demo-idea-{n}")),
                "text": idea, "name": who, "email": _citizen_email(who) if who else "", "received_on": held,
                "meeting_id": meeting_id, "focus_area_id": areas.get(area) if area else None,
                "initiative_id": initiative(linked) if linked else None, "status": status})
        board = [t.person_id for t in unit.board_on(held)]
        for n, (name, mandate, owns, citizens, notes) in enumerate(WORKING_GROUPS):
            group_id = self.next_id("working_group")
            self.add("working_group", {"id": group_id, "uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"demo-group-{n}")),
                                       "name": name, "mandate": mandate, "active": True})
            for k, person_id in enumerate(board[2 * n:2 * n + 2]):
                self.add("working_group_member", {"id": self.next_id("working_group_member"), "group_id": group_id,
                                                  "person_id": person_id, "name": "", "email": "",
                                                  "role": "tovholder" if k == 0 else ""})
            for citizen in citizens:
                self.add("working_group_member", {"id": self.next_id("working_group_member"), "group_id": group_id,
                                                  "person_id": None, "name": citizen,
                                                  "email": _citizen_email(citizen), "role": ""})
            for title in owns:
                if initiative(title):
                    self.add("working_group_initiative", {"id": self.next_id("working_group_initiative"),
                                                          "group_id": group_id, "initiative_id": initiative(title)})
            for days, kind, note in notes:
                self.add("working_group_note", {"id": self.next_id("working_group_note"), "group_id": group_id,
                                                "made_on": held + timedelta(days=days), "kind": kind, "text": note})
        round_id = self.next_id("budget_round")
        self.add("budget_round", {"id": round_id, "uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, "demo-budget-round")),
                                  "title": f"Borgerbudget {held.year}", "total": 150_000, "meeting_id": meeting_id,
                                  "decided_on": held})
        for title, who, description, cost, votes, chosen in BUDGET_PROPOSALS:
            self.add("budget_proposal", {"id": self.next_id("budget_proposal"), "round_id": round_id, "title": title,
                                         "proposer": who, "email": _citizen_email(who), "description": description,
                                         "cost": cost, "votes": votes, "chosen": chosen, "initiative_id": None})
        for who in SIGNUPS:
            self.add("meeting_signup", {"id": self.next_id("meeting_signup"), "meeting_id": meeting_id, "name": who,
                                        "email": _citizen_email(who),
                                        "signed_up_at": _local(held - timedelta(days=9), 12).astimezone(UTC)})

    # --- all of it ---------------------------------------------------------------------------------
    def write(self) -> None:
        for k in range(self.scale):
            unit = _Unit(index=k)
            self.make_board(unit)
            self.make_contacts(unit)
            if k == 0:
                self.make_council(unit)
                self.make_plan(unit)
                self.make_hearings()
                self.make_funding()
            self.flush_all()
            self.report((k + 0.1) / self.scale)
            self.make_meetings(unit, (k + 0.1) / self.scale, 0.9 / self.scale)
            self.flush_all()
            if k == 0:
                self.make_plan_version()
                self.make_participation(unit)
                self.flush_all()
            self.report((k + 1) / self.scale)


def write_demo(path: Path, scale: int = 1, seed: int = 7, progress: Progress | None = None, *,
               today: date | None = None) -> DemoSummary:
    """Writes the demo council into a new file; the same seed (and day) gives the same content.

    The file appears only when complete: it is written under a temporary name and renamed.
    """
    path = Path(path)
    if scale < 1:
        raise ValueError("The scale must be a whole number of at least 1.")
    if path.exists() and path.stat().st_size > 0:
        raise ValueError(f"{path} already exists; choose another name.")
    partial = path.with_name(path.name + ".partial")
    _remove_database(partial)
    store = open_store(partial)
    try:
        with store.session() as s:  # one transaction: all or nothing, and one fsync instead of thousands
            writer = _DemoWriter(s.connection(), random.Random(seed), today or date.today(), scale, progress)
            writer.write()
    except BaseException:
        store.close()
        _remove_database(partial)
        raise
    store.close()
    for suffix in ("-wal", "-shm"):
        # Normally gone after the last connection closed; if not, the WAL holds data and moves along.
        side = partial.with_name(partial.name + suffix)
        if side.exists():
            side.replace(path.with_name(path.name + suffix))
    partial.replace(path)
    counts = writer.summary_counts
    writer.report(1.0)
    return DemoSummary(
        path=path, people=counts.get("person", 0), memberships=counts.get("membership", 0),
        meetings=counts.get("meeting", 0), agenda_items=counts.get("agenda_item", 0),
        attendance=counts.get("attendance", 0), minutes=counts.get("minutes", 0),
        action_items=counts.get("action_item", 0), focus_areas=counts.get("focus_area", 0),
        initiatives=counts.get("initiative", 0), hearings=counts.get("hearing", 0),
    )


def _remove_database(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            os.remove(p)
        except FileNotFoundError:
            pass

