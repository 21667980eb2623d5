# Die Meldungen von Vigie auf Deutsch (Belgien). Siehe en.ftl für die Arbeitsweise.

diagnostic-error = Fehler
diagnostic-help = Hilfe
content-errors = { $count } Fehler im Inhalt der Website; es wurde nichts geschrieben.
template-failed = Vorlage { $template }: { $problem }

capsule-no-title = diese Übersetzung hat keinen `title`
    .hint = fügen Sie title = "…" im Kopf der Datei hinzu
capsule-empty-title = der Titel ist leer
    .hint = schreiben Sie einen kurzen, einprägsamen Titel
page-no-title = die Seite hat keinen `title`
    .hint = fügen Sie title = "…" im Kopf der Datei hinzu
capsule-missing-translation = die Kapsel hat keine Übersetzung `{ $lang }`, die site.toml verlangt
    .hint = legen Sie index.{ $lang }.md in diesem Ordner an
alert-without-end = eine Warnung braucht ein Enddatum `expires`
    .hint = fügen Sie expires = <Datum> hinzu (der Tag, nach dem die Warnung vorbei ist); meist höchstens 30 Tage
unknown-district = unbekanntes Viertel `{ $district }`
    .hint = fügen Sie es unter [districts] in site.toml hinzu
unknown-district-close = unbekanntes Viertel `{ $district }`
    .hint = meinten Sie `{ $close }`? Die Viertel sind die Schlüssel von [districts] in site.toml

toml-unknown-key = unbekannter Schlüssel `{ $name }`
    .hint = hier erlaubte Schlüssel: { $accepted }
toml-unknown-key-close = unbekannter Schlüssel `{ $name }`
    .hint = meinten Sie `{ $close }`? Erlaubt: { $accepted }
toml-unknown-key-none = unbekannter Schlüssel `{ $name }`
    .hint = entfernen Sie diesen Schlüssel; hier ist keiner erlaubt
toml-unknown-value = unbekannter Wert `{ $name }`
    .hint = hier erlaubte Werte: { $accepted }
toml-unknown-value-close = unbekannter Wert `{ $name }`
    .hint = meinten Sie `{ $close }`? Erlaubt: { $accepted }
toml-unknown-value-none = unbekannter Wert `{ $name }`
    .hint = entfernen Sie diesen Wert; hier ist keiner erlaubt
toml-invalid = zu korrigieren: { $detail }

media-outside = `{ $file }` ist keine Datei im Ordner dieser Kapsel
    .hint = legen Sie die Datei in den Ordner der Kapsel und geben Sie ihren Namen an, z. B. "photo.jpg"
media-missing = keine Datei `{ $file }` in { $folder }
    .hint = kopieren Sie die Datei nach { $folder }
media-missing-close = keine Datei `{ $file }` in { $folder }
    .hint = meinten Sie "{ $close }"?

link-to-draft = die Kapsel `{ $slug }` ist ein Entwurf: dieser Link würde ins Leere führen
    .hint = setzen Sie den Link, sobald sie veröffentlicht ist
link-to-scheduled = die Kapsel `{ $slug }` ist für später geplant: dieser Link würde ins Leere führen
    .hint = setzen Sie den Link, sobald sie veröffentlicht ist
link-no-capsule = es gibt keine Kapsel `{ $slug }`
    .hint = prüfen Sie den Ordnernamen der gemeinten Kapsel oder Seite
link-no-capsule-close = es gibt keine Kapsel `{ $slug }`
    .hint = meinten Sie `{ $close }`?
link-no-page = es gibt keine Seite `{ $slug }`
    .hint = prüfen Sie den Ordnernamen der gemeinten Kapsel oder Seite
link-no-page-close = es gibt keine Seite `{ $slug }`
    .hint = meinten Sie `{ $close }`?

address-taken = die Adresse `{ $slug }` gehört schon zu { $first }
    .hint = benennen Sie einen der beiden Ordner um: die Adresse einer Kapsel kommt vom Ordnernamen

# `vigie check`: was sich schlecht lesen, teilen oder drucken wird.
content-alt-text = der Alternativtext `{ $alt }` beschreibt das Bild nicht
    .hint = sagen Sie, was das Bild zeigt, für jemanden, der es nicht sehen kann: „eine Hand schließt eine Haustür ab“
content-title-length = der Titel hat { $count } Zeichen; über { $max } wird er in Suchergebnissen und Vorschaukarten abgeschnitten
    .hint = eine einzige Idee, als Frage oder Aufforderung
content-summary-length = die Zusammenfassung hat { $count } Zeichen; Feeds und E-Mails zeigen etwa { $max }
    .hint = ein oder zwei Sätze: was zu tun ist
content-body-length = der Text hat mehr als { $max } Wörter; eine Kapsel ist ein praktischer Tipp, in einer Minute gelesen
    .hint = behalten Sie den Tipp und was zu tun ist; verweisen Sie für den Rest auf eine Seite
content-leaflet-short = der Text ist zu lang für das Faltblatt, das stattdessen den Kurztext druckt
    .hint = kürzen Sie den Text oder prüfen Sie, ob [leaflet] short das Wesentliche sagt
content-social-url = der { $network }-Beitrag, den diese Kapsel wiedergibt, hat keine Adresse
    .hint = öffnen Sie den Beitrag im Netzwerk, kopieren Sie seine Adresse und fügen Sie url = "https://…" unter [[social]] hinzu
content-no-picture = die Kapsel hat kein Bild
    .hint = Beiträge mit Bild werden weit häufiger gesehen; fügen Sie ein [image] mit Alternativtext hinzu
content-print-resolution = das Foto wird über die Breite des { $paper }-Faltblatts mit { $dpi } dpi gedruckt; Druckereien verlangen { $min }
    .hint = nehmen Sie ein Foto von mindestens { $pixels } Pixeln Breite
content-poster-resolution = das Foto wird mit { $dpi } dpi über die Breite des { $paper }-Plakats gedruckt; für ein Plakat, das aus einem Meter oder mehr gelesen wird, verlangen Druckereien { $min }
    .hint = verwenden Sie ein Foto von mindestens { $pixels } Pixeln Breite oder ein kleineres Plakat ([print] poster)
content-alert-duration = die Warnung läuft { $days } Tage; eine Warnung ist eine Nachricht, und nach mehr als { $max } Tagen liest sie niemand mehr
    .hint = beenden Sie sie früher und machen Sie aus dem, was gültig bleibt, einen Tipp
content-missing-translation = die Kapsel hat keine Übersetzung `{ $lang }`
    .hint = fügen Sie index.{ $lang }.md hinzu: wer auf `{ $lang }` liest, sieht diese Kapsel nicht
content-broken-link = `{ $url }` führt zu keiner Seite dieser Website
    .hint = verlinken Sie eine Kapsel mit @/capsules/<Ordner> und eine Seite mit @/pages/<Name>: diese prüft Vigie
content-insecure-link = `{ $url }` ist kein https
    .hint = verwenden Sie die https://-Adresse; die meisten Websites haben eine, und Browser warnen vor den anderen
# `vigie check`: übernommene Kapseln, an ihrer Quelle verfolgt.
exchange-newer = das Original dieser Kapsel hat sich seit der Übernahme geändert: { $url } (Version { $version })
    .hint = lesen Sie das Original erneut, übernehmen Sie die Änderungen und setzen Sie dann version = "{ $version }" unter [origin]
exchange-withdrawn = die Website, von der diese Kapsel stammt, bietet sie nicht mehr an: { $url }
    .hint = sie ist vielleicht veraltet oder zurückgezogen: lesen Sie sie erneut oder fragen Sie { $site }
exchange-unreachable = kann nicht lesen, was { $site } anbietet, um die übernommenen Kapseln zu vergleichen: { $error }
    .hint = prüfen Sie die Verbindung, oder ob die Website ihre Kapseln noch teilt


# `vigie check`: private Daten in einem Text. { $slip } sagt, was gefunden wurde.
privacy-what = { $slip ->
    [plate] ein Kennzeichen
    [phone] eine Telefonnummer
    [register-number] eine Nationalregisternummer
    [iban] eine Kontonummer (IBAN)
    [email] eine E-Mail-Adresse
    [address] eine Adresse mit Hausnummer
    [titled-name] der Name einer Person
   *[name-initial] ein Vorname mit Initiale
}
privacy-slip = { privacy-what } im Text: `{ $text }`
    .hint = entfernen Sie es oder bleiben Sie bei Straße oder Viertel; ist es bewusst öffentlich (die Nummer eines Dienstes), fügen Sie es in diesem Dokument zu allow = [...] hinzu
privacy-slip-grave = { privacy-what } im Text: `{ $text }`
    .hint = { $kind ->
        [alert] eine Warnung
       *[news] eine Nachricht
    } darf niemanden identifizieren: entfernen Sie diese Angabe (sagen Sie „ein Auto“, „das Viertel“)
