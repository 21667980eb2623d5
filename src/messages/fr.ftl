# Les messages de Vigie en français (Belgique). Voir en.ftl pour la façon de faire.

diagnostic-error = erreur
diagnostic-help = aide

capsule-no-title = cette traduction n'a pas de `title`
    .hint = ajoutez title = "…" dans son en-tête
capsule-empty-title = le titre est vide
    .hint = écrivez un titre court et accrocheur
page-no-title = la page n'a pas de `title`
    .hint = ajoutez title = "…" dans son en-tête
capsule-missing-translation = la capsule n'a pas de traduction `{ $lang }`, que site.toml exige
    .hint = ajoutez le fichier index.{ $lang }.md dans ce dossier
alert-without-end = une alerte doit avoir une date de fin `expires`
    .hint = ajoutez expires = <date> (le jour après lequel l'alerte est terminée) ; 30 jours au plus, d'habitude
unknown-district = quartier inconnu : `{ $district }`
    .hint = ajoutez-le sous [districts] dans site.toml
unknown-district-close = quartier inconnu : `{ $district }`
    .hint = vouliez-vous dire `{ $close }` ? Les quartiers sont les clés de [districts] dans site.toml

toml-unknown-key = clé inconnue : `{ $name }`
    .hint = clés acceptées ici : { $accepted }
toml-unknown-key-close = clé inconnue : `{ $name }`
    .hint = vouliez-vous dire `{ $close }` ? Acceptées : { $accepted }
toml-unknown-key-none = clé inconnue : `{ $name }`
    .hint = retirez cette clé ; aucune n'est acceptée ici
toml-unknown-value = valeur inconnue : `{ $name }`
    .hint = valeurs acceptées ici : { $accepted }
toml-unknown-value-close = valeur inconnue : `{ $name }`
    .hint = vouliez-vous dire `{ $close }` ? Acceptées : { $accepted }
toml-unknown-value-none = valeur inconnue : `{ $name }`
    .hint = retirez cette valeur ; aucune n'est acceptée ici
toml-invalid = à corriger : { $detail }
