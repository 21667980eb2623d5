# De meldingen van Vigie in het Nederlands (België). Zie en.ftl voor de werkwijze.

diagnostic-error = fout
diagnostic-help = hulp
content-errors = { $count ->
    [one] { $count } fout in de inhoud van de site; er is niets geschreven.
   *[other] { $count } fouten in de inhoud van de site; er is niets geschreven.
}
template-failed = sjabloon { $template }: { $problem }

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
content-poster-resolution = de foto wordt afgedrukt op { $dpi } dpi over de breedte van de { $paper }-affiche; voor een affiche die van een meter of meer gelezen wordt, vragen drukkers { $min }
    .hint = gebruik een foto van minstens { $pixels } pixels breed, of een kleinere affiche ([print] poster)
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
    [one] ; korte tekst op { $shortened } folder waarvan de tekst langer is dan één pagina
   *[other] ; korte tekst op { $shortened } folders waarvan de tekst langer is dan één pagina
}
build-booklets = brochures: { $booklets }; { $typeset } opgemaakt, { $reused } uit de cache
build-next-change = volgende wijziging gepland: { $when } (bouw en publiceer dan opnieuw)
build-no-hard-links = { $folder }: daar kunnen geen harde links gemaakt worden ({ $error }), dus elk bestand werd opnieuw geschreven
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
exchange-failed = { $address }: { $problem }
exchange-not-on-site = `{ $url }` staat niet op de site die de capsule aanbiedt ({ $site }): alleen haar eigen afbeeldingen worden overgenomen
exchange-not-plain = `{ $url }` is geen gewoon bestandsadres
exchange-picture-link = { $file } is een koppeling: afbeeldingen worden alleen uit de map zelf gelezen
exchange-not-an-offer = dit is geen uitwisselingsbestand van Vigie
    .hint = geef het adres van een Vigie-site die haar capsules deelt, haar exchange.json of haar gebouwde map
exchange-broken-json = onleesbare JSON: { $problem }
    .hint = het bestand is afgebroken of beschadigd: probeer opnieuw, of verwittig de webmaster van de site die de capsules aanbiedt
exchange-version = dit uitwisselingsbestand is versie { $version }, die deze Vigie niet leest (hij leest versie { $reads })
    .hint = werk Vigie bij (of die van de andere site)
exchange-not-format = het uitwisselingsbestand volgt zijn formaat niet: { $problem }
    .hint = docs/exchange.md beschrijft het; verwittig de webmaster van de site die de capsules aanbiedt
exchange-no-site-url = `site.url` is geen webadres
    .hint = het aanbod is beschadigd: er is niets overgenomen; verwittig de webmaster van de site die het aanbiedt
exchange-capsule-field = capsule `{ $slug }`: `{ $field }` { $problem }
    .hint = het aanbod is beschadigd of kwaadwillig: er is niets overgenomen; verwittig de webmaster van de site die het aanbiedt
exchange-field-slug = is geen mapnaam (kleine letters, cijfers en streepjes)
exchange-field-instant = is geen tijdstip volgens RFC 3339
exchange-field-no-end = ontbreekt: een waarschuwing moet een einde hebben
exchange-field-empty-or-long = is leeg of langer dan { $max } tekens
exchange-field-address = is geen webadres
exchange-field-empty = is leeg
exchange-field-long = is langer dan { $max } tekens
exchange-picture-refused = capsule `{ $slug }`: `picture`: { $problem }
    .hint = er is niets overgenomen; neem de andere over met --pick, of verwittig de webmaster van de site die het aanbiedt
exchange-not-svg = geen SVG-tekening
exchange-not-picture = onbruikbare afbeelding: { $problem }
import-not-an-export = geen zip-archief en geen map: { $problem }
    .hint = geef de map of de .zip die „Je informatie downloaden” van Facebook heeft gemaakt, in JSON-formaat
import-no-posts-file = er zit geen bestand met Facebook-berichten in (profile_posts_1.json of your_posts_1.json)
    .hint = exporteer de informatie van de Pagina uit Facebook in JSON-formaat (niet HTML), met „Berichten” aangevinkt
import-posts-unreadable = dit berichtenbestand is onleesbaar of groter dan { $megabytes } MB (tien jaar berichten van een Pagina nemen er enkele in beslag)
    .hint = download de export opnieuw uit Facebook, voor een kortere periode (het datumbereik) als hij zo groot is
import-broken-json = beschadigde JSON: { $problem }
    .hint = download de export opnieuw: dit bestand is afgebroken of beschadigd
import-post-no-timestamp = bericht { $index } heeft geen `timestamp`: Vigie kan deze export niet lezen
    .hint = download de export opnieuw uit Facebook, in JSON-formaat
import-photo-missing = bericht { $index }: de foto `{ $photo }` zit niet in de export
    .hint = download de export opnieuw met de foto's erbij („mediakwaliteit” hoog)
import-photo-unusable = bericht { $index }: de foto is onleesbaar: { $problem }
    .hint = download de export opnieuw: deze foto is afgebroken of beschadigd
import-post-of = Bericht van { $day }

## The preview's page when the build failed.
preview-failed-title = Vigie: het bouwen is mislukt
preview-failed = Het bouwen van de site is mislukt
preview-failed-fix = Verbeter het bestand hieronder en sla het op: deze pagina laadt zichzelf opnieuw.

## What the build's progress bar names: its outputs.
output-html = pagina's
output-leaflet-lists = folderlijsten
output-leaflets = folders
output-booklets = brochures
output-posters = affiches
output-bulletins = pagina voor het gemeenteblad
output-exchange = uitwisseling
output-digest = nieuwsbrief
output-server-rules = serverregels
output-files = bestanden
output-favicon = favicon
output-images = afbeeldingen
output-feeds = feeds
output-calendars = kalenders
output-screens = schermen
output-slides = schermdia’s
output-sitemap = sitemap

