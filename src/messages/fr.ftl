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

media-outside = `{ $file }` n'est pas un fichier du dossier de cette capsule
    .hint = placez le fichier dans le dossier de la capsule et donnez son nom, p. ex. "photo.jpg"
media-missing = pas de fichier `{ $file }` dans { $folder }
    .hint = copiez le fichier dans { $folder }
media-missing-close = pas de fichier `{ $file }` dans { $folder }
    .hint = vouliez-vous dire "{ $close }" ?

link-to-draft = la capsule `{ $slug }` est un brouillon : ce lien ne mènerait nulle part
    .hint = faites ce lien une fois qu'elle est publiée
link-to-scheduled = la capsule `{ $slug }` est programmée pour plus tard : ce lien ne mènerait nulle part
    .hint = faites ce lien une fois qu'elle est publiée
link-no-capsule = il n'y a pas de capsule `{ $slug }`
    .hint = vérifiez le nom du dossier de la capsule ou de la page visée
link-no-capsule-close = il n'y a pas de capsule `{ $slug }`
    .hint = vouliez-vous dire `{ $close }` ?
link-no-page = il n'y a pas de page `{ $slug }`
    .hint = vérifiez le nom du dossier de la capsule ou de la page visée
link-no-page-close = il n'y a pas de page `{ $slug }`
    .hint = vouliez-vous dire `{ $close }` ?

address-taken = l'adresse `{ $slug }` est déjà celle de { $first }
    .hint = renommez l'un des deux dossiers : l'adresse d'une capsule vient du nom de son dossier
