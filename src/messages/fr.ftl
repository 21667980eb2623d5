# Les messages de Vigie en français (Belgique). Voir en.ftl pour la façon de faire.

diagnostic-error = erreur
diagnostic-help = aide
content-errors = { $count ->
    [one] { $count } erreur dans le contenu du site ; rien n'a été écrit.
   *[other] { $count } erreurs dans le contenu du site ; rien n'a été écrit.
}
template-failed = modèle { $template } : { $problem }

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

# `vigie check` : ce qui se lira, se partagera ou s'imprimera mal.
content-alt-text = le texte alternatif `{ $alt }` ne décrit pas l'image
    .hint = dites ce que montre l'image, pour qui ne peut pas la voir : « une main ferme à clé une porte d'entrée »
content-title-length = le titre compte { $count } caractères ; au-delà de { $max }, il est coupé dans les résultats de recherche et les aperçus de partage
    .hint = une seule idée, sous forme de question ou à l'impératif
content-summary-length = le résumé compte { $count } caractères ; les flux et les e-mails en montrent environ { $max }
    .hint = une ou deux phrases : ce qu'il faut faire
content-body-length = le texte dépasse { $max } mots ; une capsule, c'est un conseil pratique qui se lit en une minute
    .hint = gardez le conseil et le geste à faire ; renvoyez vers une page pour le reste
content-leaflet-short = le texte est trop long pour le dépliant, qui imprime le texte court à la place
    .hint = raccourcissez le texte, ou vérifiez que [leaflet] short dit l'essentiel
content-social-url = la publication { $network } que reprend cette capsule n'a pas d'adresse
    .hint = ouvrez la publication sur le réseau, copiez son adresse et ajoutez url = "https://…" sous [[social]]
content-no-picture = la capsule n'a pas d'image
    .hint = les publications avec une image sont bien plus vues ; ajoutez une [image] avec son texte alternatif
content-print-resolution = la photo s'imprime à { $dpi } dpi sur la largeur du dépliant { $paper } ; les imprimeurs demandent { $min }
    .hint = prenez une photo d'au moins { $pixels } pixels de large
content-poster-resolution = la photo s'imprime à { $dpi } dpi sur la largeur de l'affiche { $paper } ; pour une affiche lue à un mètre ou plus, les imprimeurs demandent { $min }
    .hint = prenez une photo d'au moins { $pixels } pixels de large, ou une affiche plus petite ([print] poster)
content-alert-duration = l'alerte dure { $days } jours ; une alerte est une nouvelle, et passé { $max } jours on ne la lit plus
    .hint = terminez-la plus tôt, et faites un conseil de ce qui reste vrai
content-missing-translation = la capsule n'a pas de traduction `{ $lang }`
    .hint = ajoutez index.{ $lang }.md : les habitants qui lisent en `{ $lang }` ne voient pas cette capsule
content-broken-link = `{ $url }` ne mène à aucune page de ce site
    .hint = liez une capsule avec @/capsules/<dossier> et une page avec @/pages/<nom> : Vigie les vérifie
content-insecure-link = `{ $url }` n'est pas en https
    .hint = utilisez l'adresse https:// ; la plupart des sites en ont une, et les navigateurs mettent en garde contre les autres
# `vigie check` : capsules adoptées, suivies à leur source.
exchange-newer = l’original de cette capsule a changé depuis son adoption : { $url } (version { $version })
    .hint = relisez l’original, reprenez ce qui a changé, puis indiquez version = "{ $version }" sous [origin]
exchange-withdrawn = le site d’où vient cette capsule ne la propose plus : { $url }
    .hint = elle est peut-être dépassée ou retirée : relisez-la, ou renseignez-vous auprès de { $site }
exchange-unreachable = impossible de lire ce que propose { $site }, pour comparer les capsules qui en viennent : { $error }
    .hint = vérifiez la connexion, ou que le site partage toujours ses capsules


# `vigie check` : des informations privées dans un texte. { $slip } dit ce qui a été trouvé.
privacy-what = { $slip ->
    [plate] une plaque d'immatriculation
    [phone] un numéro de téléphone
    [register-number] un numéro de registre national
    [iban] un numéro de compte bancaire (IBAN)
    [email] une adresse e-mail
    [address] une adresse avec numéro de maison
    [titled-name] le nom d'une personne
   *[name-initial] un prénom suivi d'une initiale
}
privacy-slip = { privacy-what } dans le texte : `{ $text }`
    .hint = retirez-le ou tenez-vous-en à la rue ou au quartier ; si c'est public à dessein (le numéro d'un service), ajoutez-le à allow = [...] dans ce fichier
privacy-slip-grave = { privacy-what } dans le texte : `{ $text }`
    .hint = { $kind ->
        [alert] une alerte
       *[news] une actualité
    } ne doit identifier personne : retirez cette donnée (dites « une voiture », « le quartier »)
privacy-more = { $count } autres données privées ne sont pas listées à partir d'ici
    .hint = ce texte contient une longue liste de données privées : retirez-la

# `vigie check` : l'équilibre des genres, et les 14 prochains jours.
mix-nothing-published = Rien n'a été publié ces 30 derniers jours : un canal silencieux perd ses lecteurs. Prévoyez un conseil par semaine.
mix-nothing-light = Rien de léger ces 30 derniers jours : prévoyez un quiz ou une publication ludique ce mois-ci.
mix-too-many-alerts = Les alertes font { $percent } % des 30 derniers jours (objectif { $target } %) : trop d'alarmes usent l'attention et inquiètent ; gardez les alertes pour les phénomènes réels et faites-les suivre d'un conseil pratique.
mix-too-few-tips = Les conseils font { $percent } % des 90 derniers jours (objectif { $target } %) : ce sont les conseils pratiques que les habitants retiennent et partagent.
mix-no-news = Aucune actualité en 90 jours : un mot sur ce que le service a fait (un suspect interpellé après un appel au 101) crée la confiance.
mix-good = Un bon équilibre : surtout des conseils, un peu de légèreté, des nouvelles de temps en temps.
calendar-nothing = Rien n'est programmé pour les 14 prochains jours : programmez un conseil ou deux, avec une date à venir, pour que le canal vive tout seul.
calendar-weekend = { $scheduled ->
    [one] La capsule programmée part un week-end, toute seule : personne ne doit être au clavier.
   *[other] { $weekend } des { $scheduled } capsules programmées partent un week-end, toutes seules : personne ne doit être au clavier.
}
calendar-scheduled = { $scheduled ->
    [one] Une capsule est programmée pour les 14 prochains jours, pas un week-end.
   *[other] { $scheduled } capsules sont programmées pour les 14 prochains jours, aucune un week-end.
}
calendar-alert-ends = L'alerte « { $title } » se termine le { $date } : dites si le danger est passé.
weekday = { $day ->
    [monday] lundi
    [tuesday] mardi
    [wednesday] mercredi
    [thursday] jeudi
    [friday] vendredi
    [saturday] samedi
   *[sunday] dimanche
}

# Le rapport de `vigie check`, en texte et en page.
diagnostic-warning = avertissement
report-site = site
report-mix-heading = Équilibre des 30 et 90 derniers jours
report-mix = Équilibre
report-chart-title = Capsules publiées par mois, par genre
report-window = { $days } jours : conseils { $tip }, détente { $fun }, infos { $news }, alertes { $alert }
report-last = Derniers
report-days = { $days } jours
report-target = objectif
report-calendar-heading = Les 14 prochains jours
report-day = Jour
report-scheduled = Programmé
report-weekend = week-end
report-nothing = Rien à corriger.
report-findings = Constats
report-errors = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
report-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}
kind = { $kind ->
    [tip] conseil
    [alert] alerte
    [news] info
   *[fun] détente
}