## De bestanden van een capsule en de kop ervan.
capsule-no-index = deze capsulemap heeft geen index.md of index.<taal>.md
    .hint = voeg index.{ $lang }.md toe met de kop en de tekst van de capsule
capsule-second-translation = een tweede vertaling `{ $lang }` (index.md is in de standaardtaal)
    .hint = houd index.md of index.<taal>.md voor de standaardtaal, niet allebei
capsule-unknown-language = `{ $lang }` is geen van de talen van de site
    .hint = hernoem het bestand naar een van deze talen: { $languages }, of voeg `{ $lang }` toe aan languages in site.toml
folder-unreadable = de map kan niet worden gelezen: { $error }
origin-not-web-address = `origin.{ $key }` is geen webadres
    .hint = [origin] zegt waar een overgenomen capsule vandaan komt: het adres van de site en dat van de capsule, beginnend met https://
capsule-no-kind = de capsule heeft geen soort (`kind`)
    .hint = voeg kind = "tip" toe (of "alert", "news", "fun")
capsule-no-date = de capsule heeft geen `date`
    .hint = voeg date = 2026-11-20 toe: de dag waarop ze verschijnt
expires-before-date = het einde (`expires`) ligt niet na het begin (`date`)
    .hint = een waarschuwing moet eindigen nadat ze begonnen is
privacy-not-reviewed = { $kind ->
    [alert] een gepubliceerde waarschuwing
   *[news] een gepubliceerd nieuwsbericht
} heeft privacy_reviewed = true nodig
    .hint = lees de tekst na op namen, nummerplaten, adressen en telefoonnummers en zet dan privacy_reviewed = true (of houd draft = true)
tag-no-letter = het trefwoord `{ $tag }` heeft geen letter of cijfer en zou dus geen pagina hebben
    .hint = een trefwoord is een woord of twee, zoals "fiets" of "vakantie"
tag-too-long = het trefwoord `{ $start }…` is langer dan { $max } tekens
    .hint = een trefwoord is een woord of twee, zoals "fiets" of "vakantie"
focus-out-of-range = focus moet twee breuken tussen 0 en 1 zijn
    .hint = [0.5, 0.3] houdt het punt op halve breedte en op een derde van de hoogte
image-no-src = [image] heeft geen `src`
    .hint = geef de bestandsnaam van de foto, bv. src = "photo.jpg"
image-no-alt = de foto heeft geen alternatieve tekst in deze taal
    .hint = voeg alt = "…" toe onder [image]: wat de foto toont, voor wie ze niet kan zien
picture-unreadable = `{ $file }`: { $problem }
    .hint = gebruik een JPEG-, PNG-, WebP- of SVG-bestand; open het in een fotobewerkingsprogramma en sla het opnieuw op
alias-not-address = `{ $alias }` is geen adres
    .hint = geef de vroegere mapnaam van de capsule, zoals haar adres toen was, bv. "{ $example }"
translations-differ = `{ $name }` verschilt tussen de vertalingen: { $file } zegt { $theirs }
    .hint = `{ $name }` hangt niet af van de taal: geef het in één vertaling, of in elke vertaling hetzelfde
event-without-time = het evenement heeft geen `{ $key }`
    .hint = voeg { $key } = 2026-12-12T14:00:00 toe onder [event] (een datum en een uur, in de tijdzone van de site)
event-end-before-start = het einde van het evenement (`end`) ligt niet na het begin (`start`)
    .hint = geef het uur waarop het evenement voorbij is, na het begin (voor een avond: dezelfde dag, later)
event-without-place = het evenement heeft geen plaats in deze taal
    .hint = voeg place = "…" toe onder [event]: waar de inwoners naartoe komen (een zaal, een plein); één keer voor alle talen volstaat als het geen vertaling nodig heeft
event-registration-unusable = `{ $value }` is geen webadres en geen telefoonnummer
    .hint = registration = "https://…" (een formulier) of een nummer zoals "0800 12 345"
editorial-calendar-name = Redactiekalender: { $site }
editorial-goes-out = Verschijnt: { $title } ({ $kind ->
    [tip] tip
    [alert] waarschuwing
    [news] nieuws
   *[other] ontspanning
})
editorial-alert-ends = Einde van de waarschuwing: { $title }
editorial-event = Evenement: { $title }
date-unusable = geen bruikbare datum: { $detail }
    .hint = schrijf een datum zoals 2026-11-20
press-date-unusable = geen bruikbare datum: { $detail }
    .hint = schrijf de datum van het artikel, zoals 2026-11-19
video-src-or-url = [video] heeft ofwel `src` (een bestand in de map) ofwel `url` (een link) nodig, niet allebei
    .hint = Vigie sluit nooit de speler van een derde in: geef src = "clip.mp4", of url = "https://…", getoond als link
video-no-captions = de video heeft geen ondertitels in deze taal
    .hint = voeg captions = "clip.<taal>.vtt" toe onder [video]: bewoners kijken zonder geluid, en sommigen horen niet
not-web-address = `{ $url }` is geen webadres
    .hint = schrijf het volledige adres, beginnend met https://

## Bestanden en mappen van de inhoud, en de tekst van capsules en pagina's.
file-unreadable = het bestand kan niet worden gelezen: { $error }
file-not-utf8 = het bestand is hier geen geldige UTF-8
    .hint = sla het bestand in uw editor op als UTF-8 (het werd waarschijnlijk opgeslagen als Latin-1 of Windows-1252)
folder-empty-address = de mapnaam geeft een leeg adres
    .hint = geef de map een naam met letters of cijfers
capsule-single-file = een capsule is een map, geen los bestand
    .hint = verplaats het naar content/capsules/{ $name }/index.md
page-reserved-address = `{ $slug }` is een adres dat Vigie voor zijn eigen pagina's gebruikt
    .hint = geef het bestand een andere naam