privacy-more = { $count } weitere private Angaben ab hier werden nicht aufgeführt
    .hint = dieser Text enthält eine lange Liste privater Daten: entfernen Sie sie

# `vigie check`: die Mischung der Arten, und die nächsten 14 Tage.
mix-nothing-published = In den letzten 30 Tagen wurde nichts veröffentlicht: ein stiller Kanal verliert seine Leser. Planen Sie einen Tipp pro Woche.
mix-nothing-light = Nichts Leichtes in den letzten 30 Tagen: planen Sie diesen Monat ein Quiz oder einen unterhaltsamen Beitrag.
mix-too-many-alerts = Warnungen sind { $percent } % der letzten 30 Tage (Ziel { $target } %): zu viele Alarme nutzen die Aufmerksamkeit ab und beunruhigen; behalten Sie Warnungen echten Phänomenen vor und lassen Sie ihnen einen praktischen Tipp folgen.
mix-too-few-tips = Tipps sind { $percent } % der letzten 90 Tage (Ziel { $target } %): praktische Tipps sind das, was Einwohner behalten und teilen.
mix-no-news = Keine Nachrichten in 90 Tagen: ein Wort darüber, was der Dienst getan hat (ein Verdächtiger nach einem Anruf bei der 101 gefasst), schafft Vertrauen.
mix-good = Eine gute Mischung: vor allem Tipps, etwas Leichtes, ab und zu Nachrichten.
calendar-nothing = Für die nächsten 14 Tage ist nichts geplant: planen Sie einen oder zwei Tipps mit einem künftigen Datum, damit der Kanal von selbst weiterläuft.
calendar-weekend = { $scheduled ->
    [one] Die geplante Kapsel geht an einem Wochenende von selbst online: niemand muss an der Tastatur sitzen.
   *[other] { $weekend } der { $scheduled } geplanten Kapseln gehen an einem Wochenende von selbst online: niemand muss an der Tastatur sitzen.
}
calendar-scheduled = { $scheduled ->
    [one] Eine Kapsel ist für die nächsten 14 Tage geplant, nicht an einem Wochenende.
   *[other] { $scheduled } Kapseln sind für die nächsten 14 Tage geplant, keine an einem Wochenende.
}
calendar-alert-ends = Die Warnung „{ $title }“ endet am { $date }: sagen Sie, ob die Gefahr vorüber ist.
weekday = { $day ->
    [monday] Montag
    [tuesday] Dienstag
    [wednesday] Mittwoch
    [thursday] Donnerstag
    [friday] Freitag
    [saturday] Samstag
   *[sunday] Sonntag
}

# Der Bericht von `vigie check`, als Text und als Seite.
diagnostic-warning = Hinweis
report-site = Website
report-mix-heading = Mischung der letzten 30 und 90 Tage
report-mix = Mischung
report-chart-title = Veröffentlichte Kapseln pro Monat, nach Art
report-window = { $days } Tage: Tipps { $tip }, Zum Schmunzeln { $fun }, Infos { $news }, Warnungen { $alert }
report-last = Letzte
report-days = { $days } Tage
report-target = Ziel
report-calendar-heading = Die nächsten 14 Tage
report-day = Tag
report-scheduled = Geplant
report-weekend = Wochenende
report-nothing = Nichts zu beheben.
report-findings = Befunde
report-errors = { $count ->
    [one] { $count } Fehler
   *[other] { $count } Fehler
}
report-warnings = { $count ->
    [one] { $count } Hinweis
   *[other] { $count } Hinweise
}
kind = { $kind ->
    [tip] Tipp
    [alert] Warnung
    [news] Info
   *[fun] Zum Schmunzeln
}

# Was `vigie build` und `vigie publish` sagen, wenn sie fertig sind.
build-done = { $capsules ->
    [one] { $capsules } Kapsel
   *[other] { $capsules } Kapseln
} in { $languages ->
    [one] { $languages } Sprache
   *[other] { $languages } Sprachen
} erstellt: { $pages } Seiten, { $files } Dateien in { $seconds } s → { $output }
build-pictures = { $made } Bilder kodiert, { $reused } aus dem Cache
build-leaflets = Faltblätter: { $leaflets }; { $typeset } gesetzt, { $reused } aus dem Cache{ $shortened ->
    [0] {""}
    [one] ; Kurztext auf { $shortened } Faltblatt, dessen Text länger als eine Seite ist
   *[other] ; Kurztext auf { $shortened } Faltblättern, deren Text länger als eine Seite ist
}
build-booklets = Broschüren: { $booklets }; { $typeset } gesetzt, { $reused } aus dem Cache
build-next-change = nächste Änderung fällig: { $when } (dann erneut erstellen und veröffentlichen)
build-no-hard-links = { $folder }: dort lassen sich keine harten Links anlegen ({ $error }), daher wurde jede Datei neu geschrieben
publish-built = { $capsules ->
    [one] { $capsules } Kapsel
   *[other] { $capsules } Kapseln
} erstellt ({ $files } Dateien) in { $seconds } s.
publish-note = Hinweis: { $note }.
publish-nothing = Nichts zu veröffentlichen: { $name } ({ $target }) enthält diese Website bereits.
publish-plan = Nach { $name } ({ $target }): { $new } neu, { $changed } geändert, { $removed } entfernt, { $unchanged } unverändert; { $bytes } zu senden.
publish-send = senden
publish-remove = entfernen
publish-needs-yes = ohne Bestätigung wird nichts gesendet: fügen Sie --yes hinzu, um aus einem Skript zu veröffentlichen
publish-confirm = Jetzt veröffentlichen? [j/N]
publish-sending = Senden
publish-not-sent = Es wurde nichts gesendet.
publish-done = Veröffentlicht: { $files } Dateien gesendet ({ $bytes }), { $removed } entfernt. Die Website: { $address }
publish-next = Nächste Änderung fällig: { $when }.
publish-waiting-next = Warten auf die nächste fällige Änderung oder auf die Änderung einer Datei der Website.
publish-waiting-files = Warten auf die Änderung einer Datei der Website.
publish-note-ftp = ftp:// sendet Ihr Passwort und die Dateien unverschlüsselt, lesbar für jeden auf dem Weg: fragen Sie Ihren Anbieter nach ftps:// oder sftp://
publish-note-bad-manifest = die { $file } des Ziels ist nicht lesbar: alle Dateien werden gesendet; --verify vergleicht mit dem, was es enthält
publish-note-no-manifest = das Ziel hat noch kein Manifest: alle Dateien werden gesendet (--verify vergleicht mit dem, was es bereits enthält)
publish-note-own-rules = das Ziel hat eine eigene { $file }, die Vigie nicht geschrieben hat: sie bleibt, wie sie ist. Um die Website mit den Regeln von Vigie auszuliefern, fügen Sie ihr die von { $ours } hinzu, oder löschen Sie sie und veröffentlichen Sie erneut (docs/hosting.md)
publish-note-foreign = { $count ->
    [one] { $count } Datei auf dem Ziel wurde nicht von Vigie veröffentlicht: sie bleibt, wie sie ist
   *[other] { $count } Dateien auf dem Ziel wurden nicht von Vigie veröffentlicht: sie bleiben, wie sie sind
}

## `vigie` with no command: started like a desktop program (a shortcut, a double-click).
start-running = Vigie ist für die Website in { $folder } geöffnet.
    Werkbank (Kapseln schreiben und prüfen): { $workbench }
    Vorschau der Website (mit Entwürfen): { $address }
    Um Vigie zu beenden, schließen Sie dieses Fenster oder drücken Sie Strg+C.
start-no-site = In { $folder } gibt es keine Website (keine site.toml). Hier eine anlegen? [j/N]
start-not-created = Es wurde nichts angelegt.
start-no-site-said = In { $folder } gibt es keine Website (keine site.toml), und es wurde nichts angelegt. Um dort eine anzulegen: vigie init "{ $folder }"; danach vigie in diesem Ordner erneut starten. (vigie --help zeigt alle Befehle.)

## What the other commands say.
browser-not-opened = Hinweis: Es konnte kein Browser geöffnet werden; öffnen Sie die Adresse oben.
init-created = Website in { $folder } angelegt ({ $files } Dateien).
    Danach: cd "{ $folder }" && vigie build
new-created = { $file } wurde angelegt (ein Entwurf: setzen Sie draft = false, wenn er fertig ist).
serve-running = Vorschau der Website unter { $address } (Entwürfe und geplante Kapseln eingeschlossen; Strg+C zum Beenden)
    Werkstatt (Kapseln schreiben und prüfen): { $workbench }
