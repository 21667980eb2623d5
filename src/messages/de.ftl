# Die Meldungen von Vigie auf Deutsch (Belgien). Siehe en.ftl für die Arbeitsweise.

diagnostic-error = Fehler
diagnostic-help = Hilfe

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