page-second = een tweede pagina `{ $slug }` in `{ $lang }`
    .hint = houd één bestand per pagina en per taal
page-unknown-language = `{ $lang }` is geen van de talen van de site
    .hint = noem het bestand <adres>.<taal>.md met een van deze talen: { $languages }
page-empty-address = de bestandsnaam geeft een leeg adres
    .hint = geef het een naam met letters of cijfers, bv. contact.nl.md
alias-taken = de alias `{ $alias }` is het adres van { $other }
    .hint = een alias is een adres dat deze capsule vroeger had; verwijder het uit aliases
alias-claimed = de alias `{ $alias }` wordt ook opgeëist door { $other }
    .hint = houd de alias alleen in de capsule die dit adres had
front-matter-missing = het bestand begint niet met een kop
    .hint = begin met een regel `+++`, dan velden zoals title = "…", dan nog een regel `+++`
front-matter-unclosed = de kop wordt nooit afgesloten
    .hint = voeg een regel `+++` toe na het laatste veld, vóór de tekst
text-nests-lists = lijsten en citaten zijn hier meer dan { $max } niveaus diep genest
    .hint = houd lijsten en citaten bij enkele niveaus: bewoners lezen op hun telefoon, en folders drukken ze af
text-nests = de tekst is hier meer dan { $max } niveaus diep genest
    .hint = houd lijsten en citaten bij enkele niveaus: bewoners lezen op hun telefoon, en folders drukken ze af
text-picture = afbeeldingen in de tekst worden niet ondersteund
    .hint = geef de foto van de capsule in de tabel [image] van de kop
link-unknown-internal = `{ $url }` is geen interne link die Vigie kent
    .hint = schrijf @/capsules/<adres> voor een capsule of @/pages/<adres> voor een pagina

## site.toml
config-not-utf8 = { $file } is geen geldige UTF-8: { $error }
    .hint = sla het bestand in uw editor op als UTF-8
config-unreadable = { $file } kan niet worden gelezen: { $error }
    .hint = start vigie in de map van de site, of geef die op met --root MAP; `vigie init MAP` maakt een nieuwe site