serve-built = Vorschau erstellt ({ $capsules ->
    [one] eine Kapselseite
   *[other] { $capsules } Kapselseiten
}) in { $milliseconds } ms
serve-rebuilt = { $folder } neu erstellt in { $milliseconds } ms
serve-on-network = Warnung: lauscht auf { $bind }: andere Rechner im Netz können die Vorschau sehen, Entwürfe eingeschlossen.
kind-unknown = „{ $kind }“ ist keine Art: verwenden Sie tip, alert, news oder fun
login-folder = [publish.{ $name }] ist ein Ordner: Er braucht kein Passwort
login-question = Passwort für { $address }:
login-unreadable = das Passwort kann nicht gelesen werden: { $error }
login-empty = kein Passwort angegeben: Es wurde nichts gespeichert
watch-impossible = die Dateien der Website können nicht beobachtet werden: { $error }
watch-with-now = --watch folgt der Uhr: Lassen Sie --now weg
import-facebook-summary = Facebook-Export: gefundene Beiträge: { $found }; importiert: { $imported }, übersprungen: { $skipped } (bereits importiert: { $already }, vor --since: { $before }, leer: { $empty }{ $bad_date ->
    [0] {""}
   *[other] , mit unmöglichem Datum: { $bad_date }
}); kopierte Fotos: { $photos }{ $other_media ->
    [0] {""}
   *[other] , ausgelassene Videos und andere Medien: { $other_media }
}.
import-facebook-where = { $drafts ->
    [yes] Sie liegen in { $folder }, als Entwürfe: Lesen Sie sie nochmals, beschreiben Sie jedes Foto, führen Sie vigie check aus.
   *[no] Sie liegen in { $folder }: Lesen Sie sie nochmals, beschreiben Sie jedes Foto, führen Sie vigie check aus.
}
import-site-summary = { $site }: angebotene Kapseln: { $offered }; übernommen: { $adopted }, davon mit Bild: { $pictures }{ $already ->
    [0] {""}
   *[other] ; bereits übernommen: { $already } ({ $already_list })
}{ $none ->
    [0] {""}
   *[other] ; in keiner Sprache dieser Website: { $none } ({ $none_list })
}.
import-site-where = Sie liegen in { $folder } als Entwurf ({ $folders }): lesen und anpassen, dann draft = true entfernen.
import-site-list = { $source } bietet { $count ->
    [one] eine Kapsel
   *[other] { $count } Kapseln
} an; mit --pick SLUG (so oft wie nötig) oder --all angeben, welche übernommen werden:
import-site-no-such = --pick { $slug }: { $source } bietet diese Kapsel nicht an (ohne --pick aufrufen, um sie aufzulisten)
import-site-draft-comment = übernommen von { $site }: lesen, anpassen, dann diese Zeile entfernen
import-site-review-comment = true nach dem Lesen (Namen, Kennzeichen, Adressen, Telefonnummern)
exchange-https-only = { $address }: Vigie liest andere Websites nur über HTTPS; https:// schreiben
exchange-certificate = { $address }: dem HTTPS-Zertifikat der Website wird nicht vertraut ({ $error }); Vigie übernimmt nur von Websites mit gültigem Zertifikat: den Webmaster benachrichtigen
exchange-not-found = { $address }: nicht gefunden (404): ist das die Adresse einer Vigie-Website, die ihre Kapseln teilt ([exchange] share = true)?
exchange-too-large = { $what }: größer als { $megabytes } MB: abgelehnt
exchange-failed = { $address }: { $problem }
exchange-not-on-site = `{ $url }` liegt nicht auf der Website, die die Kapsel anbietet ({ $site }): nur deren eigene Bilder werden übernommen
exchange-not-plain = `{ $url }` ist keine einfache Dateiadresse
exchange-picture-link = { $file } ist eine Verknüpfung: Bilder werden nur aus dem Ordner selbst gelesen
exchange-not-an-offer = das ist keine Austauschdatei von Vigie
    .hint = geben Sie die Adresse einer Vigie-Website an, die ihre Kapseln teilt, ihre exchange.json oder ihren erstellten Ordner
exchange-broken-json = unlesbares JSON: { $problem }
    .hint = die Datei ist abgeschnitten oder beschädigt: versuchen Sie es erneut oder benachrichtigen Sie den Webmaster der anbietenden Website
exchange-version = diese Austauschdatei hat Version { $version }, die dieses Vigie nicht liest (es liest Version { $reads })
    .hint = aktualisieren Sie Vigie (oder das der anderen Website)
exchange-not-format = die Austauschdatei folgt nicht ihrem Format: { $problem }
    .hint = docs/exchange.md beschreibt es; benachrichtigen Sie den Webmaster der anbietenden Website
exchange-no-site-url = `site.url` ist keine Webadresse
    .hint = das Angebot ist beschädigt: es wurde nichts übernommen; benachrichtigen Sie den Webmaster der anbietenden Website
exchange-capsule-field = Kapsel `{ $slug }`: `{ $field }` { $problem }
    .hint = das Angebot ist beschädigt oder böswillig: es wurde nichts übernommen; benachrichtigen Sie den Webmaster der anbietenden Website
exchange-field-slug = ist kein Ordnername (Kleinbuchstaben, Ziffern und Bindestriche)
exchange-field-instant = ist kein Zeitpunkt nach RFC 3339
exchange-field-no-end = fehlt: eine Warnung muss ein Ende haben
exchange-field-empty-or-long = ist leer oder länger als { $max } Zeichen
exchange-field-address = ist keine Webadresse
exchange-field-empty = ist leer
exchange-field-long = ist länger als { $max } Zeichen
exchange-picture-refused = Kapsel `{ $slug }`: `picture`: { $problem }
    .hint = es wurde nichts übernommen; übernehmen Sie die anderen mit --pick oder benachrichtigen Sie den Webmaster der anbietenden Website
exchange-not-svg = keine SVG-Zeichnung
exchange-not-picture = unbrauchbares Bild: { $problem }
import-not-an-export = weder ein Zip-Archiv noch ein Ordner: { $problem }
    .hint = geben Sie den Ordner oder die .zip an, die „Deine Informationen herunterladen“ von Facebook erstellt hat, im JSON-Format
import-no-posts-file = keine Datei mit Facebook-Beiträgen darin (profile_posts_1.json oder your_posts_1.json)
    .hint = exportieren Sie die Informationen der Seite aus Facebook im JSON-Format (nicht HTML), mit „Beiträge“ ausgewählt
import-posts-unreadable = diese Beitragsdatei ist unlesbar oder größer als { $megabytes } MB (zehn Jahre Beiträge einer Seite belegen einige)
    .hint = laden Sie den Export erneut aus Facebook herunter, für einen kürzeren Zeitraum (seinen Datumsbereich), wenn er so groß ist
import-broken-json = beschädigtes JSON: { $problem }
    .hint = laden Sie den Export erneut herunter: diese Datei ist abgeschnitten oder beschädigt
import-post-no-timestamp = Beitrag { $index } hat keinen `timestamp`: Vigie kann diesen Export nicht lesen
    .hint = laden Sie den Export erneut aus Facebook herunter, im JSON-Format
import-photo-missing = Beitrag { $index }: sein Foto `{ $photo }` ist nicht im Export
    .hint = laden Sie den Export erneut mit den Fotos herunter („Medienqualität“ hoch)
import-photo-unusable = Beitrag { $index }: das Foto ist unlesbar: { $problem }
    .hint = laden Sie den Export erneut herunter: dieses Foto ist abgeschnitten oder beschädigt
import-post-of = Beitrag vom { $day }

## The preview's page when the build failed.
preview-failed-title = Vigie: Der Aufbau ist fehlgeschlagen
preview-failed = Der Aufbau der Website ist fehlgeschlagen
preview-failed-fix = Korrigieren Sie die Datei unten und speichern Sie: Diese Seite lädt sich von selbst neu.

## What the build's progress bar names: its outputs.
output-html = Seiten
output-leaflet-lists = Faltblattlisten
output-leaflets = Faltblätter
output-booklets = Broschüren
output-posters = Plakate
output-bulletins = Gemeindeblatt
output-exchange = Austausch
output-digest = Rundbrief
output-server-rules = Serverregeln
output-files = Dateien
output-favicon = Favicon
output-images = Bilder
output-feeds = Feeds
output-calendars = Kalender
output-screens = Bildschirme
output-slides = Bildschirmfolien
output-sitemap = Sitemap

## Die Dateien einer Kapsel und ihr Kopf.
capsule-no-index = dieser Kapselordner hat weder index.md noch index.<Sprache>.md
    .hint = legen Sie index.{ $lang }.md mit dem Kopf und dem Text der Kapsel an
capsule-second-translation = eine zweite Übersetzung `{ $lang }` (index.md ist in der Standardsprache)
    .hint = behalten Sie index.md oder index.<Sprache>.md für die Standardsprache, nicht beide
capsule-unknown-language = `{ $lang }` ist keine der Sprachen der Website
    .hint = benennen Sie die Datei nach einer dieser Sprachen um: { $languages }, oder fügen Sie `{ $lang }` zu languages in site.toml hinzu
folder-unreadable = der Ordner kann nicht gelesen werden: { $error }
origin-not-web-address = `origin.{ $key }` ist keine Webadresse
    .hint = [origin] sagt, woher eine übernommene Kapsel stammt: die Adresse der Website und die der Kapsel, beginnend mit https://
