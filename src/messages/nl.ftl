# De meldingen van Vigie in het Nederlands (België). Zie en.ftl voor de werkwijze.

diagnostic-error = fout
diagnostic-help = hulp

capsule-no-title = deze vertaling heeft geen `title`
    .hint = voeg title = "…" toe aan de kop van het bestand
capsule-empty-title = de titel is leeg
    .hint = schrijf een korte, pakkende titel
page-no-title = de pagina heeft geen `title`
    .hint = voeg title = "…" toe aan de kop van het bestand
capsule-missing-translation = de capsule heeft geen vertaling `{ $lang }`, die site.toml vereist
    .hint = voeg index.{ $lang }.md toe aan deze map
alert-without-end = een waarschuwing heeft een einddatum `expires` nodig
    .hint = voeg expires = <datum> toe (de dag waarna de waarschuwing voorbij is); meestal hoogstens 30 dagen
unknown-district = onbekende wijk `{ $district }`
    .hint = voeg ze toe onder [districts] in site.toml
unknown-district-close = onbekende wijk `{ $district }`
    .hint = bedoelt u `{ $close }`? De wijken zijn de sleutels van [districts] in site.toml

toml-unknown-key = onbekende sleutel `{ $name }`
    .hint = hier aanvaarde sleutels: { $accepted }
toml-unknown-key-close = onbekende sleutel `{ $name }`
    .hint = bedoelt u `{ $close }`? Aanvaard: { $accepted }
toml-unknown-key-none = onbekende sleutel `{ $name }`
    .hint = verwijder deze sleutel; hier wordt er geen aanvaard
toml-unknown-value = onbekende waarde `{ $name }`
    .hint = hier aanvaarde waarden: { $accepted }
toml-unknown-value-close = onbekende waarde `{ $name }`
    .hint = bedoelt u `{ $close }`? Aanvaard: { $accepted }
toml-unknown-value-none = onbekende waarde `{ $name }`
    .hint = verwijder deze waarde; hier wordt er geen aanvaard
toml-invalid = te verbeteren: { $detail }

media-outside = `{ $file }` is geen bestand in de map van deze capsule
    .hint = zet het bestand in de map van de capsule en geef de naam, bv. "photo.jpg"
media-missing = geen bestand `{ $file }` in { $folder }
    .hint = kopieer het bestand naar { $folder }
media-missing-close = geen bestand `{ $file }` in { $folder }
    .hint = bedoelt u "{ $close }"?

link-to-draft = de capsule `{ $slug }` is een ontwerp: deze link zou nergens heen leiden
    .hint = leg de link zodra ze gepubliceerd is
link-to-scheduled = de capsule `{ $slug }` is voor later gepland: deze link zou nergens heen leiden
    .hint = leg de link zodra ze gepubliceerd is
link-no-capsule = er is geen capsule `{ $slug }`
    .hint = controleer de mapnaam van de bedoelde capsule of pagina
link-no-capsule-close = er is geen capsule `{ $slug }`
    .hint = bedoelt u `{ $close }`?
link-no-page = er is geen pagina `{ $slug }`
    .hint = controleer de mapnaam van de bedoelde capsule of pagina
link-no-page-close = er is geen pagina `{ $slug }`
    .hint = bedoelt u `{ $close }`?

address-taken = het adres `{ $slug }` is al dat van { $first }
    .hint = hernoem een van beide mappen: het adres van een capsule komt van de mapnaam

# `vigie check`: wat slecht zal lezen, delen of afdrukken.
content-alt-text = de alternatieve tekst `{ $alt }` beschrijft de afbeelding niet
    .hint = zeg wat de afbeelding toont, voor wie ze niet kan zien: "een hand doet een voordeur op slot"
content-title-length = de titel telt { $count } tekens; boven { $max } wordt hij afgekapt in zoekresultaten en deelkaarten
    .hint = houd het bij één idee, als vraag of in de gebiedende wijs
content-summary-length = de samenvatting telt { $count } tekens; feeds en e-mails tonen er ongeveer { $max }
    .hint = één of twee zinnen: wat te doen
content-body-length = de tekst telt meer dan { $max } woorden; een capsule is één praktische tip, in een minuut gelezen
    .hint = houd de tip en wat men moet doen; verwijs voor de rest naar een pagina
content-leaflet-short = de tekst is te lang voor de folder, die in de plaats de korte tekst afdrukt
    .hint = kort de tekst in, of controleer dat [leaflet] short het belangrijkste zegt
content-social-url = het { $network }-bericht dat deze capsule overneemt, heeft geen adres
    .hint = open het bericht op het netwerk, kopieer het adres en voeg url = "https://…" toe onder [[social]]
content-no-picture = de capsule heeft geen afbeelding
    .hint = berichten met een afbeelding worden veel meer gezien; voeg een [image] met alternatieve tekst toe