# Ce que disent `vigie build` et `vigie publish` une fois terminés.
build-done = { $capsules ->
    [one] { $capsules } capsule construite
   *[other] { $capsules } capsules construites
} en { $languages ->
    [one] { $languages } langue
   *[other] { $languages } langues
} : { $pages } pages, { $files } fichiers en { $seconds } s → { $output }
build-pictures = { $made } images encodées, { $reused } reprises du cache
build-leaflets = dépliants : { $leaflets } ; { $typeset } composés, { $reused } repris du cache{ $shortened ->
    [0] {""}
    [one] ; texte court sur { $shortened } dépliant dont le texte dépasse une page
   *[other] ; texte court sur { $shortened } dépliants dont le texte dépasse une page
}
build-booklets = brochures : { $booklets } ; { $typeset } composées, { $reused } reprises du cache
build-next-change = prochain changement prévu : { $when } (construisez et publiez à nouveau à ce moment)
build-no-hard-links = { $folder } : impossible d'y créer des liens physiques ({ $error }), tous les fichiers ont donc été écrits à nouveau
publish-built = { $capsules ->
    [one] { $capsules } capsule construite
   *[other] { $capsules } capsules construites
} ({ $files } fichiers) en { $seconds } s.
publish-note = Note : { $note }.
publish-nothing = Rien à publier : { $name } ({ $target }) contient déjà ce site.
publish-plan = Vers { $name } ({ $target }) : { $new } nouveaux, { $changed } modifiés, { $removed } retirés, { $unchanged } inchangés ; { $bytes } à envoyer.
publish-send = envoi
publish-remove = retrait
publish-needs-yes = rien n'est envoyé sans confirmation : ajoutez --yes pour publier depuis un script
publish-confirm = Publier maintenant ? [o/N]
publish-sending = envoi
publish-not-sent = Rien n'a été envoyé.
publish-done = Publié : { $files } fichiers envoyés ({ $bytes }), { $removed } retirés. Le site : { $address }
publish-next = Prochain changement prévu : { $when }.
publish-waiting-next = En attente du prochain changement prévu, ou d'une modification d'un fichier du site.
publish-waiting-files = En attente d'une modification d'un fichier du site.
publish-note-ftp = ftp:// envoie votre mot de passe et les fichiers en clair, lisibles par quiconque sur le chemin : demandez ftps:// ou sftp:// à votre hébergeur
publish-note-bad-manifest = le { $file } de la cible est illisible : tous les fichiers sont envoyés ; --verify compare avec ce qu'elle contient
publish-note-no-manifest = la cible n'a pas encore de manifeste : tous les fichiers sont envoyés (--verify compare avec ce qu'elle contient déjà)
publish-note-own-rules = la cible a son propre { $file }, que Vigie n'a pas écrit : il est laissé tel quel. Pour servir le site avec les règles de Vigie, ajoutez-y celles de { $ours }, ou supprimez-le et publiez à nouveau (docs/hosting.md)
publish-note-foreign = { $count ->
    [one] { $count } fichier de la cible n'a pas été publié par Vigie : il est laissé tel quel
   *[other] { $count } fichiers de la cible n'ont pas été publiés par Vigie : ils sont laissés tels quels
}

## `vigie` with no command: started like a desktop program (a shortcut, a double-click).
start-running = Vigie est ouvert pour le site de { $folder }.
    Atelier (écrire et relire les capsules) : { $workbench }
    Aperçu du site (brouillons compris) : { $address }
    Pour arrêter Vigie, fermez cette fenêtre ou appuyez sur Ctrl+C.
start-no-site = Il n'y a pas de site dans { $folder } (pas de site.toml). En créer un ici ? [o/N]
start-not-created = Rien n'a été créé.
start-no-site-said = Il n'y a pas de site dans { $folder } (pas de site.toml), et rien n'a été créé. Pour en créer un là, lancez : vigie init "{ $folder }" ; puis relancez vigie dans ce dossier. (vigie --help liste toutes les commandes.)

## What the other commands say.
browser-not-opened = Remarque : aucun navigateur n'a pu être ouvert ; ouvrez l'adresse ci-dessus.
init-created = Site créé dans { $folder } ({ $files } fichiers).
    Ensuite : cd "{ $folder }" && vigie build
new-created = { $file } est créé (un brouillon : mettez draft = false quand il est prêt).
serve-running = Aperçu du site à l'adresse { $address } (brouillons et capsules programmées compris ; Ctrl+C pour arrêter)
    Atelier (écrire et relire les capsules) : { $workbench }
serve-built = Aperçu construit ({ $capsules ->
    [one] une page de capsule
   *[other] { $capsules } pages de capsules
}) en { $milliseconds } ms
serve-rebuilt = { $folder } reconstruit en { $milliseconds } ms
serve-on-network = Attention : à l'écoute sur { $bind } : les autres machines du réseau peuvent voir l'aperçu, brouillons compris.
kind-unknown = « { $kind } » n'est pas un type : utilisez tip, alert, news ou fun
login-folder = [publish.{ $name }] est un dossier : il ne demande pas de mot de passe
login-question = Mot de passe pour { $address } :
login-unreadable = impossible de lire le mot de passe : { $error }
login-empty = aucun mot de passe donné : rien n'a été gardé
watch-impossible = impossible de surveiller les fichiers du site : { $error }
watch-with-now = --watch suit l'horloge : retirez --now
import-facebook-summary = Export Facebook : publications trouvées : { $found } ; importées : { $imported }, écartées : { $skipped } (déjà importées : { $already }, antérieures à --since : { $before }, vides : { $empty }{ $bad_date ->
    [0] {""}
   *[other] , à la date impossible : { $bad_date }
}) ; photos copiées : { $photos }{ $other_media ->
    [0] {""}
   *[other] , vidéos et autres médias laissés de côté : { $other_media }
}.
import-facebook-where = { $drafts ->
    [yes] Elles sont dans { $folder }, en brouillon : relisez-les, décrivez chaque photo, lancez vigie check.
   *[no] Elles sont dans { $folder } : relisez-les, décrivez chaque photo, lancez vigie check.
}
import-site-summary = { $site } : capsules proposées : { $offered } ; adoptées : { $adopted }, dont avec leur image : { $pictures }{ $already ->
    [0] {""}
   *[other] ; déjà adoptées : { $already } ({ $already_list })
}{ $none ->
    [0] {""}
   *[other] ; dans aucune langue de ce site : { $none } ({ $none_list })
}.
import-site-where = Elles sont dans { $folder }, en brouillon ({ $folders }) : relisez-les, adaptez-les, puis retirez draft = true.
import-site-list = { $source } offre { $count ->
    [one] une capsule
   *[other] { $count } capsules
} ; dites lesquelles adopter avec --pick SLUG (autant de fois que nécessaire) ou --all :
import-site-no-such = --pick { $slug } : { $source } n'offre pas cette capsule (lancez sans --pick pour les lister)
import-site-draft-comment = adoptée de { $site } : relisez, adaptez, puis retirez cette ligne
import-site-review-comment = true une fois relue (noms, plaques, adresses, numéros de téléphone)
exchange-https-only = { $address } : Vigie ne lit les autres sites qu'en HTTPS ; écrivez https://
exchange-certificate = { $address } : le certificat HTTPS du site n'est pas reconnu ({ $error }) ; Vigie n'adopte que d'un site au certificat valable : prévenez son webmestre
exchange-not-found = { $address } : introuvable (404) : est-ce l'adresse d'un site Vigie qui partage ses capsules ([exchange] share = true) ?
exchange-too-large = { $what } : plus de { $megabytes } Mo : refusé
exchange-failed = { $address } : { $problem }
exchange-not-on-site = `{ $url }` n'est pas sur le site qui propose la capsule ({ $site }) : seules ses propres images sont reprises
exchange-not-plain = `{ $url }` n'est pas une simple adresse de fichier
exchange-picture-link = { $file } est un lien : les images ne sont lues que dans le dossier lui-même
exchange-not-an-offer = ce n'est pas un fichier d'échange Vigie
    .hint = donnez l'adresse d'un site Vigie qui partage ses capsules, son exchange.json ou son dossier construit