capsule-no-kind = die Kapsel hat keine Art (`kind`)
    .hint = fügen Sie kind = "tip" hinzu (oder "alert", "news", "fun")
capsule-no-date = die Kapsel hat kein Datum (`date`)
    .hint = fügen Sie date = 2026-11-20 hinzu: den Tag der Veröffentlichung
expires-before-date = das Ende (`expires`) liegt nicht nach dem Beginn (`date`)
    .hint = eine Warnung muss nach ihrem Beginn enden
privacy-not-reviewed = { $kind ->
    [alert] eine veröffentlichte Warnung
   *[news] eine veröffentlichte Meldung
} braucht privacy_reviewed = true
    .hint = lesen Sie den Text auf Namen, Kennzeichen, Adressen und Telefonnummern durch und setzen Sie dann privacy_reviewed = true (oder behalten Sie draft = true)
tag-no-letter = das Schlagwort `{ $tag }` hat weder Buchstaben noch Ziffern und hätte daher keine Seite
    .hint = ein Schlagwort besteht aus ein oder zwei Wörtern, etwa "Fahrrad" oder "Urlaub"
tag-too-long = das Schlagwort `{ $start }…` ist länger als { $max } Zeichen
    .hint = ein Schlagwort besteht aus ein oder zwei Wörtern, etwa "Fahrrad" oder "Urlaub"
focus-out-of-range = focus muss aus zwei Brüchen zwischen 0 und 1 bestehen
    .hint = [0.5, 0.3] hält den Punkt bei halber Breite und einem Drittel der Höhe
image-no-src = [image] hat kein `src`
    .hint = geben Sie den Dateinamen des Fotos an, z. B. src = "photo.jpg"
image-no-alt = das Foto hat in dieser Sprache keinen Alternativtext
    .hint = fügen Sie alt = "…" unter [image] hinzu: was das Foto zeigt, für Menschen, die es nicht sehen können
picture-unreadable = `{ $file }`: { $problem }
    .hint = verwenden Sie eine JPEG-, PNG-, WebP- oder SVG-Datei; öffnen Sie sie in einem Bildprogramm und speichern Sie sie neu
alias-not-address = `{ $alias }` ist keine Adresse
    .hint = geben Sie den früheren Ordnernamen der Kapsel an, so wie ihre Adresse lautete, z. B. "{ $example }"
translations-differ = `{ $name }` ist in den Übersetzungen verschieden: { $file } sagt { $theirs }
    .hint = `{ $name }` hängt nicht von der Sprache ab: geben Sie es in nur einer Übersetzung an oder in jeder gleich
event-without-time = die Veranstaltung hat kein `{ $key }`
    .hint = fügen Sie { $key } = 2026-12-12T14:00:00 unter [event] hinzu (Datum und Uhrzeit in der Zeitzone der Website)
event-end-before-start = das Ende der Veranstaltung (`end`) liegt nicht nach ihrem Beginn (`start`)
    .hint = geben Sie die Uhrzeit an, zu der die Veranstaltung vorbei ist, nach ihrem Beginn (für einen Abend: derselbe Tag, später)
event-without-place = die Veranstaltung hat in dieser Sprache keinen Ort
    .hint = fügen Sie place = "…" unter [event] hinzu: wohin die Einwohner kommen (ein Saal, ein Platz); einmal für alle Sprachen genügt, wenn er keine Übersetzung braucht
event-registration-unusable = `{ $value }` ist weder eine Webadresse noch eine Telefonnummer
    .hint = registration = "https://…" (ein Formular) oder eine Nummer wie "0800 12 345"
editorial-calendar-name = Redaktionskalender: { $site }
editorial-goes-out = Erscheint: { $title } ({ $kind ->
    [tip] Tipp
    [alert] Warnung
    [news] Neuigkeit
   *[other] Unterhaltung
})
editorial-alert-ends = Ende der Warnung: { $title }
editorial-event = Veranstaltung: { $title }
date-unusable = kein brauchbares Datum: { $detail }
    .hint = schreiben Sie ein Datum wie 2026-11-20
press-date-unusable = kein brauchbares Datum: { $detail }
    .hint = schreiben Sie das Datum des Artikels, etwa 2026-11-19
video-src-or-url = [video] braucht entweder `src` (eine Datei im Ordner) oder `url` (einen Link), nicht beides
    .hint = Vigie bettet nie den Player eines Dritten ein: geben Sie src = "clip.mp4" an, oder url = "https://…", als Link angezeigt
video-no-captions = das Video hat in dieser Sprache keine Untertitel
    .hint = fügen Sie captions = "clip.<Sprache>.vtt" unter [video] hinzu: viele schauen ohne Ton, und manche hören nicht
not-web-address = `{ $url }` ist keine Webadresse
    .hint = schreiben Sie die vollständige Adresse, beginnend mit https://

## Dateien und Ordner des Inhalts, und der Text von Kapseln und Seiten.
file-unreadable = die Datei kann nicht gelesen werden: { $error }
file-not-utf8 = die Datei ist hier kein gültiges UTF-8
    .hint = speichern Sie die Datei in Ihrem Editor als UTF-8 (sie wurde wohl als Latin-1 oder Windows-1252 gespeichert)
folder-empty-address = der Ordnername ergibt eine leere Adresse
    .hint = benennen Sie den Ordner mit Buchstaben oder Ziffern
capsule-single-file = eine Kapsel ist ein Ordner, keine einzelne Datei
    .hint = verschieben Sie sie nach content/capsules/{ $name }/index.md
page-reserved-address = `{ $slug }` ist eine Adresse, die Vigie für seine eigenen Seiten nutzt
    .hint = benennen Sie die Datei um
page-second = eine zweite Seite `{ $slug }` in `{ $lang }`
    .hint = behalten Sie eine Datei pro Seite und Sprache
page-unknown-language = `{ $lang }` ist keine der Sprachen der Website
    .hint = nennen Sie die Datei <Adresse>.<Sprache>.md mit einer dieser Sprachen: { $languages }
page-empty-address = der Dateiname ergibt eine leere Adresse
    .hint = benennen Sie sie mit Buchstaben oder Ziffern, z. B. kontakt.de.md
alias-taken = der Alias `{ $alias }` ist die Adresse von { $other }
    .hint = ein Alias ist eine Adresse, die diese Kapsel früher hatte; entfernen Sie ihn aus aliases
alias-claimed = der Alias `{ $alias }` wird auch von { $other } beansprucht
    .hint = behalten Sie den Alias nur in der Kapsel, die diese Adresse hatte
front-matter-missing = die Datei beginnt nicht mit einem Kopf
    .hint = beginnen Sie mit einer Zeile `+++`, dann Felder wie title = "…", dann eine weitere Zeile `+++`
front-matter-unclosed = der Kopf wird nie geschlossen
    .hint = fügen Sie nach dem letzten Feld, vor dem Text, eine Zeile `+++` hinzu
text-nests-lists = Listen und Zitate sind hier mehr als { $max } Ebenen tief verschachtelt
    .hint = beschränken Sie Listen und Zitate auf wenige Ebenen: Einwohner lesen auf dem Handy, und Faltblätter drucken sie
text-nests = der Text ist hier mehr als { $max } Ebenen tief verschachtelt
    .hint = beschränken Sie Listen und Zitate auf wenige Ebenen: Einwohner lesen auf dem Handy, und Faltblätter drucken sie
text-picture = Bilder im Text werden nicht unterstützt
    .hint = geben Sie das Foto der Kapsel in der Tabelle [image] des Kopfes an
link-unknown-internal = `{ $url }` ist kein interner Link, den Vigie kennt
    .hint = schreiben Sie @/capsules/<Adresse> für eine Kapsel oder @/pages/<Adresse> für eine Seite

## site.toml
config-not-utf8 = { $file } ist kein gültiges UTF-8: { $error }
    .hint = speichern Sie die Datei in Ihrem Editor als UTF-8
config-unreadable = { $file } kann nicht gelesen werden: { $error }
    .hint = starten Sie vigie im Ordner der Website, oder geben Sie ihn mit --root ORDNER an; `vigie init ORDNER` legt eine neue Website an