content-print-resolution = de foto wordt over de breedte van de { $paper }-folder op { $dpi } dpi afgedrukt; drukkerijen vragen { $min }
    .hint = gebruik een foto van minstens { $pixels } pixels breed
content-alert-duration = de waarschuwing loopt { $days } dagen; een waarschuwing is nieuws, en na meer dan { $max } dagen leest niemand ze nog
    .hint = beëindig ze vroeger, en maak een tip van wat blijft gelden
content-missing-translation = de capsule heeft geen vertaling `{ $lang }`
    .hint = voeg index.{ $lang }.md toe: inwoners die in het `{ $lang }` lezen, zien deze capsule niet
content-broken-link = `{ $url }` leidt naar geen enkele pagina van deze site
    .hint = link naar een capsule met @/capsules/<map> en naar een pagina met @/pages/<naam>: die controleert Vigie
content-insecure-link = `{ $url }` is geen https
    .hint = gebruik het https://-adres; de meeste sites hebben er een, en browsers waarschuwen voor de andere
# `vigie check`: overgenomen capsules, gevolgd bij hun bron.
exchange-newer = het origineel van deze capsule is gewijzigd sinds ze werd overgenomen: { $url } (versie { $version })
    .hint = lees het origineel opnieuw, neem over wat gewijzigd is en zet dan version = "{ $version }" onder [origin]
exchange-withdrawn = de site waarvan deze capsule komt, biedt ze niet meer aan: { $url }
    .hint = ze is misschien verouderd of ingetrokken: lees ze opnieuw, of vraag het aan { $site }
exchange-unreachable = kan niet lezen wat { $site } aanbiedt om de overgenomen capsules te vergelijken: { $error }
    .hint = controleer de verbinding, of dat de site haar capsules nog deelt


# `vigie check`: privégegevens in een tekst. { $slip } zegt wat er gevonden werd.
privacy-what = { $slip ->
    [plate] een nummerplaat
    [phone] een telefoonnummer
    [register-number] een rijksregisternummer
    [iban] een bankrekeningnummer (IBAN)
    [email] een e-mailadres
    [address] een adres met huisnummer
    [titled-name] de naam van een persoon
   *[name-initial] een voornaam met een initiaal
}
privacy-slip = { privacy-what } in de tekst: `{ $text }`
    .hint = verwijder het of houd het bij de straat of de wijk; is het bewust openbaar (het nummer van een dienst), voeg het dan toe aan allow = [...] in dit bestand
privacy-slip-grave = { privacy-what } in de tekst: `{ $text }`
    .hint = { $kind ->
        [alert] een waarschuwing
       *[news] een nieuwsbericht
    } mag niemand identificeren: verwijder dit gegeven (zeg "een auto", "de wijk")
privacy-more = nog { $count } privégegevens vanaf hier worden niet opgesomd
    .hint = deze tekst bevat een lange lijst privégegevens: verwijder die

# `vigie check`: de mix van soorten, en de komende 14 dagen.
mix-nothing-published = Er werd de afgelopen 30 dagen niets gepubliceerd: een stil kanaal verliest zijn lezers. Plan een tip per week.
mix-nothing-light = Niets luchtigs de afgelopen 30 dagen: plan deze maand een quiz of een luchtig bericht.
mix-too-many-alerts = Waarschuwingen zijn { $percent } % van de afgelopen 30 dagen (doel { $target } %): te veel alarm put de aandacht uit en maakt mensen ongerust; houd waarschuwingen voor echte fenomenen en laat ze volgen door een praktische tip.
mix-too-few-tips = Tips zijn { $percent } % van de afgelopen 90 dagen (doel { $target } %): praktische tips zijn wat inwoners onthouden en delen.
mix-no-news = Geen nieuws in 90 dagen: een woord over wat de dienst deed (een verdachte gevat na een oproep naar 101) wekt vertrouwen.
mix-good = Een goede mix: vooral tips, iets luchtigs, af en toe nieuws.
calendar-nothing = Er staat niets gepland voor de komende 14 dagen: plan een tip of twee, met een datum in de toekomst, zodat het kanaal vanzelf doorloopt.
calendar-weekend = { $scheduled ->
    [one] De geplande capsule gaat in een weekend vanzelf online: niemand hoeft achter het toetsenbord te zitten.
   *[other] { $weekend } van de { $scheduled } geplande capsules gaan in een weekend vanzelf online: niemand hoeft achter het toetsenbord te zitten.
}
calendar-scheduled = { $scheduled ->
    [one] Eén capsule staat gepland voor de komende 14 dagen, niet in een weekend.
   *[other] { $scheduled } capsules staan gepland voor de komende 14 dagen, geen enkele in een weekend.
}
calendar-alert-ends = De waarschuwing "{ $title }" loopt af op { $date }: zeg of het gevaar geweken is.
weekday = { $day ->
    [monday] maandag
    [tuesday] dinsdag
    [wednesday] woensdag
    [thursday] donderdag
    [friday] vrijdag
    [saturday] zaterdag
   *[sunday] zondag
}