exchange-broken-json = JSON illisible : { $problem }
    .hint = le fichier est tronqué ou abîmé : réessayez, ou prévenez le webmestre du site qui propose les capsules
exchange-version = ce fichier d'échange est en version { $version }, que ce Vigie ne lit pas (il lit la version { $reads })
    .hint = mettez Vigie à jour (ou celui de l'autre site)
exchange-not-format = le fichier d'échange ne suit pas son format : { $problem }
    .hint = docs/exchange.md le décrit ; prévenez le webmestre du site qui propose les capsules
exchange-no-site-url = `site.url` n'est pas une adresse web
    .hint = l'offre est abîmée : rien n'a été adopté ; prévenez le webmestre du site qui la propose
exchange-capsule-field = capsule `{ $slug }` : `{ $field }` { $problem }
    .hint = l'offre est abîmée ou malveillante : rien n'a été adopté ; prévenez le webmestre du site qui la propose
exchange-field-slug = n'est pas un nom de dossier (lettres minuscules, chiffres et tirets)
exchange-field-instant = n'est pas un instant RFC 3339
exchange-field-no-end = manque : une alerte doit avoir une fin
exchange-field-empty-or-long = est vide ou dépasse { $max } caractères
exchange-field-address = n'est pas une adresse web
exchange-field-empty = est vide
exchange-field-long = dépasse { $max } caractères
exchange-picture-refused = capsule `{ $slug }` : `picture` : { $problem }
    .hint = rien n'a été adopté ; adoptez les autres avec --pick, ou prévenez le webmestre du site qui la propose
exchange-not-svg = ce n'est pas un dessin SVG
exchange-not-picture = image inutilisable : { $problem }
import-not-an-export = ni une archive zip ni un dossier : { $problem }
    .hint = donnez le dossier ou le .zip que « Télécharger vos informations » de Facebook a produit, au format JSON
import-no-posts-file = aucun fichier de publications Facebook dedans (profile_posts_1.json ou your_posts_1.json)
    .hint = exportez les informations de la Page depuis Facebook au format JSON (pas HTML), avec « Publications » coché
import-posts-unreadable = ce fichier de publications est illisible ou dépasse { $megabytes } Mo (dix ans de publications d'une Page en font quelques-uns)
    .hint = téléchargez à nouveau l'export depuis Facebook, pour une période plus courte (sa plage de dates) s'il est si gros
import-broken-json = JSON abîmé : { $problem }
    .hint = téléchargez à nouveau l'export : ce fichier est tronqué ou abîmé
import-post-no-timestamp = la publication { $index } n'a pas de `timestamp` : Vigie ne sait pas lire cet export
    .hint = téléchargez à nouveau l'export depuis Facebook, au format JSON
import-photo-missing = publication { $index } : sa photo `{ $photo }` n'est pas dans l'export
    .hint = téléchargez à nouveau l'export avec les photos (« qualité des médias » élevée)
import-photo-unusable = publication { $index } : la photo est illisible : { $problem }
    .hint = téléchargez à nouveau l'export : cette photo est tronquée ou abîmée
import-post-of = Publication du { $day }

## The preview's page when the build failed.
preview-failed-title = Vigie : la construction a échoué
preview-failed = La construction du site a échoué
preview-failed-fix = Corrigez le fichier ci-dessous et enregistrez : cette page se recharge d'elle-même.

## What the build's progress bar names: its outputs.
output-html = pages
output-leaflet-lists = listes des dépliants
output-leaflets = dépliants
output-booklets = brochures
output-posters = affiches
output-bulletins = page du bulletin
output-exchange = échange
output-digest = lettre
output-server-rules = règles du serveur
output-files = fichiers
output-favicon = favicon
output-images = images
output-feeds = flux
output-calendars = calendriers
output-screens = écrans
output-slides = diapositives d’écran
output-sitemap = plan du site

## Les fichiers d'une capsule et son en-tête.
capsule-no-index = ce dossier de capsule n'a ni index.md ni index.<langue>.md
    .hint = ajoutez index.{ $lang }.md avec l'en-tête et le texte de la capsule
capsule-second-translation = une deuxième traduction `{ $lang }` (index.md est dans la langue par défaut)
    .hint = gardez index.md ou index.<langue>.md pour la langue par défaut, pas les deux
capsule-unknown-language = `{ $lang }` n'est pas une des langues du site
    .hint = renommez le fichier pour l'une de ces langues : { $languages }, ou ajoutez `{ $lang }` à languages dans site.toml
folder-unreadable = impossible de lire le dossier : { $error }
origin-not-web-address = `origin.{ $key }` n'est pas une adresse web
    .hint = [origin] dit d'où vient une capsule adoptée : l'adresse du site et celle de la capsule, commençant par https://
capsule-no-kind = la capsule n'a pas de type (`kind`)
    .hint = ajoutez kind = "tip" (conseil), ou "alert", "news", "fun"
capsule-no-date = la capsule n'a pas de `date`
    .hint = ajoutez date = 2026-11-20 : le jour de sa publication
expires-before-date = la fin (`expires`) n'est pas après le début (`date`)
    .hint = une alerte doit se terminer après avoir commencé
privacy-not-reviewed = { $kind ->
    [alert] une alerte publiée
   *[news] une info publiée
} doit avoir privacy_reviewed = true
    .hint = relisez-la pour y chercher noms, plaques, adresses et numéros de téléphone, puis mettez privacy_reviewed = true (ou gardez draft = true)
tag-no-letter = le mot-clé `{ $tag }` n'a ni lettre ni chiffre : il n'aurait pas de page
    .hint = un mot-clé tient en un ou deux mots, comme "vélo" ou "vacances"
tag-too-long = le mot-clé `{ $start }…` dépasse { $max } caractères
    .hint = un mot-clé tient en un ou deux mots, comme "vélo" ou "vacances"
focus-out-of-range = focus doit être deux fractions entre 0 et 1
    .hint = [0.5, 0.3] garde le point à mi-largeur et au tiers de la hauteur
image-no-src = [image] n'a pas de `src`
    .hint = donnez le nom du fichier de la photo, p. ex. src = "photo.jpg"
image-no-alt = la photo n'a pas de texte alternatif dans cette langue
    .hint = ajoutez alt = "…" sous [image] : ce que montre la photo, pour qui ne peut pas la voir
picture-unreadable = `{ $file }` : { $problem }
    .hint = utilisez un fichier JPEG, PNG, WebP ou SVG ; ouvrez-le dans un éditeur d'images et enregistrez-le à nouveau
alias-not-address = `{ $alias }` n'est pas une adresse
    .hint = donnez l'ancien nom du dossier de la capsule, tel qu'était son adresse, p. ex. "{ $example }"
translations-differ = `{ $name }` diffère d'une traduction à l'autre : { $file } indique { $theirs }
    .hint = `{ $name }` ne dépend pas de la langue : donnez-le dans une seule traduction, ou le même dans chacune
event-without-time = l'évènement n'a pas de `{ $key }`
    .hint = ajoutez { $key } = 2026-12-12T14:00:00 sous [event] (une date et une heure, dans le fuseau du site)
event-end-before-start = la fin de l'évènement (`end`) n'est pas après son début (`start`)
    .hint = donnez l'heure où l'évènement se termine, après son début (pour une soirée : le même jour, plus tard)
event-without-place = l'évènement n'a pas de lieu dans cette langue
    .hint = ajoutez place = "…" sous [event] : où les habitants se rendent (une salle, une place) ; une fois pour toutes les langues suffit s'il ne se traduit pas
event-registration-unusable = `{ $value }` n'est ni une adresse web ni un numéro de téléphone
    .hint = registration = "https://…" (un formulaire) ou un numéro comme "0800 12 345"
editorial-calendar-name = Calendrier éditorial : { $site }
editorial-goes-out = Parution : { $title } ({ $kind ->
    [tip] conseil
    [alert] alerte
    [news] info
   *[other] détente
})
editorial-alert-ends = Fin de l'alerte : { $title }
editorial-event = Évènement : { $title }
date-unusable = date inutilisable : { $detail }
    .hint = écrivez une date comme 2026-11-20
press-date-unusable = date inutilisable : { $detail }
    .hint = écrivez la date de l'article, comme 2026-11-19
video-src-or-url = [video] demande soit `src` (un fichier du dossier), soit `url` (un lien), pas les deux
    .hint = Vigie n'intègre jamais le lecteur d'un tiers : donnez src = "clip.mp4", ou url = "https://…", affiché comme un lien
video-no-captions = la vidéo n'a pas de sous-titres dans cette langue
    .hint = ajoutez captions = "clip.<langue>.vtt" sous [video] : beaucoup regardent sans le son, et certains n'entendent pas
not-web-address = `{ $url }` n'est pas une adresse web
    .hint = écrivez l'adresse complète, commençant par https://

## Les fichiers et dossiers du contenu, et le texte des capsules et des pages.
file-unreadable = impossible de lire le fichier : { $error }
file-not-utf8 = le fichier n'est pas en UTF-8 valide à cet endroit
    .hint = enregistrez le fichier en UTF-8 dans votre éditeur (il a sans doute été enregistré en Latin-1 ou Windows-1252)
folder-empty-address = le nom du dossier donne une adresse vide
    .hint = nommez le dossier avec des lettres ou des chiffres
capsule-single-file = une capsule est un dossier, pas un fichier seul
    .hint = déplacez-le vers content/capsules/{ $name }/index.md
page-reserved-address = `{ $slug }` est une adresse que Vigie utilise pour ses propres pages
    .hint = renommez le fichier
page-second = une deuxième page `{ $slug }` en `{ $lang }`
    .hint = gardez un seul fichier par page et par langue
page-unknown-language = `{ $lang }` n'est pas une des langues du site
    .hint = nommez le fichier <adresse>.<langue>.md avec l'une de ces langues : { $languages }
page-empty-address = le nom du fichier donne une adresse vide
    .hint = nommez-le avec des lettres ou des chiffres, p. ex. contact.fr.md
alias-taken = l'alias `{ $alias }` est l'adresse de { $other }
    .hint = un alias est une adresse que cette capsule avait avant ; retirez-le de aliases
alias-claimed = l'alias `{ $alias }` est aussi revendiqué par { $other }
    .hint = gardez l'alias dans la seule capsule qui avait cette adresse
front-matter-missing = le fichier ne commence pas par un en-tête
    .hint = commencez par une ligne `+++`, puis des champs comme title = "…", puis une autre ligne `+++`
front-matter-unclosed = l'en-tête n'est jamais fermé
    .hint = ajoutez une ligne `+++` après le dernier champ, avant le texte
text-nests-lists = ici, les listes et citations s'imbriquent sur plus de { $max } niveaux
    .hint = limitez listes et citations à quelques niveaux : les habitants lisent sur leur téléphone, et les dépliants les impriment
text-nests = ici, le texte s'imbrique sur plus de { $max } niveaux
    .hint = limitez listes et citations à quelques niveaux : les habitants lisent sur leur téléphone, et les dépliants les impriment
text-picture = les images dans le texte ne sont pas prises en charge
    .hint = donnez la photo de la capsule dans la table [image] de l'en-tête
link-unknown-internal = `{ $url }` n'est pas un lien interne que Vigie connaît
    .hint = écrivez @/capsules/<adresse> pour une capsule ou @/pages/<adresse> pour une page

## site.toml
config-not-utf8 = { $file } n'est pas en UTF-8 valide : { $error }
    .hint = enregistrez le fichier en UTF-8 dans votre éditeur
config-unreadable = impossible de lire { $file } : { $error }
    .hint = lancez vigie dans le dossier du site, ou indiquez-le avec --root DOSSIER ; `vigie init DOSSIER` crée un nouveau site
base-url-problem = { $problem ->
    [blank] contient un espace
    [relative] n'est pas une adresse web complète (https://…)
    [host] n'a pas de nom de domaine
    [user] contient un nom d'utilisateur ou un mot de passe, que chaque page montrerait
    [query] a une requête (?…) ou un fragment (#…)
    [empty-folder] a un dossier vide dans son chemin (`//`)
   *[other] n'est pas une adresse web ({ $detail })
}
base-url-invalid = base_url `{ $url }` { base-url-problem }
    .hint = écrivez l'adresse où le site sera publié, p. ex. "https://prevention.exemple.be" ou "https://www.exemple.be/prevention"
base-url-flag-invalid = --base-url `{ $url }` { base-url-problem }
site-title-empty = le titre du site (`title`) est vide
    .hint = donnez le nom du site, p. ex. "Prévention — Ville d'Exemple" : les pages, les flux et les dépliants l'affichent
logo-not-in-static = le logo `{ $logo }` n'est pas dans static/
    .hint = placez le logo dans le dossier static/ du site et écrivez logo = "static/logo.svg"
logo-not-static-file = le logo `{ $logo }` n'est pas un fichier de static/
    .hint = placez le logo dans le dossier static/ du site et écrivez logo = "static/logo.svg"
logo-missing = il n'y a pas de fichier `{ $logo }` dans le site
    .hint = placez le logo dans le dossier static/ du site et écrivez logo = "static/logo.svg"
logo-format = le logo `{ $logo }` n'est pas un fichier SVG, PNG, JPEG ou WebP
    .hint = enregistrez le logo en SVG (le mieux pour l'impression) ou en PNG
profile-missing = il n'y a pas de fichier `{ $profile }` dans le site
    .hint = placez le fichier .icc de l'imprimeur dans le dossier du site et écrivez profile = "impression/imprimeur.icc" sous [print], ou retirez la ligne pour utiliser le profil FOGRA39 de Vigie
profile-not-icc = `{ $profile }` n'est pas un profil de couleurs ICC
    .hint = demandez à l'imprimeur son profil de sortie CMJN, un fichier qui se termine par .icc
profile-cut-short = `{ $profile }` est incomplet : { $has } octets sur les { $announced } qu'annonce son en-tête
    .hint = copiez à nouveau le fichier envoyé par l'imprimeur
profile-not-cmyk = `{ $profile }` est un profil de classe { $class } pour { $space }, pas celui d'une impression en CMJN
    .hint = demandez à l'imprimeur son profil de sortie CMJN, par exemple ISO Coated v2 (FOGRA39) ou PSO Coated v3 (FOGRA51)
profile-too-new = `{ $profile }` est un profil ICC { $version } ; PDF/X-4 accepte les profils jusqu'à la version 4.1
    .hint = demandez à l'imprimeur le profil en version 2 de ses conditions d'impression (les profils FOGRA de l'ECI sont en version 2)
languages-empty = `languages` est vide
    .hint = indiquez-en au moins une, p. ex. ["fr"]
language-code-invalid = `{ $lang }` n'est pas un code de langue
    .hint = utilisez des codes de deux lettres comme "fr", "nl", "de" ou "en"
language-twice = la langue `{ $lang }` figure deux fois
    .hint = indiquez chaque langue une seule fois
language-not-listed = la langue `{ $lang }` n'est pas dans `languages`
    .hint = ajoutez-la à languages, ou utilisez l'une de celles-ci : { $languages }
timezone-unknown = fuseau horaire inconnu : `{ $zone }`
    .hint = utilisez un nom IANA comme "Europe/Brussels"
bleed-out-of-range = bleed_mm doit être compris entre 0 et 10
    .hint = les imprimeurs demandent en général 3 mm
licence-not-spdx = la licence d'échange n'est pas un identifiant de licence SPDX
    .hint = utilisez-en une comme "CC-BY-4.0" (citer l'auteur) ou "CC0-1.0" (sans condition)
mix-not-100 = les parts de [mix] font { $total } % au total, pas 100 %
    .hint = donnez tip, alert, news et fun en pour cent ; par défaut 60, 5, 20, 15
screen-out-of-range = [screen] { $key } doit être entre { $range }
    .hint = une salle d'attente voit une boucle de quelques minutes : retirez la ligne pour garder la valeur par défaut (12 capsules, 10 secondes chacune)
bulletin-out-of-range = [bulletin] capsules doit être entre { $range }
    .hint = une page de magazine tient quelques capsules : supprimez la ligne pour garder la valeur par défaut (4)
limit-zero = la limite (limit) de [{ $table }] doit valoir au moins 1
    .hint = retirez la ligne pour garder la valeur par défaut
publish-url-not-address = [publish.{ $name }] l'url n'est pas une adresse ({ $error })
    .hint = écrivez-la sous la forme sftp://utilisateur@serveur/chemin, ftps://utilisateur@serveur/chemin, s3://bucket/préfixe ou file:///chemin
publish-url-scheme = [publish.{ $name }] Vigie ne sait pas publier par `{ $scheme }://`
    .hint = utilisez l'un de ceux-ci : { $schemes }
publish-url-password = [publish.{ $name }] l'adresse contient un mot de passe, qui n'a pas sa place dans site.toml
    .hint = retirez-le : Vigie le demande, ou le lit dans VIGIE_PUBLISH_PASSWORD
library-name-invalid = le nom d'une [[library]] doit tenir sur une ligne de 1 à 100 caractères
    .hint = donnez le nom du site tel que les gens le connaissent, p. ex. "Zone de police Exemple"
library-url-invalid = [[library]] `{ $name }` : { $problem ->
    [not-address] `{ $url }` n'est pas une adresse ({ $detail })
    [http] `{ $url }` est en HTTP simple : Vigie ne lit les autres sites qu'en HTTPS
    [scheme] `{ $scheme }://` n'est pas une adresse web
    [user] l'adresse contient un utilisateur ou un mot de passe : une bibliothèque est publique
   *[query] `{ $url }` a une requête ou un fragment : donnez l'adresse du site seule
}
    .hint = écrivez l'adresse d'un site Vigie qui partage ses capsules, p. ex. "https://prevention.zone-exemple.be/"
library-twice = la bibliothèque `{ $name }` figure deux fois
    .hint = donnez à chaque [[library]] son propre nom
library-address-twice = l'adresse de `{ $name }` est déjà celle d'une autre bibliothèque
    .hint = retirez l'une des deux entrées [[library]]
contact-unknown = pas de contact `{ $key }` dans site.toml
    .hint = ajoutez-le sous [contacts] dans site.toml
contact-unknown-close = pas de contact `{ $key }` dans site.toml
    .hint = vouliez-vous dire `{ $close }` ?

## La ligne de commande, le dossier de sortie et les autres endroits où Vigie écrit.
output-link-unreachable = { $folder } est un lien symbolique vers un dossier inaccessible ({ $error }) : créez le dossier qu'il désigne, ou supprimez le lien
output-in-site = le dossier de sortie { $folder } fait partie du site lui-même ; construire là l'effacerait : choisissez un autre dossier, comme public/
output-is-file = la sortie { $folder } est un fichier, pas un dossier
output-foreign = { $folder } contient des fichiers que Vigie n'a pas écrits, et une construction remplace tout le dossier : choisissez un dossier vide ou nouveau, ou ajoutez --force pour effacer son contenu
now-invalid = --now `{ $text }` n'est ni une date (2026-11-20) ni une date et heure RFC 3339 (2026-11-20T09:00:00+01:00)
lang-not-in-site = --lang { $lang } : les langues du site sont { $languages }
init-site-exists = { $folder } contient déjà un site (site.toml existe) ; rien n'a été écrit
new-title-no-letters = le titre doit contenir des lettres ou des chiffres : l'adresse de la capsule en est tirée
new-exists = { $folder } existe déjà : choisissez un autre titre
publish-unknown-target = site.toml n'a pas de [publish.{ $name }] : ses destinations sont { $targets }
publish-no-targets = site.toml n'a pas de table [publish.NOM] : ajoutez-en une, comme [publish.web] avec url = "sftp://webmaster@ftp.exemple.be/www" (voir docs/publish.md)
publish-not-local-folder = [publish.{ $name }] `{ $url }` n'est pas un dossier de cet ordinateur
publish-folder-not-utf8 = [publish.{ $name }] le dossier `{ $folder }` n'est pas en UTF-8 une fois ses codes % lus
login-s3 = [publish.{ $name }] est un stockage S3 : ses clés viennent de VIGIE_S3_ACCESS_KEY_ID et VIGIE_S3_SECRET_ACCESS_KEY (ou AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY)
serve-cannot-listen = impossible d'écouter sur { $address } : { $error }
thread-impossible = impossible de démarrer la tâche { $name } de l'aperçu : { $error }
workbench-token = impossible de créer le jeton de l'atelier : { $error }
workbench-no-address = cette adresse n'existe pas dans l'atelier
workbench-no-earlier-save = il n'y a pas d'enregistrement précédent auquel revenir
workbench-needs-languages = la requête doit contenir un objet `languages`
workbench-page-preview = l'aperçu d'une page est page.html
workbench-preview-kinds = un aperçu est leaflet.pdf, page.html ou kit.json
workbench-no-library-capsule = cette bibliothèque ou cette capsule n'existe pas
workbench-library-which = indiquez quelle bibliothèque (n) et quelle capsule (slug)
workbench-wrong-method = cette adresse n'accepte pas cette méthode
workbench-no-picture = cette capsule n'existe pas, ou elle n'a pas d'image
workbench-unreadable-request = la requête n'a pas pu être lue
workbench-no-publish-target = cette cible [publish] n'existe pas dans site.toml
workbench-no-page = cette page de l'atelier n'existe pas
workbench-needs-version = un enregistrement indique la version dont il part, dans If-Match
workbench-open-with-address = ouvrez l'atelier avec l'adresse que `vigie serve` a affichée
workbench-other-site = cette modification vient d'un autre site : elle est refusée
workbench-too-slow = la requête a mis trop de temps à arriver ; réessayez
workbench-too-large = c'est plus que les 40 Mo qu'un envoi peut faire
workbench-no-capsule = il n'y a pas de capsule `{ $slug }` dans content/capsules/
workbench-no-such-page = il n'y a pas de page `{ $slug }` dans content/pages/
workbench-not-json = la requête n'est pas du JSON : { $error }
workbench-page-no-text = la page n'a pas encore de texte en `{ $lang }`
workbench-capsule-no-text = la capsule n'a pas encore de texte en `{ $lang }`
workbench-unreadable-files = impossible de lire les fichiers de `{ $slug }` : { $error }
workbench-screen-failed = la page de l'atelier n'a pas pu être créée : { $error }
favicon-unwritable = impossible d'écrire favicon.ico : { $error }
favicon-from-logo = l'icône du site ne peut pas être tirée du logo : { $problem }
    .hint = enregistrez à nouveau le logo en SVG ou en PNG, ou placez votre propre favicon.ico dans static/

## Les images telles que Vigie les lit (photo d'une capsule, logo, envoi, image adoptée).
picture-cannot-read = impossible de lire l'image : { $error }
picture-cannot-decode = l'image ne peut pas être lue ({ $error })
picture-cannot-resize = impossible de redimensionner l'image : { $error }
picture-cannot-encode = impossible d'encoder le JPEG : { $error }
picture-cannot-allocate = pas assez de mémoire pour l'image
picture-empty = l'image est vide (0 pixel)
picture-too-large = l'image annonce { $width }×{ $height } pixels, plus que Vigie n'accepte ({ $millions } millions, { $side } par côté)
picture-too-large-for-jpeg = { $width }×{ $height } est trop grand pour un JPEG
picture-unknown-format = ce n'est pas une image que Vigie sait lire : utilisez JPEG, PNG, WebP ou SVG
picture-jpeg-no-end = le fichier JPEG est tronqué (il n'a pas de marque de fin) : copiez-le à nouveau depuis sa source
picture-jpeg-cut = le fichier JPEG est tronqué
picture-not-jpeg = ce n'est pas un fichier JPEG
picture-jpeg-damaged = le fichier JPEG est abîmé
picture-output-impossible = { $output } ne peut pas être tiré de cette image
picture-broken = capsule `{ $capsule }` : { $problem }
    .hint = ouvrez l'image dans un éditeur d'images et enregistrez-la à nouveau en JPEG, PNG ou WebP
svg-not-utf8 = le fichier SVG n'est pas du texte UTF-8
svg-malformed = ce SVG n'est pas bien formé : { $error }
svg-unreadable = ce n'est pas un SVG que Vigie sait lire : { $error }
svg-cannot-write = impossible d'écrire le SVG : { $error }

## Les envois de l'atelier dans le dossier d'une capsule.
upload-not-multipart = envoyez la photo en multipart/form-data, dans un champ avec un nom de fichier
upload-too-large = ce fichier dépasse les 40 Mo permis pour un envoi
upload-kinds = Vigie garde les photos (JPEG, PNG, WebP, SVG), les vidéos (MP4, WebM) et les sous-titres (WebVTT, .vtt)
upload-refused = { $file } : { $problem }
upload-cannot-keep = impossible de garder { $file } : { $error }
upload-not-picture = ce n'est pas une image
upload-wrong-format = ce n'est pas une image { $format } (renommez-la selon ce qu'elle est, ou exportez-la à nouveau)
upload-not-svg = ce n'est pas un dessin SVG
video-is-mp4 = c'est une vidéo MP4 : nommez-la .mp4
video-is-webm = c'est une vidéo WebM : nommez-la .webm
video-not-playable = ce n'est pas une vidéo qu'un navigateur lit (MP4 ou WebM)
captions-not-utf8 = les sous-titres doivent être du texte UTF-8 (enregistrez-les en UTF-8)
captions-not-webvtt = les sous-titres doivent être un fichier WebVTT, dont la première ligne est WEBVTT (la plupart des éditeurs de sous-titres convertissent un fichier .srt)
media-not-shown = seules les images, vidéos et sous-titres de la capsule sont montrés ici
media-not-in-bundle = le dossier de la capsule n'a pas de { $file }

## Le thème et les dépliants.
theme-missing = pas de thème `{ $name }` : le dossier themes/{ $name }/ n'existe pas
    .hint = utilisez theme = "default", ou copiez un thème dans themes/
theme-no-strings = le thème n'a pas les textes d'interface pour `{ $lang }`
    .hint = ajoutez themes/{ $theme }/i18n/{ $lang }.toml ; le thème par défaut a fr, nl, de et en
leaflet-too-long = le dépliant de `{ $capsule }` ne tient pas sur une page { $paper }, même avec son texte court
    .hint = donnez un texte plus court sous [leaflet] avec short = "…" (deux ou trois phrases)

## --help
cli-unknown-argument = `{ $argument }` n'est pas une option de cette commande
cli-unknown-command = `{ $command }` n'est pas une commande de Vigie
cli-invalid-value = `{ $value }` n'est pas une valeur acceptée par { $argument }
cli-one-of = donnez l'une de ces valeurs : { $values }
cli-missing = il manque { $arguments }
cli-conflict = { $argument } ne peut pas être donné avec { $other }
cli-did-you-mean = vouliez-vous dire `{ $suggestion }` ?
cli-see-help = vigie --help liste les commandes, vigie COMMANDE --help les options d'une commande
help-usage = Utilisation :
help-options = Options
help-arguments = Arguments
help-commands = Commandes
help-help = Afficher l'aide
help-help-command = Afficher ce message ou l'aide de la commande donnée
help-version = Afficher la version
help-vigie = Des capsules de prévention vers un site web, des dépliants, des flux et des kits de partage. Sans commande, dans le dossier d'un site, l'atelier s'ouvre dans le navigateur.
help-vigie-root = Le dossier du site, celui qui contient site.toml (par défaut : le dossier courant).
help-vigie-speak = La langue que parle Vigie : fr, nl, de ou en (par défaut : VIGIE_LANG, puis LC_ALL, LC_MESSAGES, LANG, puis la première langue du site). À donner avant la commande : vigie --lang nl build.
help-arg-now = Le moment qui tient lieu de maintenant : une date ou une date et heure RFC 3339.
help-init = Créer un nouveau site avec une capsule d'exemple de chaque type.
help-init-dir = Où le créer (par défaut : le dossier courant).
help-new = Créer une nouvelle capsule, en brouillon.
help-new-title = Le titre de la capsule ; son adresse en est tirée.
help-new-kind = tip (conseil, par défaut), alert, news ou fun.
help-new-lang = La langue de sa première traduction (par défaut : la première langue du site).
help-build = Construire le site dans public/.
help-build-output = Où écrire le site (par défaut : public/ dans le dossier du site).
help-build-drafts = Construire aussi les brouillons et les capsules programmées, marqués comme non publiés (un aperçu).
help-build-base-url = Publier à une autre adresse que le base_url de site.toml.
help-build-offline = Une copie qui fonctionne ouverte depuis le disque : des liens relatifs qui finissent par index.html.
help-build-no-leaflets = Passer tout le travail PDF (dépliants et brochures) : aperçus rapides, comparaisons du seul web.
help-build-force = Construire dans --output même s'il contient des fichiers que Vigie n'a pas écrits (ils sont effacés).
help-check = Tout relire avant de publier : vie privée, contenu, équilibre des types, les jours à venir.
help-check-format = text (par défaut, groupé par capsule) ou json (pour l'intégration continue et les éditeurs ; schéma dans docs/check.md).
help-check-report = Écrire aussi une page HTML autonome avec les constats, un graphique et le calendrier.
help-check-no-leaflets = Ne pas composer les dépliants (les dépliants qui reprennent leur texte court ne sont alors pas trouvés).
help-check-calendar = Écrire aussi le calendrier éditorial (FICHIER.ics) : quand paraissent les capsules programmées, quand finissent les alertes et quand ont lieu les évènements, pour l'agenda de l'équipe.
help-publish = Construire le site et envoyer ce qui a changé vers une destination [publish.NOM] de site.toml.
help-publish-name = La destination (par défaut : la première table [publish.*]).
help-publish-dry-run = Montrer ce qui serait envoyé et supprimé, puis s'arrêter.
help-publish-yes = Ne pas demander avant d'envoyer.
help-publish-allow-removals = Supprimer les pages, dépliants et flux qui ne sont plus dans le site.
help-publish-verify = Comparer avec ce que la destination contient vraiment, pas avec son manifeste.
help-publish-due = Pour les planificateurs : publier seulement si quelque chose est dû (date d'une capsule programmée atteinte, alerte terminée, contenu changé), sans demander.
help-publish-watch = Rester en marche : publier dès que quelque chose est dû ou que le contenu change.
help-publish-login = Demander une fois le mot de passe de la destination et le garder dans le trousseau du système, puis s'arrêter.
help-import = Ramener chez soi, en capsules, des publications faites ailleurs.
help-import-facebook = L'export « Télécharger vos informations » d'une Page Facebook (JSON), en .zip ou en dossier.
help-import-facebook-export = L'export : le .zip fait par Facebook, ou le dossier où il se décompresse.
help-import-facebook-lang = La langue des publications (par défaut : la première du site).
help-import-facebook-since = Laisser de côté les publications antérieures à ce jour (2024-01-01).
help-import-facebook-kind = tip (par défaut), alert, news ou fun.
help-import-facebook-publish = Publier les capsules tout de suite au lieu d'écrire des brouillons.
help-import-site = Les capsules qu'un autre site Vigie propose, adoptées en brouillon avec leurs traductions, leur image et leur mention de source.
help-import-site-source = L'adresse du site (https://…), son exchange.json, son dossier construit, ou le nom d'une [[library]] de site.toml.
help-import-site-pick = L'adresse (slug) d'une capsule à adopter ; autant de fois que nécessaire. Sans --pick ni --all, les capsules proposées sont listées.
help-import-site-all = Adopter toutes les capsules proposées.
help-import-site-kind = Seulement les capsules de ce type : tip, alert, news ou fun.
help-import-site-since = Laisser de côté les capsules datées d'avant ce jour (2024-01-01).
help-import-site-now = Le moment qui tient lieu de maintenant (la date des capsules adoptées).
help-serve = Prévisualiser le site, brouillons et capsules programmées compris ; reconstruire et recharger à chaque enregistrement.
help-serve-port = Le port d'écoute (par défaut 1111 ; 0 : n'importe quel port libre).
help-serve-bind = L'adresse d'écoute (par défaut 127.0.0.1) ; toute autre que celle de cet ordinateur laisse d'autres machines voir les brouillons.
help-serve-open = Ouvrir l'atelier dans le navigateur dès que l'aperçu est prêt.

## Ce que répond une destination de publication injoignable ou qui refuse.
publish-failed = [publish.{ $name }] { $target } : { $problem }
publish-no-server = serveur introuvable : { $error }
publish-cannot-connect = connexion impossible : { $error }
publish-tls-refused = le TLS du serveur a été refusé ({ $error }). Si votre hébergeur vous a donné son certificat, indiquez le fichier avec certificate = "…" dans cette table [publish]
publish-certificate-unreadable = impossible de lire le certificat { $file } : { $error }
publish-certificate-not-pem = { $file } n'est pas un certificat PEM ({ $error }) : demandez à votre hébergeur le certificat du serveur, le texte qui commence par -----BEGIN CERTIFICATE-----
publish-tls-cannot-start = TLS ne peut pas démarrer sur cet ordinateur : { $error }
publish-server-answered = le serveur a répondu { $code } { $answer }
publish-no-password = pas de mot de passe : lancez une fois `vigie publish NOM --login` pour le garder dans le trousseau du système, ou définissez VIGIE_PUBLISH_PASSWORD
publish-password-refused = le serveur a refusé le mot de passe de { $user }
publish-login-refused = le serveur a refusé la connexion de { $user }
publish-ssh-handshake = l'établissement de la connexion SSH a échoué : { $error }
publish-no-sftp = le serveur n'offre pas SFTP : { $error }
publish-no-host-key = le serveur n'a montré aucune clé d'hôte
publish-known-hosts-unreadable = known_hosts = "{ $file }" ne peut pas être lu comme un fichier known_hosts ({ $error }) : donnez le chemin d'un tel fichier (comme UserKnownHostsFile d'OpenSSH), ou la ligne de clé du serveur, `ssh-ed25519 AAAA…`
publish-host-key-unknown = la clé d'hôte du serveur n'est pas une clé de confiance (SHA256:{ $fingerprint }) : elle n'est pas dans { $where ->
    [line] la ligne de clé donnée comme known_hosts dans cette table [publish]
    [file] le fichier known_hosts { $file }
   *[home] { $file }
}. Vérifiez cette empreinte auprès de votre hébergeur, puis faites-lui confiance avec `{ $scan }`, ou indiquez known_hosts = "…" dans cette table [publish] (la ligne de clé du serveur, ou le chemin d'un fichier known_hosts)
publish-key-refused = le serveur a refusé la clé { $file } : { $error }
publish-no-way-in = aucun moyen de se connecter : indiquez identity = "~/.ssh/id_ed25519" dans cette table [publish], démarrez un agent SSH, ou pour un mot de passe lancez une fois `vigie publish NOM --login` pour le garder dans le trousseau du système, ou définissez VIGIE_PUBLISH_PASSWORD
publish-s3-endpoint = le point d'accès `{ $endpoint }` n'est pas une adresse ({ $error })
publish-s3-bucket = impossible d'atteindre ce bucket : { $error }
publish-s3-no-key = pas de clé d'accès : définissez VIGIE_S3_ACCESS_KEY_ID et VIGIE_S3_SECRET_ACCESS_KEY (ou AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY) pour cette publication
publish-cannot = { $target } : impossible de { $what ->
    [list] lister ses fichiers
    [read-back] relire ce qu'une publication interrompue a envoyé
    [manifest] lire son manifeste
   *[holds] lire ce qu'elle contient
} : { $error }
publish-dead-addresses = cette publication supprimerait { $count ->
    [one] { $count } adresse
   *[other] { $count } adresses
} que des gens ont peut-être gardées (un QR code imprimé, le lien d'un partenaire, un lecteur de flux) :
publish-dead-addresses-fix = Si une capsule a été renommée, ajoutez l'ancien nom de son dossier dans son en-tête : aliases = ["ancien-nom"] (l'ancienne adresse mène alors à la nouvelle). Pour les supprimer malgré tout, relancez avec --allow-removals.
publish-removes-too-much = cette publication supprimerait { $removed } des { $files } fichiers de { $target }, plus d'un quart : est-ce la bonne destination ? Si oui, relancez avec --allow-removals.
publish-gave-up = { $target } : { $path } : { $error } (après { $tries ->
    [one] { $tries } essai
   *[other] { $tries } essais
}) ; ce qui a été envoyé est gardé, et le prochain `vigie publish` envoie le reste

## Les écrans de l'atelier et son script (ui-<mot> : les modèles et le script le connaissent
## comme w.<mot>, avec _ pour -).
ui-adopted-from = Adoptée de
ui-share = Offrir aux autres sites
ui-share-help = Les sites qui suivent le nôtre peuvent adopter cette capsule (exchange.json). Décochez pour la garder pour ce site.
ui-reread = Relire la source
ui-language-name = Français
ui-workbench = Atelier
ui-capsules = Capsules
ui-new-capsule = Nouvelle capsule
ui-pages = Pages
ui-new-page = Nouvelle page
ui-create-page = Créer la page
ui-address = Lien à écrire dans un texte
ui-no-pages = Aucune page pour l'instant.
ui-description = Description (pour les moteurs de recherche et les partages)
ui-page-help = Une page (contact, à propos, accessibilité) n'a pas de brouillon : elle est en ligne dès la prochaine publication.
ui-see-site = Voir le site
ui-interface = Langue de l'atelier
ui-change = Changer
ui-filter = Filtrer
ui-all = Tous
ui-search = Rechercher un titre
ui-kind = Type
ui-status = État
ui-language = Langue
ui-district = Quartier
ui-title = Titre
ui-date = Date
ui-findings = Remarques
ui-no-capsules = Aucune capsule ne correspond.
ui-next-days = Les 14 prochains jours
ui-nothing-planned = rien de prévu
ui-mix = Équilibre des types
ui-broken = À corriger
ui-kind-tip = Conseil
ui-kind-tip-help = un geste de prévention utile toute l'année
ui-kind-alert = Alerte
ui-kind-alert-help = un danger en cours, avec une date de fin
ui-kind-news = Actualité
ui-kind-news-help = un fait récent ou une action de la zone
ui-kind-fun = Détente
ui-kind-fun-help = un quiz, une anecdote, pour garder le lien
ui-status-draft = brouillon
ui-status-review = relecture vie privée à faire
ui-status-scheduled = programmée
ui-status-published = publiée
ui-status-ended = terminée
ui-create = Créer le brouillon
ui-summary = Résumé
ui-body = Texte
ui-expires = Fin de l'alerte
ui-time = heure
ui-event = Événement
ui-event-help = Pour une séance d’information, une journée de gravure… : le début et la fin, l’heure locale ; laissez vide si ce n’est pas un événement.
ui-event-start = Début
ui-event-end = Fin
ui-event-registration = Inscription (adresse web ou numéro de téléphone)
ui-event-place = Lieu
ui-event-address = Adresse du lieu
ui-tags = Mots-clés
ui-tags-help = séparés par des virgules
ui-districts = Quartiers
ui-photo = Photo
ui-photo-help = Glissez une photo ici ou choisissez un fichier (JPEG, PNG, WebP ou SVG, 40 Mo au plus).
ui-choose-file = Choisir un fichier
ui-alt = Texte alternatif (ce que montre la photo)
ui-credit = Crédit
ui-focus-help = Cliquez sur la photo (ou utilisez les flèches) pour choisir le point à garder dans les recadrages.
ui-crop-wide = Partage (1200×630)
ui-crop-square = Carré (1080×1080)
ui-video = Vidéo
ui-video-src = Fichier vidéo
ui-upload-video = Envoyer une vidéo (MP4 ou WebM)
ui-upload-captions = Envoyer des sous-titres (.vtt)
ui-video-url = ou adresse de la vidéo
ui-video-poster = Image d'attente
ui-captions = Sous-titres
ui-press = Articles de presse
ui-press-url = Adresse de l'article
ui-outlet = Média
ui-social = Publications d'origine
ui-network = Réseau
ui-post-url = Adresse de la publication
ui-add-row = Ajouter
ui-remove-row = Retirer
ui-leaflet = Dépliant
ui-headline = Titre du dépliant
ui-short = Texte court
ui-cta = Appel à l'action
ui-contact = Contact
ui-allow = Textes autorisés (un par ligne)
ui-sms = Texte du SMS
ui-missing-language = Cette langue manque
ui-required-language = obligatoire pour ce site
ui-start-from = Partir du texte en
ui-save = Enregistrer
ui-saved = Enregistré.
ui-save-refused = Non enregistré : corrigez les erreurs signalées.
ui-changed-on-disk = Le fichier a changé sur le disque depuis son ouverture.
ui-reload = Recharger
ui-undo = Annuler le dernier enregistrement
ui-undone = Dernier enregistrement annulé.
ui-publish = Publier
ui-schedule = Programmer
ui-schedule-date = Date de publication
ui-review = Relecture vie privée
ui-review-help = Une alerte ou une actualité ne peut être publiée qu'après relecture : corrigez ou autorisez chaque remarque.
ui-allow-this = Autoriser ce texte
ui-reviewed-button = Relu : aucune information privée
ui-reviewed = Relecture faite.
ui-no-findings = Aucune remarque.
ui-checking = Vérification…
ui-preview = Aperçus
ui-tab-page = Page
ui-tab-leaflet = Dépliant
ui-tab-kit = Réseaux sociaux
ui-tab-feed = Flux
ui-tab-digest = Lettre
ui-refresh = Mettre à jour l'aperçu
ui-characters = caractères
ui-segments = SMS
ui-toolbar-bold = Gras
ui-toolbar-italic = Italique
ui-toolbar-link = Lien
ui-toolbar-list = Liste
ui-toolbar-heading = Intertitre
ui-toolbar-internal = Lien vers une capsule ou une page
ui-insert = Insérer
ui-locked = Ouvrez l'atelier avec l'adresse affichée par « vigie serve » : elle contient une clé qui change à chaque démarrage.
ui-broken-site = Le site ne se charge pas
ui-rendered = Rendu du texte
ui-fields-once = Pour toutes les langues
ui-publish-site = Mettre en ligne
ui-no-targets = Aucune destination : ajoutez une table [publish.web] à site.toml (voir docs/publish.md).
ui-see-what-goes = Voir ce qui sera envoyé
ui-allow-removals = Autoriser la suppression d'adresses publiées
ui-publish-now = Envoyer maintenant
ui-cancel = Annuler
ui-nothing-to-publish = Rien à envoyer : la destination contient déjà ce site.
ui-files-new = nouveaux
ui-files-changed = modifiés
ui-files-removed = supprimés
ui-files-unchanged = inchangés
ui-files-sent = fichiers envoyés
ui-file-list = Liste des fichiers
ui-published-to = Mis en ligne sur
ui-publish-changed = Le site a changé depuis le résumé : voici le nouveau résumé, vérifiez-le avant d'envoyer.
ui-library = Bibliothèque
ui-library-help = Les capsules que partagent les sites suivis ([[library]] dans site.toml). Adopter en fait un brouillon ici, avec ses traductions, sa photo et le crédit de son site d'origine.
ui-no-libraries = Aucune bibliothèque : ajoutez une table [[library]] (name, url) à site.toml pour suivre le site d'une zone de police ou d'une commune (voir docs/exchange.md).
ui-adopt = Adopter
ui-adopted-here = Adoptée ici
ui-open-here = Ouvrir
ui-changed-at-source = Modifiée à la source
ui-differences = Différences, champ par champ
ui-diff-legend = − ici, + à la source
ui-library-no-language = Cette capsule n'est offerte dans aucune langue de ce site.
ui-offered-by = Offertes par