base-url-problem = { $problem ->
    [blank] enthält ein Leerzeichen
    [relative] ist keine vollständige Webadresse (https://…)
    [host] hat keinen Domainnamen
    [user] enthält einen Benutzernamen oder ein Passwort, das jede Seite zeigen würde
    [query] hat eine Abfrage (?…) oder ein Fragment (#…)
    [empty-folder] hat einen leeren Ordner im Pfad (`//`)
   *[other] ist keine Webadresse ({ $detail })
}
base-url-invalid = base_url `{ $url }` { base-url-problem }
    .hint = schreiben Sie die Adresse, unter der die Website erscheint, z. B. "https://praevention.beispiel.be" oder "https://www.beispiel.be/praevention"
base-url-flag-invalid = --base-url `{ $url }` { base-url-problem }
site-title-empty = der Titel der Website (`title`) ist leer
    .hint = geben Sie den Namen der Website an, z. B. "Prävention — Gemeinde Beispiel": Seiten, Feeds und Faltblätter zeigen ihn
logo-not-in-static = das Logo `{ $logo }` liegt nicht in static/
    .hint = legen Sie das Logo in den Ordner static/ der Website und schreiben Sie logo = "static/logo.svg"
logo-not-static-file = das Logo `{ $logo }` ist keine Datei von static/
    .hint = legen Sie das Logo in den Ordner static/ der Website und schreiben Sie logo = "static/logo.svg"
logo-missing = es gibt keine Datei `{ $logo }` in der Website
    .hint = legen Sie das Logo in den Ordner static/ der Website und schreiben Sie logo = "static/logo.svg"
logo-format = das Logo `{ $logo }` ist keine SVG-, PNG-, JPEG- oder WebP-Datei
    .hint = speichern Sie das Logo als SVG (am besten für den Druck) oder PNG
profile-missing = es gibt keine Datei `{ $profile }` in der Website
    .hint = legen Sie die .icc-Datei der Druckerei in den Ordner der Website und schreiben Sie profile = "druck/druckerei.icc" unter [print], oder entfernen Sie die Zeile, um das FOGRA39-Profil von Vigie zu verwenden
profile-not-icc = `{ $profile }` ist kein ICC-Farbprofil
    .hint = fragen Sie die Druckerei nach ihrem CMYK-Ausgabeprofil, einer Datei mit der Endung .icc
profile-cut-short = `{ $profile }` ist unvollständig: { $has } Bytes von den { $announced }, die sein Kopf ankündigt
    .hint = kopieren Sie die Datei erneut aus dem, was die Druckerei geschickt hat
profile-not-cmyk = `{ $profile }` ist ein Profil der Klasse { $class } für { $space }, nicht das einer CMYK-Druckbedingung
    .hint = fragen Sie die Druckerei nach ihrem CMYK-Ausgabeprofil, z. B. ISO Coated v2 (FOGRA39) oder PSO Coated v3 (FOGRA51)
profile-too-new = `{ $profile }` ist ein ICC-{ $version }-Profil; PDF/X-4 nimmt Profile bis Version 4.1 auf
    .hint = fragen Sie die Druckerei nach dem Profil in Version 2 ihrer Druckbedingung (die FOGRA-Profile der ECI sind Version 2)
languages-empty = `languages` ist leer
    .hint = geben Sie mindestens eine an, z. B. ["de"]
language-code-invalid = `{ $lang }` ist kein Sprachcode
    .hint = verwenden Sie Codes aus zwei Buchstaben wie "de", "fr", "nl" oder "en"
language-twice = die Sprache `{ $lang }` steht zweimal in der Liste
    .hint = nennen Sie jede Sprache nur einmal
language-not-listed = die Sprache `{ $lang }` steht nicht in `languages`
    .hint = fügen Sie sie zu languages hinzu, oder verwenden Sie eine dieser: { $languages }
timezone-unknown = unbekannte Zeitzone `{ $zone }`
    .hint = verwenden Sie einen IANA-Namen wie "Europe/Brussels"
bleed-out-of-range = bleed_mm muss zwischen 0 und 10 liegen
    .hint = Druckereien verlangen meist 3 mm
licence-not-spdx = die Austauschlizenz ist keine SPDX-Lizenzkennung
    .hint = verwenden Sie eine wie "CC-BY-4.0" (Urheber nennen) oder "CC0-1.0" (ohne Bedingungen)
mix-not-100 = die Anteile von [mix] ergeben zusammen { $total } %, nicht 100 %
    .hint = geben Sie tip, alert, news und fun in Prozent an; Standard ist 60, 5, 20, 15
screen-out-of-range = [screen] { $key } muss zwischen { $range } liegen
    .hint = ein Wartezimmer sieht eine Schleife von wenigen Minuten: entfernen Sie die Zeile, um den Standardwert zu behalten (12 Kapseln, je 10 Sekunden)
bulletin-out-of-range = [bulletin] capsules muss zwischen { $range } liegen
    .hint = eine Zeitschriftenseite fasst wenige Kapseln: entfernen Sie die Zeile, um den Standardwert (4) zu behalten
limit-zero = das Limit (limit) von [{ $table }] muss mindestens 1 sein
    .hint = entfernen Sie die Zeile, um den Standardwert zu behalten
publish-url-not-address = [publish.{ $name }] die url ist keine Adresse ({ $error })
    .hint = schreiben Sie sie als sftp://benutzer@server/pfad, ftps://benutzer@server/pfad, s3://bucket/präfix oder file:///pfad
publish-url-scheme = [publish.{ $name }] über `{ $scheme }://` kann Vigie nicht veröffentlichen
    .hint = verwenden Sie eines davon: { $schemes }
publish-url-password = [publish.{ $name }] die Adresse enthält ein Passwort, und das gehört nicht in site.toml
    .hint = entfernen Sie es: Vigie fragt danach, oder liest VIGIE_PUBLISH_PASSWORD
library-name-invalid = der Name einer [[library]] muss eine Zeile von 1 bis 100 Zeichen sein
    .hint = geben Sie den Namen der Website an, wie man sie kennt, z. B. "Polizeizone Beispiel"
library-url-invalid = [[library]] `{ $name }`: { $problem ->
    [not-address] `{ $url }` ist keine Adresse ({ $detail })
    [http] `{ $url }` ist einfaches HTTP: Vigie liest andere Websites nur über HTTPS
    [scheme] `{ $scheme }://` ist keine Webadresse
    [user] die Adresse enthält einen Benutzer oder ein Passwort: eine Bibliothek ist öffentlich
   *[query] `{ $url }` hat eine Abfrage oder ein Fragment: geben Sie nur die Adresse der Website an
}
    .hint = schreiben Sie die Adresse einer Vigie-Website, die ihre Kapseln teilt, z. B. "https://praevention.polizeizone-beispiel.be/"
library-twice = die Bibliothek `{ $name }` steht zweimal in der Liste
    .hint = geben Sie jeder [[library]] einen eigenen Namen
library-address-twice = die Adresse von `{ $name }` ist schon die einer anderen Bibliothek
    .hint = entfernen Sie einen der beiden [[library]]-Einträge
contact-unknown = kein Kontakt `{ $key }` in site.toml
    .hint = fügen Sie ihn unter [contacts] in site.toml hinzu
contact-unknown-close = kein Kontakt `{ $key }` in site.toml
    .hint = meinten Sie `{ $close }`?

## Die Befehlszeile, der Ausgabeordner und die anderen Orte, an die Vigie schreibt.
output-link-unreachable = { $folder } ist eine symbolische Verknüpfung zu einem Ordner, der nicht erreichbar ist ({ $error }): Legen Sie den genannten Ordner an, oder entfernen Sie die Verknüpfung
output-in-site = der Ausgabeordner { $folder } ist Teil der Website selbst; dort zu bauen würde ihn löschen: Wählen Sie einen anderen Ordner, etwa public/
output-is-file = die Ausgabe { $folder } ist eine Datei, kein Ordner
output-foreign = { $folder } enthält Dateien, die Vigie nicht geschrieben hat, und ein Build ersetzt den ganzen Ordner: Wählen Sie einen leeren oder neuen Ordner, oder fügen Sie --force hinzu, um seinen Inhalt zu löschen
now-invalid = --now `{ $text }` ist weder ein Datum (2026-11-20) noch ein Zeitpunkt nach RFC 3339 (2026-11-20T09:00:00+01:00)
lang-not-in-site = --lang { $lang }: die Sprachen der Website sind { $languages }
init-site-exists = { $folder } enthält schon eine Website (site.toml existiert); es wurde nichts geschrieben
new-title-no-letters = der Titel muss Buchstaben oder Ziffern enthalten: die Adresse der Kapsel wird daraus gebildet
new-exists = { $folder } existiert schon: Wählen Sie einen anderen Titel
publish-unknown-target = site.toml hat kein [publish.{ $name }]: die Ziele sind { $targets }
publish-no-targets = site.toml hat keine Tabelle [publish.NAME]: Fügen Sie eine hinzu, etwa [publish.web] mit url = "sftp://webmaster@ftp.beispiel.be/www" (siehe docs/publish.md)
publish-not-local-folder = [publish.{ $name }] `{ $url }` ist kein Ordner dieses Computers
publish-folder-not-utf8 = [publish.{ $name }] der Ordner `{ $folder }` ist kein UTF-8, sobald seine %-Codes gelesen sind
login-s3 = [publish.{ $name }] ist ein S3-Speicher: Seine Schlüssel kommen aus VIGIE_S3_ACCESS_KEY_ID und VIGIE_S3_SECRET_ACCESS_KEY (oder AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY)
serve-cannot-listen = auf { $address } kann nicht gelauscht werden: { $error }
thread-impossible = der Vorgang { $name } der Vorschau kann nicht starten: { $error }
workbench-token = das Token der Werkstatt kann nicht erzeugt werden: { $error }
workbench-no-address = diese Adresse gibt es in der Werkbank nicht
workbench-no-earlier-save = es gibt keine frühere Speicherung, zu der Sie zurückkehren können
workbench-needs-languages = die Anfrage braucht ein Objekt `languages`
workbench-page-preview = die Vorschau einer Seite ist page.html
workbench-preview-kinds = eine Vorschau ist leaflet.pdf, page.html oder kit.json
workbench-no-library-capsule = diese Bibliothek oder Kapsel gibt es nicht
workbench-library-which = geben Sie an, welche Bibliothek (n) und welche Kapsel (slug)
workbench-wrong-method = diese Adresse nimmt diese Methode nicht an
workbench-no-picture = diese Kapsel gibt es nicht, oder sie hat kein Bild
workbench-unreadable-request = die Anfrage konnte nicht gelesen werden
workbench-no-publish-target = dieses Ziel [publish] gibt es nicht in site.toml
workbench-no-page = diese Seite der Werkbank gibt es nicht
workbench-needs-version = eine Speicherung nennt die Version, von der sie ausgeht, in If-Match
workbench-open-with-address = öffnen Sie die Werkbank mit der Adresse, die `vigie serve` angezeigt hat
workbench-other-site = diese Änderung kommt von einer anderen Website und wird abgelehnt
workbench-too-slow = die Anfrage brauchte zu lange; versuchen Sie es noch einmal
workbench-too-large = das ist größer als die 40 MB, die ein Hochladen haben darf
workbench-no-capsule = es gibt keine Kapsel `{ $slug }` in content/capsules/
workbench-no-such-page = es gibt keine Seite `{ $slug }` in content/pages/
workbench-not-json = die Anfrage ist kein JSON: { $error }
workbench-page-no-text = die Seite hat noch keinen Text in `{ $lang }`
workbench-capsule-no-text = die Kapsel hat noch keinen Text in `{ $lang }`
workbench-unreadable-files = die Dateien von `{ $slug }` können nicht gelesen werden: { $error }
workbench-screen-failed = die Seite der Werkstatt konnte nicht erzeugt werden: { $error }
favicon-unwritable = favicon.ico kann nicht geschrieben werden: { $error }
favicon-from-logo = das Symbol der Website kann nicht aus dem Logo gezeichnet werden: { $problem }
    .hint = speichern Sie das Logo neu als SVG oder PNG, oder legen Sie Ihr eigenes favicon.ico in static/

## Bilder, wie Vigie sie liest (Foto einer Kapsel, Logo, Hochladen, übernommenes Bild).
picture-cannot-read = das Bild kann nicht gelesen werden: { $error }
picture-cannot-decode = das Bild kann nicht gelesen werden ({ $error })
picture-cannot-resize = die Größe des Bildes kann nicht geändert werden: { $error }
picture-cannot-encode = das JPEG kann nicht kodiert werden: { $error }
picture-cannot-allocate = nicht genug Speicher für das Bild
picture-empty = das Bild ist leer (0 Pixel)
picture-too-large = das Bild gibt { $width }×{ $height } Pixel an, mehr als Vigie annimmt ({ $millions } Millionen, { $side } pro Seite)
picture-too-large-for-jpeg = { $width }×{ $height } ist zu groß für JPEG
picture-unknown-format = kein Bild, das Vigie lesen kann: verwenden Sie JPEG, PNG, WebP oder SVG
picture-jpeg-no-end = die JPEG-Datei ist abgeschnitten (sie hat keine Endmarke): kopieren Sie sie erneut von ihrer Quelle
picture-jpeg-cut = die JPEG-Datei ist abgeschnitten
picture-not-jpeg = keine JPEG-Datei
picture-jpeg-damaged = die JPEG-Datei ist beschädigt
picture-output-impossible = { $output } kann aus diesem Bild nicht erstellt werden
picture-broken = Kapsel `{ $capsule }`: { $problem }
    .hint = öffnen Sie das Bild in einem Bildprogramm und speichern Sie es neu als JPEG, PNG oder WebP
svg-not-utf8 = die SVG-Datei ist kein UTF-8-Text
svg-malformed = kein wohlgeformtes SVG: { $error }
svg-unreadable = kein SVG, das Vigie lesen kann: { $error }
svg-cannot-write = das SVG kann nicht geschrieben werden: { $error }

## Hochladen in der Werkstatt, in den Ordner einer Kapsel.
upload-not-multipart = senden Sie das Foto als multipart/form-data, in einem Feld mit Dateinamen
upload-too-large = diese Datei ist größer als die 40 MB, die ein Hochladen haben darf
upload-kinds = Vigie nimmt Fotos (JPEG, PNG, WebP, SVG), Videos (MP4, WebM) und Untertitel (WebVTT, .vtt)
upload-refused = { $file }: { $problem }
upload-cannot-keep = { $file } kann nicht gespeichert werden: { $error }
upload-not-picture = das ist kein Bild
upload-wrong-format = das ist kein { $format }-Bild (benennen Sie es nach dem, was es ist, oder exportieren Sie es neu)
upload-not-svg = das ist keine SVG-Zeichnung
video-is-mp4 = das ist ein MP4-Video: nennen Sie es .mp4
video-is-webm = das ist ein WebM-Video: nennen Sie es .webm
video-not-playable = das ist kein Video, das ein Browser abspielt (MP4 oder WebM)
captions-not-utf8 = Untertitel müssen UTF-8-Text sein (speichern Sie sie als UTF-8)
captions-not-webvtt = Untertitel müssen eine WebVTT-Datei sein, deren erste Zeile WEBVTT lautet (die meisten Untertitelprogramme wandeln eine .srt-Datei um)
media-not-shown = hier werden nur die Bilder, Videos und Untertitel der Kapsel gezeigt
media-not-in-bundle = der Ordner der Kapsel hat keine Datei { $file }

## Das Theme und die Faltblätter.
theme-missing = kein Theme `{ $name }`: der Ordner themes/{ $name }/ existiert nicht
    .hint = verwenden Sie theme = "default", oder kopieren Sie ein Theme nach themes/
theme-no-strings = das Theme hat keine Oberflächentexte für `{ $lang }`
    .hint = legen Sie themes/{ $theme }/i18n/{ $lang }.toml an; das Standard-Theme hat fr, nl, de und en
leaflet-too-long = das Faltblatt von `{ $capsule }` passt nicht auf eine { $paper }-Seite, auch nicht mit seinem Kurztext
    .hint = geben Sie unter [leaflet] einen kürzeren Text mit short = "…" an (zwei oder drei Sätze)

## --help
cli-unknown-argument = `{ $argument }` ist keine Option dieses Befehls
cli-unknown-command = `{ $command }` ist kein Befehl von Vigie
cli-invalid-value = `{ $value }` ist kein Wert, den { $argument } annimmt
cli-one-of = geben Sie einen dieser Werte an: { $values }
cli-missing = { $arguments } fehlt
cli-conflict = { $argument } kann nicht zusammen mit { $other } angegeben werden
cli-did-you-mean = meinten Sie `{ $suggestion }`?
cli-see-help = vigie --help listet die Befehle auf, vigie BEFEHL --help die Optionen eines Befehls
help-usage = Verwendung:
help-options = Optionen
help-arguments = Argumente
help-commands = Befehle
help-help = Hilfe anzeigen
help-help-command = Diese Nachricht oder die Hilfe zum angegebenen Befehl anzeigen
help-version = Die Version anzeigen
help-vigie = Präventionskapseln als Website, Faltblätter, Feeds und Teilen-Kits. Ohne Befehl, im Ordner einer Website, öffnet sich die Werkstatt im Browser.
help-vigie-root = Der Ordner der Website, der mit site.toml (Standard: der aktuelle Ordner).
help-vigie-speak = Die Sprache, die Vigie spricht: fr, nl, de oder en (Standard: VIGIE_LANG, dann LC_ALL, LC_MESSAGES, LANG, dann die erste Sprache der Website). Vor dem Befehl anzugeben: vigie --lang nl build.
help-arg-now = Der Zeitpunkt, der als jetzt gilt: ein Datum oder ein Zeitpunkt nach RFC 3339.
help-init = Eine neue Website mit einer Beispielkapsel jeder Art anlegen.
help-init-dir = Wo sie angelegt wird (Standard: der aktuelle Ordner).
help-new = Eine neue Kapsel als Entwurf anlegen.
help-new-title = Der Titel der Kapsel; ihre Adresse wird daraus gebildet.
help-new-kind = tip (Standard), alert, news oder fun.
help-new-lang = Die Sprache ihrer ersten Übersetzung (Standard: die erste Sprache der Website).
help-build = Die Website in public/ bauen.
help-build-output = Wohin die Website geschrieben wird (Standard: public/ im Ordner der Website).
help-build-drafts = Auch Entwürfe und geplante Kapseln bauen, als nicht veröffentlicht markiert (eine Vorschau).
help-build-base-url = Unter einer anderen Adresse als der base_url von site.toml veröffentlichen.
help-build-offline = Eine Kopie, die von der Festplatte geöffnet funktioniert: relative Links, die auf index.html enden.
help-build-no-leaflets = Alle PDF-Arbeit überspringen (Faltblätter und Broschüren): schnelle Vorschauen, Vergleiche nur des Webs.
help-build-force = In --output bauen, auch wenn dort Dateien liegen, die Vigie nicht geschrieben hat (sie werden gelöscht).
help-check = Vor dem Veröffentlichen alles nachlesen: Privatsphäre, Inhalt, die Mischung der Arten, die kommenden Tage.
help-check-format = text (Standard, nach Kapsel gruppiert) oder json (für CI und Editoren; Schema in docs/check.md).
help-check-report = Auch eine eigenständige HTML-Seite mit den Befunden, einem Diagramm und dem Kalender schreiben.
help-check-no-leaflets = Keine Faltblätter setzen (dann werden Faltblätter, die auf ihren Kurztext zurückfallen, nicht gefunden).
help-check-calendar = Auch den Redaktionskalender schreiben (DATEI.ics): wann geplante Kapseln erscheinen, Warnungen enden und Veranstaltungen stattfinden, für den Kalender des Teams.
help-publish = Die Website bauen und das Geänderte an ein Ziel [publish.NAME] von site.toml senden.
help-publish-name = Das Ziel (Standard: die erste Tabelle [publish.*]).
help-publish-dry-run = Zeigen, was gesendet und entfernt würde, und aufhören.
help-publish-yes = Vor dem Senden nicht fragen.
help-publish-allow-removals = Seiten, Faltblätter und Feeds entfernen, die nicht mehr in der Website sind.
help-publish-verify = Mit dem vergleichen, was das Ziel wirklich enthält, nicht mit seinem Manifest.
help-publish-due = Für Planer: nur veröffentlichen, wenn etwas fällig ist (Datum einer geplanten Kapsel erreicht, Warnung beendet, Inhalt geändert), ohne zu fragen.
help-publish-watch = Weiterlaufen: veröffentlichen, sobald etwas fällig wird oder sich der Inhalt ändert.
help-publish-login = Einmal nach dem Passwort des Ziels fragen und es im Schlüsselbund des Systems speichern, dann aufhören.
help-import = Beiträge von anderswo als Kapseln heimholen.
help-import-facebook = Der Export „Deine Informationen herunterladen“ einer Facebook-Seite (JSON), als .zip oder als Ordner.
help-import-facebook-export = Der Export: die .zip, die Facebook erstellt hat, oder der Ordner, in den sie entpackt ist.
help-import-facebook-lang = Die Sprache der Beiträge (Standard: die erste der Website).
help-import-facebook-since = Beiträge vor diesem Tag weglassen (2024-01-01).
help-import-facebook-kind = tip (Standard), alert, news oder fun.
help-import-facebook-publish = Die Kapseln sofort veröffentlichen, statt Entwürfe zu schreiben.
help-import-site = Kapseln, die eine andere Vigie-Website anbietet, als Entwürfe übernommen, mit ihren Übersetzungen, ihrem Bild und der Quellenangabe.
help-import-site-source = Die Adresse der Website (https://…), ihre exchange.json, ihr gebauter Ordner, oder der Name einer [[library]] von site.toml.
help-import-site-pick = Die Adresse (Slug) einer zu übernehmenden Kapsel; so oft wie nötig. Ohne --pick oder --all werden die angebotenen Kapseln aufgelistet.
help-import-site-all = Alle angebotenen Kapseln übernehmen.
help-import-site-kind = Nur Kapseln dieser Art: tip, alert, news oder fun.
help-import-site-since = Kapseln, die vor diesem Tag datiert sind, weglassen (2024-01-01).
help-import-site-now = Der Zeitpunkt, der als jetzt gilt (das Datum der übernommenen Kapseln).
help-serve = Die Website als Vorschau zeigen, Entwürfe und geplante Kapseln eingeschlossen; bei jedem Speichern neu bauen und neu laden.
help-serve-port = Der Port, auf dem gelauscht wird (Standard 1111; 0: ein beliebiger freier Port).
help-serve-bind = Die Adresse, auf der gelauscht wird (Standard 127.0.0.1); jede andere als die dieses Computers lässt andere Rechner die Entwürfe sehen.
help-serve-open = Die Werkstatt im Browser öffnen, sobald die Vorschau bereit ist.

## Was ein Veröffentlichungsziel antwortet, wenn es nicht erreichbar ist oder ablehnt.
publish-failed = [publish.{ $name }] { $target }: { $problem }
publish-no-server = der Server ist nicht zu finden: { $error }
publish-cannot-connect = keine Verbindung möglich: { $error }
publish-tls-refused = das TLS des Servers wurde abgelehnt ({ $error }). Wenn Ihr Anbieter Ihnen sein Zertifikat gegeben hat, nennen Sie die Datei mit certificate = "…" in dieser Tabelle [publish]
publish-certificate-unreadable = das Zertifikat { $file } kann nicht gelesen werden: { $error }
publish-certificate-not-pem = { $file } ist kein PEM-Zertifikat ({ $error }): Bitten Sie Ihren Hoster um das Zertifikat des Servers, den Text, der mit -----BEGIN CERTIFICATE----- beginnt
publish-tls-cannot-start = TLS kann auf diesem Computer nicht starten: { $error }
publish-server-answered = der Server antwortete { $code } { $answer }
publish-no-password = kein Passwort: Führen Sie einmal `vigie publish NAME --login` aus, um es im Schlüsselbund des Systems zu speichern, oder setzen Sie VIGIE_PUBLISH_PASSWORD
publish-password-refused = der Server hat das Passwort für { $user } abgelehnt
publish-login-refused = der Server hat die Anmeldung von { $user } abgelehnt
publish-ssh-handshake = der SSH-Verbindungsaufbau ist gescheitert: { $error }
publish-no-sftp = der Server bietet kein SFTP an: { $error }
publish-no-host-key = der Server hat keinen Host-Schlüssel gezeigt
publish-known-hosts-unreadable = known_hosts = "{ $file }" kann nicht als known_hosts-Datei gelesen werden ({ $error }): Geben Sie den Pfad einer solchen Datei an (wie UserKnownHostsFile von OpenSSH), oder die Schlüsselzeile des Servers, `ssh-ed25519 AAAA…`
publish-host-key-unknown = der Host-Schlüssel des Servers ist keiner, dem Sie vertrauen (SHA256:{ $fingerprint }): Er steht nicht in { $where ->
    [line] der Schlüsselzeile, die als known_hosts in dieser Tabelle [publish] steht
    [file] der known_hosts-Datei { $file }
   *[home] { $file }
}. Prüfen Sie diesen Fingerabdruck bei Ihrem Anbieter und vertrauen Sie ihm dann mit `{ $scan }`, oder geben Sie known_hosts = "…" in dieser Tabelle [publish] an (die Schlüsselzeile des Servers, oder den Pfad einer known_hosts-Datei)
publish-key-refused = der Server hat den Schlüssel { $file } abgelehnt: { $error }
publish-no-way-in = keine Möglichkeit zur Anmeldung: Geben Sie identity = "~/.ssh/id_ed25519" in dieser Tabelle [publish] an, starten Sie einen SSH-Agenten, oder für ein Passwort führen Sie einmal `vigie publish NAME --login` aus, um es im Schlüsselbund des Systems zu speichern, oder setzen Sie VIGIE_PUBLISH_PASSWORD
publish-s3-endpoint = der Endpunkt `{ $endpoint }` ist keine Adresse ({ $error })
publish-s3-bucket = dieser Bucket ist nicht erreichbar: { $error }
publish-s3-no-key = kein Zugriffsschlüssel: Setzen Sie VIGIE_S3_ACCESS_KEY_ID und VIGIE_S3_SECRET_ACCESS_KEY (oder AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY) für diese Veröffentlichung
publish-cannot = { $target }: { $what ->
    [list] seine Dateien können nicht aufgelistet werden
    [read-back] was eine unterbrochene Veröffentlichung gesendet hat, kann nicht zurückgelesen werden
    [manifest] sein Manifest kann nicht gelesen werden
   *[holds] sein Inhalt kann nicht gelesen werden
}: { $error }
publish-dead-addresses = diese Veröffentlichung würde { $count ->
    [one] { $count } Adresse
   *[other] { $count } Adressen
} entfernen, die Menschen vielleicht aufbewahrt haben (ein gedruckter QR-Code, der Link eines Partners, ein Feedreader):
publish-dead-addresses-fix = Wenn eine Kapsel umbenannt wurde, fügen Sie ihren alten Ordnernamen in ihren Kopf ein: aliases = ["alter-name"] (die alte Adresse führt dann zur neuen). Um sie trotzdem zu entfernen, starten Sie erneut mit --allow-removals.
publish-removes-too-much = diese Veröffentlichung würde { $removed } der { $files } Dateien auf { $target } entfernen, mehr als ein Viertel: Ist es das richtige Ziel? Wenn ja, starten Sie erneut mit --allow-removals.
publish-gave-up = { $target }: { $path }: { $error } (nach { $tries ->
    [one] { $tries } Versuch
   *[other] { $tries } Versuchen
}); was gesendet wurde, bleibt erhalten, und das nächste `vigie publish` sendet den Rest

## Die Bildschirme der Werkbank und ihr Skript (ui-<Wort>: Vorlagen und Skript kennen es als
## w.<Wort>, mit _ für -).
ui-adopted-from = Übernommen von
ui-share = Anderen Websites anbieten
ui-share-help = Websites, die unserer folgen, können diese Kapsel übernehmen (exchange.json). Abwählen, um sie dieser Website vorzubehalten.
ui-reread = Quelle neu lesen
ui-language-name = Deutsch
ui-workbench = Werkstatt
ui-capsules = Kapseln
ui-new-capsule = Neue Kapsel
ui-pages = Seiten
ui-new-page = Neue Seite
ui-create-page = Seite anlegen
ui-address = Link zum Einfügen in einen Text
ui-no-pages = Noch keine Seiten.
ui-description = Beschreibung (für Suchmaschinen und beim Teilen)
ui-page-help = Eine Seite (Kontakt, Über uns, Barrierefreiheit) hat keinen Entwurf: Sie ist ab der nächsten Veröffentlichung online.
ui-see-site = Website ansehen
ui-interface = Sprache der Werkstatt
ui-change = Wechseln
ui-filter = Filtern
ui-all = Alle
ui-search = Titel suchen
ui-kind = Art
ui-status = Stand
ui-language = Sprache
ui-district = Viertel
ui-title = Titel
ui-date = Datum
ui-findings = Hinweise
ui-no-capsules = Keine Kapsel passt.
ui-next-days = Die nächsten 14 Tage
ui-nothing-planned = nichts geplant
ui-mix = Ausgewogenheit der Arten
ui-broken = Zu korrigieren
ui-kind-tip = Tipp
ui-kind-tip-help = eine nützliche Vorbeugung, das ganze Jahr über
ui-kind-alert = Warnung
ui-kind-alert-help = eine aktuelle Gefahr, mit einem Enddatum
ui-kind-news = Neuigkeit
ui-kind-news-help = ein jüngstes Ereignis oder eine Aktion der Zone
ui-kind-fun = Entspannung
ui-kind-fun-help = ein Quiz, eine Anekdote, um in Verbindung zu bleiben
ui-status-draft = Entwurf
ui-status-review = Datenschutzprüfung ausstehend
ui-status-scheduled = geplant
ui-status-published = veröffentlicht
ui-status-ended = beendet
ui-create = Entwurf anlegen
ui-summary = Zusammenfassung
ui-body = Text
ui-expires = Ende der Warnung
ui-time = Uhrzeit
ui-event = Veranstaltung
ui-event-help = Für einen Informationsabend, einen Fahrradcodiertag…: Beginn und Ende in Ortszeit; leer lassen, wenn es keine Veranstaltung ist.
ui-event-start = Beginn
ui-event-end = Ende
ui-event-registration = Anmeldung (Webadresse oder Telefonnummer)
ui-event-place = Ort
ui-event-address = Adresse des Ortes
ui-tags = Schlagwörter
ui-tags-help = durch Kommas getrennt
ui-districts = Viertel
ui-photo = Foto
ui-photo-help = Ziehen Sie ein Foto hierher oder wählen Sie eine Datei (JPEG, PNG, WebP oder SVG, höchstens 40 MB).
ui-choose-file = Datei wählen
ui-alt = Alternativtext (was das Foto zeigt)
ui-credit = Bildnachweis
ui-focus-help = Klicken Sie auf das Foto (oder nutzen Sie die Pfeiltasten), um den Punkt zu wählen, der beim Zuschneiden erhalten bleibt.
ui-crop-wide = Teilen (1200×630)
ui-crop-square = Quadrat (1080×1080)
ui-video = Video
ui-video-src = Videodatei
ui-upload-video = Video hochladen (MP4 oder WebM)
ui-upload-captions = Untertitel hochladen (.vtt)
ui-video-url = oder Adresse des Videos
ui-video-poster = Vorschaubild
ui-captions = Untertitel
ui-press = Presseartikel
ui-press-url = Adresse des Artikels
ui-outlet = Medium
ui-social = Ursprüngliche Beiträge
ui-network = Netzwerk
ui-post-url = Adresse des Beitrags
ui-add-row = Hinzufügen
ui-remove-row = Entfernen
ui-leaflet = Faltblatt
ui-headline = Titel des Faltblatts
ui-short = Kurztext
ui-cta = Handlungsaufruf
ui-contact = Kontakt
ui-allow = Erlaubte Texte (einer pro Zeile)
ui-sms = Text der SMS
ui-missing-language = Diese Sprache fehlt
ui-required-language = für diese Website erforderlich
ui-start-from = Vom Text ausgehen auf
ui-save = Speichern
ui-saved = Gespeichert.
ui-save-refused = Nicht gespeichert: Beheben Sie die gemeldeten Fehler.
ui-changed-on-disk = Die Datei wurde auf der Festplatte geändert, seit sie geöffnet wurde.
ui-reload = Neu laden
ui-undo = Letztes Speichern rückgängig machen
ui-undone = Letztes Speichern rückgängig gemacht.
ui-publish = Veröffentlichen
ui-schedule = Planen
ui-schedule-date = Veröffentlichungsdatum
ui-review = Datenschutzprüfung
ui-review-help = Eine Warnung oder Neuigkeit wird erst nach der Prüfung veröffentlicht: Beheben oder erlauben Sie jeden Hinweis.
ui-allow-this = Diesen Text erlauben
ui-reviewed-button = Gelesen: keine privaten Angaben
ui-reviewed = Prüfung erledigt.
ui-no-findings = Keine Hinweise.
ui-checking = Prüfung…
ui-preview = Vorschauen
ui-tab-page = Seite
ui-tab-leaflet = Faltblatt
ui-tab-kit = Soziale Netzwerke
ui-tab-feed = Feed
ui-tab-digest = Rundbrief
ui-refresh = Vorschau aktualisieren
ui-characters = Zeichen
ui-segments = SMS
ui-toolbar-bold = Fett
ui-toolbar-italic = Kursiv
ui-toolbar-link = Link
ui-toolbar-list = Liste
ui-toolbar-heading = Zwischentitel
ui-toolbar-internal = Link zu einer Kapsel oder Seite
ui-insert = Einfügen
ui-locked = Öffnen Sie die Werkstatt mit der Adresse, die „vigie serve“ anzeigt: Sie enthält einen Schlüssel, der sich bei jedem Start ändert.
ui-broken-site = Die Website lädt nicht
ui-rendered = Darstellung des Textes
ui-fields-once = Für alle Sprachen
ui-publish-site = Veröffentlichen
ui-no-targets = Kein Ziel: Fügen Sie site.toml eine Tabelle [publish.web] hinzu (siehe docs/publish.md).
ui-see-what-goes = Ansehen, was gesendet wird
ui-allow-removals = Entfernen veröffentlichter Adressen erlauben
ui-publish-now = Jetzt senden
ui-cancel = Abbrechen
ui-nothing-to-publish = Nichts zu senden: Das Ziel enthält diese Website bereits.
ui-files-new = neu
ui-files-changed = geändert
ui-files-removed = entfernt
ui-files-unchanged = unverändert
ui-files-sent = Dateien gesendet
ui-file-list = Liste der Dateien
ui-published-to = Veröffentlicht auf
ui-publish-changed = Die Website hat sich seit der Zusammenfassung geändert: Hier ist die neue, prüfen Sie sie vor dem Senden.
ui-library = Bibliothek
ui-library-help = Die Kapseln, die die gefolgten Websites teilen ([[library]] in site.toml). Übernehmen macht daraus hier einen Entwurf, mit Übersetzungen, Foto und dem Hinweis auf die Herkunftswebsite.
ui-no-libraries = Keine Bibliothek: fügen Sie site.toml eine Tabelle [[library]] (name, url) hinzu, um der Website einer Polizeizone oder Gemeinde zu folgen (siehe docs/exchange.md).
ui-adopt = Übernehmen
ui-adopted-here = Hier übernommen
ui-open-here = Öffnen
ui-changed-at-source = An der Quelle geändert
ui-differences = Unterschiede, Feld für Feld
ui-diff-legend = − hier, + an der Quelle
ui-library-no-language = Diese Kapsel wird in keiner Sprache dieser Website angeboten.
ui-offered-by = Angeboten von