base-url-problem = { $problem ->
    [blank] bevat een spatie
    [relative] is geen volledig webadres (https://…)
    [host] heeft geen domeinnaam
    [user] bevat een gebruikersnaam of wachtwoord, dat elke pagina zou tonen
    [query] heeft een query (?…) of een fragment (#…)
    [empty-folder] heeft een lege map in het pad (`//`)
   *[other] is geen webadres ({ $detail })
}
base-url-invalid = base_url `{ $url }` { base-url-problem }
    .hint = schrijf het adres waarop de site gepubliceerd wordt, bv. "https://preventie.voorbeeld.be" of "https://www.voorbeeld.be/preventie"
base-url-flag-invalid = --base-url `{ $url }` { base-url-problem }
site-title-empty = de titel van de site (`title`) is leeg
    .hint = geef de naam van de site, bv. "Preventie — Stad Voorbeeld": pagina's, feeds en folders tonen hem
logo-not-in-static = het logo `{ $logo }` staat niet in static/
    .hint = zet het logo in de map static/ van de site en schrijf logo = "static/logo.svg"
logo-not-static-file = het logo `{ $logo }` is geen bestand van static/
    .hint = zet het logo in de map static/ van de site en schrijf logo = "static/logo.svg"
logo-missing = er is geen bestand `{ $logo }` in de site
    .hint = zet het logo in de map static/ van de site en schrijf logo = "static/logo.svg"
logo-format = het logo `{ $logo }` is geen SVG-, PNG-, JPEG- of WebP-bestand
    .hint = sla het logo op als SVG (het best voor drukwerk) of PNG
profile-missing = er is geen bestand `{ $profile }` in de website
    .hint = zet het .icc-bestand van de drukker in de map van de website en schrijf profile = "druk/drukker.icc" onder [print], of verwijder de regel om het FOGRA39-profiel van Vigie te gebruiken
profile-not-icc = `{ $profile }` is geen ICC-kleurprofiel
    .hint = vraag de drukker om zijn CMYK-uitvoerprofiel, een bestand dat eindigt op .icc
profile-cut-short = `{ $profile }` is onvolledig: { $has } bytes van de { $announced } die de kop aankondigt
    .hint = kopieer het bestand opnieuw van wat de drukker stuurde
profile-not-cmyk = `{ $profile }` is een profiel van klasse { $class } voor { $space }, niet dat van een CMYK-drukconditie
    .hint = vraag de drukker om zijn CMYK-uitvoerprofiel, bijvoorbeeld ISO Coated v2 (FOGRA39) of PSO Coated v3 (FOGRA51)
profile-too-new = `{ $profile }` is een ICC { $version }-profiel; PDF/X-4 bevat profielen tot versie 4.1
    .hint = vraag de drukker om het versie 2-profiel van zijn drukconditie (de FOGRA-profielen van ECI zijn versie 2)
languages-empty = `languages` is leeg
    .hint = geef er minstens één, bv. ["nl"]
language-code-invalid = `{ $lang }` is geen taalcode
    .hint = gebruik codes van twee letters zoals "nl", "fr", "de" of "en"
language-twice = de taal `{ $lang }` staat er twee keer
    .hint = vermeld elke taal één keer
language-not-listed = de taal `{ $lang }` staat niet in `languages`
    .hint = voeg ze toe aan languages, of gebruik een van deze: { $languages }
timezone-unknown = onbekende tijdzone `{ $zone }`
    .hint = gebruik een IANA-naam zoals "Europe/Brussels"
bleed-out-of-range = bleed_mm moet tussen 0 en 10 liggen
    .hint = drukkerijen vragen meestal 3 mm
licence-not-spdx = de uitwisselingslicentie is geen SPDX-licentiecode
    .hint = gebruik er een zoals "CC-BY-4.0" (de auteur vermelden) of "CC0-1.0" (zonder voorwaarden)
mix-not-100 = de aandelen van [mix] komen samen op { $total } %, niet op 100 %
    .hint = geef tip, alert, news en fun in procent; standaard 60, 5, 20, 15
screen-out-of-range = [screen] { $key } moet tussen { $range } liggen
    .hint = een wachtzaal ziet een lus van enkele minuten: verwijder de regel om de standaardwaarde te houden (12 capsules, elk 10 seconden)
bulletin-out-of-range = [bulletin] capsules moet tussen { $range } liggen
    .hint = een tijdschriftpagina bevat enkele capsules: verwijder de regel om de standaardwaarde (4) te houden
limit-zero = de limiet (limit) van [{ $table }] moet minstens 1 zijn
    .hint = verwijder de regel om de standaardwaarde te houden
publish-url-not-address = [publish.{ $name }] de url is geen adres ({ $error })
    .hint = schrijf ze als sftp://gebruiker@server/pad, ftps://gebruiker@server/pad, s3://bucket/prefix of file:///pad
publish-url-scheme = [publish.{ $name }] Vigie kan niet publiceren via `{ $scheme }://`
    .hint = gebruik een van deze: { $schemes }
publish-url-password = [publish.{ $name }] het adres bevat een wachtwoord, en dat hoort niet in site.toml
    .hint = verwijder het: Vigie vraagt ernaar, of leest VIGIE_PUBLISH_PASSWORD
library-name-invalid = de naam van een [[library]] moet één regel van 1 tot 100 tekens zijn
    .hint = geef de naam van de site zoals men hem kent, bv. "Politiezone Voorbeeld"
library-url-invalid = [[library]] `{ $name }`: { $problem ->
    [not-address] `{ $url }` is geen adres ({ $detail })
    [http] `{ $url }` is gewone HTTP: Vigie leest andere sites alleen via HTTPS
    [scheme] `{ $scheme }://` is geen webadres
    [user] het adres bevat een gebruiker of wachtwoord: een bibliotheek is openbaar
   *[query] `{ $url }` heeft een query of een fragment: geef alleen het adres van de site
}
    .hint = schrijf het adres van een Vigie-site die haar capsules deelt, bv. "https://preventie.politiezone-voorbeeld.be/"
library-twice = de bibliotheek `{ $name }` staat er twee keer
    .hint = geef elke [[library]] een eigen naam
library-address-twice = het adres van `{ $name }` is al dat van een andere bibliotheek
    .hint = verwijder een van de twee [[library]]-items
contact-unknown = geen contact `{ $key }` in site.toml
    .hint = voeg het toe onder [contacts] in site.toml
contact-unknown-close = geen contact `{ $key }` in site.toml
    .hint = bedoelt u `{ $close }`?

## De opdrachtregel, de uitvoermap en de andere plaatsen waar Vigie schrijft.
output-link-unreachable = { $folder } is een symbolische koppeling naar een map die niet bereikbaar is ({ $error }): maak de map die ze noemt, of verwijder de koppeling
output-in-site = de uitvoermap { $folder } is een deel van de site zelf; daar bouwen zou ze wissen: kies een andere map, zoals public/
output-is-file = de uitvoer { $folder } is een bestand, geen map
output-foreign = { $folder } bevat bestanden die Vigie niet geschreven heeft, en een build vervangt de hele map: kies een lege of nieuwe map, of voeg --force toe om de inhoud te wissen
now-invalid = --now `{ $text }` is geen datum (2026-11-20) en geen RFC 3339-datum met tijd (2026-11-20T09:00:00+01:00)
lang-not-in-site = --lang { $lang }: de talen van de site zijn { $languages }
init-site-exists = { $folder } bevat al een site (site.toml bestaat); er is niets geschreven
new-title-no-letters = de titel moet letters of cijfers bevatten: het adres van de capsule wordt ervan gemaakt
new-exists = { $folder } bestaat al: kies een andere titel
publish-unknown-target = site.toml heeft geen [publish.{ $name }]: de bestemmingen zijn { $targets }
publish-no-targets = site.toml heeft geen tabel [publish.NAAM]: voeg er een toe, zoals [publish.web] met url = "sftp://webmaster@ftp.voorbeeld.be/www" (zie docs/publish.md)
publish-not-local-folder = [publish.{ $name }] `{ $url }` is geen map van deze computer
publish-folder-not-utf8 = [publish.{ $name }] de map `{ $folder }` is geen UTF-8 zodra de %-codes gelezen zijn
login-s3 = [publish.{ $name }] is S3-opslag: de sleutels komen uit VIGIE_S3_ACCESS_KEY_ID en VIGIE_S3_SECRET_ACCESS_KEY (of AWS_ACCESS_KEY_ID en AWS_SECRET_ACCESS_KEY)
serve-cannot-listen = kan niet luisteren op { $address }: { $error }
thread-impossible = de taak { $name } van het voorbeeld kan niet starten: { $error }
workbench-token = het token van de werkbank kan niet worden gemaakt: { $error }
workbench-no-address = dit adres bestaat niet in de werkbank
workbench-no-earlier-save = er is geen eerdere bewaarde versie om naar terug te gaan
workbench-needs-languages = het verzoek moet een object `languages` bevatten
workbench-page-preview = de voorvertoning van een pagina is page.html
workbench-preview-kinds = een voorvertoning is leaflet.pdf, page.html of kit.json
workbench-no-library-capsule = deze bibliotheek of capsule bestaat niet
workbench-library-which = geef aan welke bibliotheek (n) en welke capsule (slug)
workbench-wrong-method = dit adres aanvaardt deze methode niet
workbench-no-picture = deze capsule bestaat niet, of ze heeft geen afbeelding
workbench-unreadable-request = het verzoek kon niet gelezen worden
workbench-no-publish-target = dit doel [publish] bestaat niet in site.toml
workbench-no-page = deze pagina van de werkbank bestaat niet
workbench-needs-version = een bewaring vermeldt de versie waarvan ze vertrekt, in If-Match
workbench-open-with-address = open de werkbank met het adres dat `vigie serve` toonde
workbench-other-site = deze wijziging komt van een andere site en wordt geweigerd
workbench-too-slow = het verzoek deed er te lang over om aan te komen; probeer opnieuw
workbench-too-large = dit is groter dan de 40 MB die een upload mag zijn
workbench-no-capsule = er is geen capsule `{ $slug }` in content/capsules/
workbench-no-such-page = er is geen pagina `{ $slug }` in content/pages/
workbench-not-json = het verzoek is geen JSON: { $error }
workbench-page-no-text = de pagina heeft nog geen tekst in `{ $lang }`
workbench-capsule-no-text = de capsule heeft nog geen tekst in `{ $lang }`
workbench-unreadable-files = de bestanden van `{ $slug }` kunnen niet gelezen worden: { $error }
workbench-screen-failed = de pagina van de werkbank kon niet gemaakt worden: { $error }
favicon-unwritable = favicon.ico kan niet worden geschreven: { $error }
favicon-from-logo = het pictogram van de site kan niet uit het logo worden getekend: { $problem }
    .hint = sla het logo opnieuw op als SVG of PNG, of zet uw eigen favicon.ico in static/

## Afbeeldingen zoals Vigie ze leest (foto van een capsule, logo, upload, overgenomen afbeelding).
picture-cannot-read = de afbeelding kan niet worden gelezen: { $error }
picture-cannot-decode = de afbeelding kan niet worden gelezen ({ $error })
picture-cannot-resize = de afbeelding kan niet worden verkleind: { $error }
picture-cannot-encode = de JPEG kan niet worden gecodeerd: { $error }
picture-cannot-allocate = niet genoeg geheugen voor de afbeelding
picture-empty = de afbeelding is leeg (0 pixels)
picture-too-large = de afbeelding meldt { $width }×{ $height } pixels, meer dan Vigie aanvaardt ({ $millions } miljoen, { $side } per zijde)
picture-too-large-for-jpeg = { $width }×{ $height } is te groot voor JPEG
picture-unknown-format = geen afbeelding die Vigie kan lezen: gebruik JPEG, PNG, WebP of SVG
picture-jpeg-no-end = het JPEG-bestand is afgebroken (het heeft geen eindmarkering): kopieer het opnieuw van de bron
picture-jpeg-cut = het JPEG-bestand is afgebroken
picture-not-jpeg = geen JPEG-bestand
picture-jpeg-damaged = het JPEG-bestand is beschadigd
picture-output-impossible = { $output } kan niet uit deze afbeelding worden gemaakt
picture-broken = capsule `{ $capsule }`: { $problem }
    .hint = open de afbeelding in een fotobewerkingsprogramma en sla ze opnieuw op als JPEG, PNG of WebP
svg-not-utf8 = het SVG-bestand is geen UTF-8-tekst
svg-malformed = geen goedgevormde SVG: { $error }
svg-unreadable = geen SVG die Vigie kan lezen: { $error }
svg-cannot-write = de SVG kan niet worden geschreven: { $error }

## Uploads van de werkbank in de map van een capsule.
upload-not-multipart = stuur de foto als multipart/form-data, in een veld met een bestandsnaam
upload-too-large = dit bestand is groter dan de 40 MB die een upload mag zijn
upload-kinds = Vigie bewaart foto's (JPEG, PNG, WebP, SVG), video's (MP4, WebM) en ondertitels (WebVTT, .vtt)
upload-refused = { $file }: { $problem }
upload-cannot-keep = { $file } kan niet worden bewaard: { $error }
upload-not-picture = dit is geen afbeelding
upload-wrong-format = dit is geen { $format }-afbeelding (geef ze de naam van wat ze is, of exporteer ze opnieuw)
upload-not-svg = dit is geen SVG-tekening
video-is-mp4 = dit is een MP4-video: noem ze .mp4
video-is-webm = dit is een WebM-video: noem ze .webm
video-not-playable = dit is geen video die een browser afspeelt (MP4 of WebM)
captions-not-utf8 = ondertitels moeten UTF-8-tekst zijn (sla ze op als UTF-8)
captions-not-webvtt = ondertitels moeten een WebVTT-bestand zijn, met WEBVTT als eerste regel (de meeste ondertitelprogramma's zetten een .srt-bestand om)
media-not-shown = hier worden alleen de afbeeldingen, video's en ondertitels van de capsule getoond
media-not-in-bundle = de map van de capsule heeft geen { $file }

## Het thema en de folders.
theme-missing = geen thema `{ $name }`: de map themes/{ $name }/ bestaat niet
    .hint = gebruik theme = "default", of kopieer een thema naar themes/
theme-no-strings = het thema heeft geen interfaceteksten voor `{ $lang }`
    .hint = voeg themes/{ $theme }/i18n/{ $lang }.toml toe; het standaardthema heeft fr, nl, de en en
leaflet-too-long = de folder van `{ $capsule }` past niet op één { $paper }-pagina, zelfs niet met de korte tekst
    .hint = geef een kortere tekst onder [leaflet] met short = "…" (twee of drie zinnen)

## --help
cli-unknown-argument = `{ $argument }` is geen optie van deze opdracht
cli-unknown-command = `{ $command }` is geen opdracht van Vigie
cli-invalid-value = `{ $value }` is geen waarde die { $argument } aanvaardt
cli-one-of = geef een van deze waarden: { $values }
cli-missing = { $arguments } ontbreekt
cli-conflict = { $argument } kan niet samen met { $other } gegeven worden
cli-did-you-mean = bedoelde u `{ $suggestion }`?
cli-see-help = vigie --help somt de opdrachten op, vigie OPDRACHT --help de opties van een opdracht
help-usage = Gebruik:
help-options = Opties
help-arguments = Argumenten
help-commands = Opdrachten
help-help = Hulp tonen
help-help-command = Dit bericht of de hulp bij de gegeven opdracht tonen
help-version = De versie tonen
help-vigie = Preventiecapsules naar een website, folders, feeds en deelkits. Zonder opdracht, in de map van een site, opent de werkbank in de browser.
help-vigie-root = De map van de site, die met site.toml (standaard: de huidige map).
help-vigie-speak = De taal die Vigie spreekt: fr, nl, de of en (standaard: VIGIE_LANG, dan LC_ALL, LC_MESSAGES, LANG, dan de eerste taal van de site). Te geven vóór de opdracht: vigie --lang nl build.
help-arg-now = Het moment dat als nu geldt: een datum of een RFC 3339-datum met tijd.
help-init = Een nieuwe site maken met een voorbeeldcapsule van elke soort.
help-init-dir = Waar ze te maken (standaard: de huidige map).
help-new = Een nieuwe capsule maken, als concept.
help-new-title = De titel van de capsule; haar adres wordt ervan gemaakt.
help-new-kind = tip (standaard), alert, news of fun.
help-new-lang = De taal van haar eerste vertaling (standaard: de eerste taal van de site).
help-build = De site bouwen in public/.
help-build-output = Waar de site te schrijven (standaard: public/ in de map van de site).
help-build-drafts = Ook concepten en geplande capsules bouwen, gemarkeerd als niet gepubliceerd (een voorbeeld).
help-build-base-url = Publiceren op een ander adres dan de base_url van site.toml.
help-build-offline = Een kopie die werkt vanaf de schijf: relatieve links die eindigen op index.html.
help-build-no-leaflets = Al het PDF-werk overslaan (folders en brochures): snelle voorbeelden, vergelijkingen van alleen het web.
help-build-force = In --output bouwen, ook als daar bestanden staan die Vigie niet schreef (ze worden gewist).
help-check = Alles nalezen vóór het publiceren: privacy, inhoud, de mix van soorten, de komende dagen.
help-check-format = text (standaard, per capsule gegroepeerd) of json (voor CI en editors; schema in docs/check.md).
help-check-report = Ook één zelfstandige HTML-pagina schrijven met de bevindingen, een grafiek en de kalender.
help-check-no-leaflets = Geen folders zetten (folders die terugvallen op hun korte tekst worden dan niet gevonden).
help-check-calendar = Schrijf ook de redactiekalender (BESTAND.ics): wanneer geplande capsules verschijnen, waarschuwingen aflopen en evenementen plaatsvinden, voor de agenda van het team.
help-publish = De site bouwen en wat veranderde naar een bestemming [publish.NAAM] van site.toml sturen.
help-publish-name = De bestemming (standaard: de eerste tabel [publish.*]).
help-publish-dry-run = Tonen wat verstuurd en verwijderd zou worden, en stoppen.
help-publish-yes = Niet vragen vóór het versturen.
help-publish-allow-removals = Pagina's, folders en feeds verwijderen die niet meer in de site staan.
help-publish-verify = Vergelijken met wat de bestemming echt bevat, niet met haar manifest.
help-publish-due = Voor planners: alleen publiceren als er iets aan de beurt is (datum van een geplande capsule bereikt, waarschuwing afgelopen, inhoud veranderd), zonder te vragen.
help-publish-watch = Blijven draaien: publiceren zodra er iets aan de beurt is of de inhoud verandert.
help-publish-login = Eén keer naar het wachtwoord van de bestemming vragen en het in de sleutelbos van het systeem bewaren, dan stoppen.
help-import = Berichten van elders als capsules thuisbrengen.
help-import-facebook = De export "Je gegevens downloaden" van een Facebookpagina (JSON), als .zip of als map.
help-import-facebook-export = De export: de .zip die Facebook maakte, of de map waarin hij uitgepakt is.
help-import-facebook-lang = De taal van de berichten (standaard: de eerste van de site).
help-import-facebook-since = Berichten van vóór deze dag weglaten (2024-01-01).
help-import-facebook-kind = tip (standaard), alert, news of fun.
help-import-facebook-publish = De capsules meteen publiceren in plaats van concepten te schrijven.
help-import-site = Capsules die een andere Vigie-site aanbiedt, overgenomen als concept met hun vertalingen, afbeelding en bronvermelding.
help-import-site-source = Het adres van de site (https://…), haar exchange.json, haar gebouwde map, of de naam van een [[library]] van site.toml.
help-import-site-pick = Het adres (slug) van een capsule om over te nemen; zo vaak als nodig. Zonder --pick of --all worden de aangeboden capsules opgesomd.
help-import-site-all = Alle aangeboden capsules overnemen.
help-import-site-kind = Alleen capsules van deze soort: tip, alert, news of fun.
help-import-site-since = Capsules van vóór deze dag weglaten (2024-01-01).
help-import-site-now = Het moment dat als nu geldt (de datum van de overgenomen capsules).
help-serve = Een voorbeeld van de site tonen, concepten en geplande capsules inbegrepen; opnieuw bouwen en herladen bij elke opslag.
help-serve-port = De poort om op te luisteren (standaard 1111; 0: eender welke vrije poort).
help-serve-bind = Het adres om op te luisteren (standaard 127.0.0.1); elk ander dan dat van deze computer laat andere machines de concepten zien.
help-serve-open = De werkbank in de browser openen zodra het voorbeeld klaar is.

## Wat een publicatiebestemming antwoordt als ze onbereikbaar is of weigert.
publish-failed = [publish.{ $name }] { $target }: { $problem }
publish-no-server = de server is niet te vinden: { $error }
publish-cannot-connect = geen verbinding mogelijk: { $error }
publish-tls-refused = de TLS van de server werd geweigerd ({ $error }). Als uw hostingbedrijf u zijn certificaat gaf, noem het bestand dan met certificate = "…" in deze tabel [publish]
publish-certificate-unreadable = het certificaat { $file } kan niet gelezen worden: { $error }
publish-certificate-not-pem = { $file } is geen PEM-certificaat ({ $error }): vraag uw hostingbedrijf het certificaat van de server, de tekst die begint met -----BEGIN CERTIFICATE-----
publish-tls-cannot-start = TLS kan op deze computer niet starten: { $error }
publish-server-answered = de server antwoordde { $code } { $answer }
publish-no-password = geen wachtwoord: voer één keer `vigie publish NAAM --login` uit om het in de sleutelbos van het systeem te bewaren, of stel VIGIE_PUBLISH_PASSWORD in
publish-password-refused = de server weigerde het wachtwoord van { $user }
publish-login-refused = de server weigerde de aanmelding van { $user }
publish-ssh-handshake = de SSH-verbinding kon niet worden opgezet: { $error }
publish-no-sftp = de server biedt geen SFTP: { $error }
publish-no-host-key = de server toonde geen hostsleutel
publish-known-hosts-unreadable = known_hosts = "{ $file }" kan niet worden gelezen als known_hosts-bestand ({ $error }): geef het pad van zo'n bestand (zoals UserKnownHostsFile van OpenSSH), of de sleutelregel van de server, `ssh-ed25519 AAAA…`
publish-host-key-unknown = de hostsleutel van de server is geen sleutel die u vertrouwt (SHA256:{ $fingerprint }): hij staat niet in { $where ->
    [line] de sleutelregel die als known_hosts in deze tabel [publish] staat
    [file] het known_hosts-bestand { $file }
   *[home] { $file }
}. Controleer deze vingerafdruk bij uw hostingbedrijf en vertrouw hem dan met `{ $scan }`, of geef known_hosts = "…" in deze tabel [publish] (de sleutelregel van de server, of het pad van een known_hosts-bestand)
publish-key-refused = de server weigerde de sleutel { $file }: { $error }
publish-no-way-in = geen manier om aan te melden: geef identity = "~/.ssh/id_ed25519" in deze tabel [publish], start een SSH-agent, of voor een wachtwoord: voer één keer `vigie publish NAAM --login` uit om het in de sleutelbos van het systeem te bewaren, of stel VIGIE_PUBLISH_PASSWORD in
publish-s3-endpoint = het eindpunt `{ $endpoint }` is geen adres ({ $error })
publish-s3-bucket = deze bucket is niet bereikbaar: { $error }
publish-s3-no-key = geen toegangssleutel: stel VIGIE_S3_ACCESS_KEY_ID en VIGIE_S3_SECRET_ACCESS_KEY in (of AWS_ACCESS_KEY_ID en AWS_SECRET_ACCESS_KEY) voor deze publicatie
publish-cannot = { $target }: kan { $what ->
    [list] de bestanden niet opsommen
    [read-back] niet teruglezen wat een onderbroken publicatie verstuurde
    [manifest] het manifest niet lezen
   *[holds] niet lezen wat ze bevat
}: { $error }
publish-dead-addresses = deze publicatie zou { $count ->
    [one] { $count } adres
   *[other] { $count } adressen
} verwijderen die mensen misschien bewaard hebben (een gedrukte QR-code, de link van een partner, een feedlezer):
publish-dead-addresses-fix = Als een capsule een nieuwe naam kreeg, voeg dan haar oude mapnaam toe aan haar kop: aliases = ["oude-naam"] (het oude adres leidt dan naar het nieuwe). Om ze toch te verwijderen, start opnieuw met --allow-removals.
publish-removes-too-much = deze publicatie zou { $removed } van de { $files } bestanden op { $target } verwijderen, meer dan een kwart: is het de juiste bestemming? Start dan opnieuw met --allow-removals.
publish-gave-up = { $target }: { $path }: { $error } (na { $tries ->
    [one] { $tries } poging
   *[other] { $tries } pogingen
}); wat verstuurd is, blijft staan, en de volgende `vigie publish` verstuurt de rest

## De schermen van de werkbank en zijn script (ui-<woord>: de sjablonen en het script kennen
## het als w.<woord>, met _ voor -).
ui-adopted-from = Geadopteerd van
ui-share = Aanbieden aan andere sites
ui-share-help = Sites die de onze volgen, kunnen deze capsule overnemen (exchange.json). Vink uit om ze voor deze site te houden.
ui-reread = Bron opnieuw lezen
ui-language-name = Nederlands
ui-workbench = Werkplaats
ui-capsules = Capsules
ui-new-capsule = Nieuwe capsule
ui-pages = Pagina's
ui-new-page = Nieuwe pagina
ui-create-page = Pagina aanmaken
ui-address = Link om in een tekst te schrijven
ui-no-pages = Nog geen pagina's.
ui-description = Beschrijving (voor zoekmachines en bij het delen)
ui-page-help = Een pagina (contact, over ons, toegankelijkheid) heeft geen concept: ze staat online vanaf de volgende publicatie.
ui-see-site = Site bekijken
ui-interface = Taal van de werkplaats
ui-change = Wijzigen
ui-filter = Filteren
ui-all = Alle
ui-search = Zoek een titel
ui-kind = Soort
ui-status = Stand
ui-language = Taal
ui-district = Wijk
ui-title = Titel
ui-date = Datum
ui-findings = Opmerkingen
ui-no-capsules = Geen enkele capsule voldoet.
ui-next-days = De volgende 14 dagen
ui-nothing-planned = niets gepland
ui-mix = Evenwicht tussen soorten
ui-broken = Te verbeteren
ui-kind-tip = Tip
ui-kind-tip-help = een nuttig preventiegebaar, het hele jaar door
ui-kind-alert = Waarschuwing
ui-kind-alert-help = een lopend gevaar, met een einddatum
ui-kind-news = Nieuws
ui-kind-news-help = een recent feit of een actie van de zone
ui-kind-fun = Ontspanning
ui-kind-fun-help = een quiz, een anekdote, om het contact te houden
ui-status-draft = concept
ui-status-review = privacycontrole nog te doen
ui-status-scheduled = gepland
ui-status-published = gepubliceerd
ui-status-ended = afgelopen
ui-create = Concept aanmaken
ui-summary = Samenvatting
ui-body = Tekst
ui-expires = Einde van de waarschuwing
ui-time = uur
ui-event = Evenement
ui-event-help = Voor een infoavond, een fietsgraveerdag…: begin en einde, in lokale tijd; laat leeg als het geen evenement is.
ui-event-start = Begin
ui-event-end = Einde
ui-event-registration = Inschrijving (webadres of telefoonnummer)
ui-event-place = Plaats
ui-event-address = Adres van de plaats
ui-tags = Trefwoorden
ui-tags-help = gescheiden door komma's
ui-districts = Wijken
ui-photo = Foto
ui-photo-help = Sleep een foto hierheen of kies een bestand (JPEG, PNG, WebP of SVG, hoogstens 40 MB).
ui-choose-file = Bestand kiezen
ui-alt = Alternatieve tekst (wat de foto toont)
ui-credit = Bron
ui-focus-help = Klik op de foto (of gebruik de pijltjes) om het punt te kiezen dat bij het bijsnijden behouden blijft.
ui-crop-wide = Delen (1200×630)
ui-crop-square = Vierkant (1080×1080)
ui-video = Video
ui-video-src = Videobestand
ui-upload-video = Video uploaden (MP4 of WebM)
ui-upload-captions = Ondertitels uploaden (.vtt)
ui-video-url = of adres van de video
ui-video-poster = Voorbeeldbeeld
ui-captions = Ondertitels
ui-press = Persartikels
ui-press-url = Adres van het artikel
ui-outlet = Medium
ui-social = Oorspronkelijke berichten
ui-network = Netwerk
ui-post-url = Adres van het bericht
ui-add-row = Toevoegen
ui-remove-row = Verwijderen
ui-leaflet = Folder
ui-headline = Titel van de folder
ui-short = Korte tekst
ui-cta = Oproep tot actie
ui-contact = Contact
ui-allow = Toegestane teksten (één per regel)
ui-sms = Tekst van de sms
ui-missing-language = Deze taal ontbreekt
ui-required-language = verplicht voor deze site
ui-start-from = Vertrekken van de tekst in het
ui-save = Opslaan
ui-saved = Opgeslagen.
ui-save-refused = Niet opgeslagen: verbeter de gemelde fouten.
ui-changed-on-disk = Het bestand is op de schijf gewijzigd sinds het geopend werd.
ui-reload = Opnieuw laden
ui-undo = Laatste opslag ongedaan maken
ui-undone = Laatste opslag ongedaan gemaakt.
ui-publish = Publiceren
ui-schedule = Plannen
ui-schedule-date = Publicatiedatum
ui-review = Privacycontrole
ui-review-help = Een waarschuwing of nieuws wordt pas gepubliceerd na controle: verbeter of sta elke opmerking toe.
ui-allow-this = Deze tekst toestaan
ui-reviewed-button = Nagelezen: geen privégegevens
ui-reviewed = Controle gedaan.
ui-no-findings = Geen opmerkingen.
ui-checking = Controle…
ui-preview = Voorbeelden
ui-tab-page = Pagina
ui-tab-leaflet = Folder
ui-tab-kit = Sociale media
ui-tab-feed = Feed
ui-tab-digest = Nieuwsbrief
ui-refresh = Voorbeeld bijwerken
ui-characters = tekens
ui-segments = sms
ui-toolbar-bold = Vet
ui-toolbar-italic = Cursief
ui-toolbar-link = Link
ui-toolbar-list = Lijst
ui-toolbar-heading = Tussentitel
ui-toolbar-internal = Link naar een capsule of pagina
ui-insert = Invoegen
ui-locked = Open de werkplaats met het adres dat „vigie serve” toont: het bevat een sleutel die bij elke start verandert.
ui-broken-site = De site laadt niet
ui-rendered = Weergave van de tekst
ui-fields-once = Voor alle talen
ui-publish-site = Online zetten
ui-no-targets = Geen bestemming: voeg een tabel [publish.web] toe aan site.toml (zie docs/publish.md).
ui-see-what-goes = Bekijken wat verstuurd wordt
ui-allow-removals = Verwijderen van gepubliceerde adressen toestaan
ui-publish-now = Nu versturen
ui-cancel = Annuleren
ui-nothing-to-publish = Niets te versturen: de bestemming bevat deze site al.
ui-files-new = nieuw
ui-files-changed = gewijzigd
ui-files-removed = verwijderd
ui-files-unchanged = ongewijzigd
ui-files-sent = bestanden verstuurd
ui-file-list = Lijst van bestanden
ui-published-to = Online gezet op
ui-publish-changed = De site is gewijzigd sinds de samenvatting: hier is de nieuwe, controleer ze voor u verstuurt.
ui-library = Bibliotheek
ui-library-help = De capsules die de gevolgde sites delen ([[library]] in site.toml). Adopteren maakt er hier een ontwerp van, met vertalingen, foto en de vermelding van de oorspronkelijke site.
ui-no-libraries = Geen bibliotheek: voeg een tabel [[library]] (name, url) toe aan site.toml om de site van een politiezone of gemeente te volgen (zie docs/exchange.md).
ui-adopt = Adopteren
ui-adopted-here = Hier geadopteerd
ui-open-here = Openen
ui-changed-at-source = Gewijzigd bij de bron
ui-differences = Verschillen, veld per veld
ui-diff-legend = − hier, + bij de bron
ui-library-no-language = Deze capsule wordt in geen enkele taal van deze site aangeboden.
ui-offered-by = Aangeboden door