# Het verslag van `vigie check`, als tekst en als pagina.
diagnostic-warning = aandachtspunt
report-site = site
report-mix-heading = Mix van de afgelopen 30 en 90 dagen
report-mix = Mix
report-chart-title = Gepubliceerde capsules per maand, per soort
report-window = { $days } dagen: tips { $tip }, ontspanning { $fun }, nieuws { $news }, waarschuwingen { $alert }
report-last = Afgelopen
report-days = { $days } dagen
report-target = doel
report-calendar-heading = De komende 14 dagen
report-day = Dag
report-scheduled = Gepland
report-weekend = weekend
report-nothing = Niets te verbeteren.
report-findings = Bevindingen
report-errors = { $count ->
    [one] { $count } fout
   *[other] { $count } fouten
}
report-warnings = { $count ->
    [one] { $count } aandachtspunt
   *[other] { $count } aandachtspunten
}
kind = { $kind ->
    [tip] tip
    [alert] waarschuwing
    [news] nieuws
   *[fun] ontspanning
}

# Wat `vigie build` en `vigie publish` zeggen als ze klaar zijn.
build-done = { $capsules ->
    [one] { $capsules } capsule
   *[other] { $capsules } capsules
} gebouwd in { $languages ->
    [one] { $languages } taal
   *[other] { $languages } talen
}: { $pages } pagina's, { $files } bestanden in { $seconds } s → { $output }
build-pictures = { $made } afbeeldingen gecodeerd, { $reused } uit de cache
build-leaflets = folders: { $leaflets }; { $typeset } opgemaakt, { $reused } uit de cache{ $shortened ->
    [0] {""}
   *[other] ; korte tekst op { $shortened } folders waarvan de tekst langer is dan één pagina
}
build-booklets = brochures: { $booklets }; { $typeset } opgemaakt, { $reused } uit de cache
build-next-change = volgende wijziging gepland: { $when } (bouw en publiceer dan opnieuw)
publish-built = { $capsules ->
    [one] { $capsules } capsule
   *[other] { $capsules } capsules
} gebouwd ({ $files } bestanden) in { $seconds } s.
publish-note = Let op: { $note }.
publish-nothing = Niets te publiceren: { $name } ({ $target }) bevat deze site al.
publish-plan = Naar { $name } ({ $target }): { $new } nieuw, { $changed } gewijzigd, { $removed } verwijderd, { $unchanged } ongewijzigd; { $bytes } te versturen.
publish-send = versturen
publish-remove = wissen
publish-needs-yes = er wordt niets verstuurd zonder bevestiging: voeg --yes toe om vanuit een script te publiceren
publish-confirm = Nu publiceren? [j/N]
publish-sending = verzenden
publish-not-sent = Er werd niets verstuurd.
publish-done = Gepubliceerd: { $files } bestanden verstuurd ({ $bytes }), { $removed } verwijderd. De site: { $address }
publish-next = Volgende wijziging gepland: { $when }.
publish-waiting-next = Wachten tot de volgende geplande wijziging, of tot een bestand van de site verandert.
publish-waiting-files = Wachten tot een bestand van de site verandert.
publish-note-ftp = ftp:// verstuurt uw wachtwoord en de bestanden onversleuteld, leesbaar voor iedereen onderweg: vraag uw host om ftps:// of sftp://
publish-note-bad-manifest = de { $file } van het doel is onleesbaar: alle bestanden worden verstuurd; --verify vergelijkt met wat het bevat
publish-note-no-manifest = het doel heeft nog geen manifest: alle bestanden worden verstuurd (--verify vergelijkt met wat het al bevat)
publish-note-own-rules = het doel heeft een eigen { $file }, die Vigie niet schreef: die blijft zoals hij is. Om de site met de regels van Vigie te bedienen, voeg die van { $ours } eraan toe, of verwijder hem en publiceer opnieuw (docs/hosting.md)
publish-note-foreign = { $count ->
    [one] { $count } bestand op het doel werd niet door Vigie gepubliceerd: het blijft zoals het is
   *[other] { $count } bestanden op het doel werden niet door Vigie gepubliceerd: ze blijven zoals ze zijn
}

## `vigie` with no command: started like a desktop program (a shortcut, a double-click).
start-running = Vigie is geopend voor de site in { $folder }.
    Werkbank (capsules schrijven en nalezen): { $workbench }
    Voorbeeld van de site (met concepten): { $address }
    Sluit dit venster of druk op Ctrl+C om Vigie te stoppen.
