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