start-no-site = Er is geen site in { $folder } (geen site.toml). Hier een site maken? [j/N]
start-not-created = Er werd niets gemaakt.
start-no-site-said = Er is geen site in { $folder } (geen site.toml), en er werd niets gemaakt. Om er daar een te maken: vigie init "{ $folder }"; start daarna vigie opnieuw in die map. (vigie --help toont alle opdrachten.)

## What the other commands say.
browser-not-opened = Let op: er kon geen browser worden geopend; open het adres hierboven.
init-created = Site gemaakt in { $folder } ({ $files } bestanden).
    Daarna: cd "{ $folder }" && vigie build
new-created = { $file } is gemaakt (een concept: zet draft = false als het klaar is).
serve-running = Voorbeeld van de site op { $address } (concepten en geplande capsules inbegrepen; Ctrl+C om te stoppen)
    Werkbank (capsules schrijven en nalezen): { $workbench }
serve-built = Voorbeeld gebouwd ({ $capsules ->
    [one] één capsulepagina
   *[other] { $capsules } capsulepagina's
}) in { $milliseconds } ms
serve-rebuilt = { $folder } opnieuw gebouwd in { $milliseconds } ms
serve-on-network = Waarschuwing: luistert op { $bind }: andere machines op het netwerk kunnen het voorbeeld zien, concepten inbegrepen.
kind-unknown = ‘{ $kind }’ is geen soort: gebruik tip, alert, news of fun
login-folder = [publish.{ $name }] is een map: er is geen wachtwoord nodig
login-question = Wachtwoord voor { $address }:
login-unreadable = het wachtwoord kan niet worden gelezen: { $error }
login-empty = geen wachtwoord gegeven: er is niets bewaard
watch-impossible = de bestanden van de site kunnen niet worden gevolgd: { $error }
watch-with-now = --watch volgt de klok: laat --now weg
import-facebook-summary = Facebook-export: berichten gevonden: { $found }; geïmporteerd: { $imported }, overgeslagen: { $skipped } (al geïmporteerd: { $already }, vóór --since: { $before }, leeg: { $empty }{ $bad_date ->
    [0] {""}
   *[other] , met een onmogelijke datum: { $bad_date }
}); foto's gekopieerd: { $photos }{ $other_media ->
    [0] {""}
   *[other] , video's en andere media weggelaten: { $other_media }
}.
import-facebook-where = { $drafts ->
    [yes] Ze staan in { $folder }, als concept: lees ze na, beschrijf elke foto, voer vigie check uit.
   *[no] Ze staan in { $folder }: lees ze na, beschrijf elke foto, voer vigie check uit.
}
import-site-summary = { $site }: aangeboden capsules: { $offered }; overgenomen: { $adopted }, waarvan met hun afbeelding: { $pictures }{ $already ->
    [0] {""}
   *[other] ; al overgenomen: { $already } ({ $already_list })
}{ $none ->
    [0] {""}
   *[other] ; in geen enkele taal van deze site: { $none } ({ $none_list })
}.
import-site-where = Ze staan in { $folder } als concept ({ $folders }): lees ze na, pas ze aan en verwijder dan draft = true.
import-site-list = { $source } biedt { $count ->
    [one] één capsule
   *[other] { $count } capsules
} aan; zeg welke u overneemt met --pick SLUG (zo vaak als nodig) of --all:
import-site-no-such = --pick { $slug }: { $source } biedt deze capsule niet aan (start zonder --pick om ze op te sommen)
import-site-draft-comment = overgenomen van { $site }: nalezen, aanpassen en dan deze regel verwijderen
import-site-review-comment = true na het nalezen (namen, nummerplaten, adressen, telefoonnummers)
exchange-https-only = { $address }: Vigie leest andere sites alleen via HTTPS; schrijf https://
exchange-certificate = { $address }: het HTTPS-certificaat van de site wordt niet vertrouwd ({ $error }); Vigie neemt alleen over van een site met een geldig certificaat: verwittig de webmaster
exchange-not-found = { $address }: niet gevonden (404): is dit het adres van een Vigie-site die haar capsules deelt ([exchange] share = true)?
exchange-too-large = { $what }: groter dan { $megabytes } MB: geweigerd

## The preview's page when the build failed.
preview-failed-title = Vigie: het bouwen is mislukt
preview-failed = Het bouwen van de site is mislukt
preview-failed-fix = Verbeter het bestand hieronder en sla het op: deze pagina laadt zichzelf opnieuw.

## What the build's progress bar names: its outputs.
output-html = pagina's
output-leaflet-lists = folderlijsten
output-leaflets = folders
output-booklets = brochures
output-exchange = uitwisseling
output-digest = nieuwsbrief
output-server-rules = serverregels
output-files = bestanden
output-favicon = favicon
output-images = afbeeldingen
output-feeds = feeds
output-sitemap = sitemap
