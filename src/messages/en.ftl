# Vigie's messages in English, the language every other falls back to.
# A translator edits these files without reading Rust: each message has a key, its text, and
# sometimes a `.hint` (what to do about it). { $name } is a value Vigie fills in; keep every
# placeholder of the English text, in the order the language wants.

diagnostic-error = error
diagnostic-help = help
content-errors = { $count ->
    [one] { $count } error in the site's content; nothing was written.
   *[other] { $count } errors in the site's content; nothing was written.
}
template-failed = template { $template }: { $problem }

capsule-no-title = this translation has no `title`
    .hint = add title = "…" to its front matter
capsule-empty-title = the title is empty
    .hint = write a short, catchy title
page-no-title = the page has no `title`
    .hint = add title = "…" to its front matter
capsule-missing-translation = the capsule has no `{ $lang }` translation, which site.toml requires
    .hint = add index.{ $lang }.md to this folder
alert-without-end = an alert needs an `expires` date
    .hint = add expires = <date> (the day after which the alert is over); at most 30 days is usual
unknown-district = unknown district `{ $district }`
    .hint = add it under [districts] in site.toml
unknown-district-close = unknown district `{ $district }`
    .hint = did you mean `{ $close }`? Districts are the keys of [districts] in site.toml

# TOML files: site.toml and the front matter of capsules and pages.
toml-unknown-key = unknown field `{ $name }`
    .hint = accepted keys here: { $accepted }
toml-unknown-key-close = unknown field `{ $name }`
    .hint = did you mean `{ $close }`? Accepted: { $accepted }
toml-unknown-key-none = unknown field `{ $name }`
    .hint = remove this key; none is accepted here
toml-unknown-value = unknown variant `{ $name }`
    .hint = accepted values here: { $accepted }
toml-unknown-value-close = unknown variant `{ $name }`
    .hint = did you mean `{ $close }`? Accepted: { $accepted }
toml-unknown-value-none = unknown variant `{ $name }`
    .hint = remove this value; none is accepted here
# Any other error of a TOML file or value: the detail is the reader's own words (in English).
toml-invalid = { $detail }

# Pictures, videos and captions named in front matter.
media-outside = `{ $file }` is not a file of this capsule's folder
    .hint = put the file in the capsule's folder and give its name, e.g. "photo.jpg"
media-missing = no file `{ $file }` in { $folder }
    .hint = copy the file into { $folder }
media-missing-close = no file `{ $file }` in { $folder }
    .hint = did you mean "{ $close }"?

# Links between capsules and pages (@/capsules/…, @/pages/…).
link-to-draft = the capsule `{ $slug }` is a draft, so this link would lead nowhere
    .hint = link to it once it is published
link-to-scheduled = the capsule `{ $slug }` is scheduled for later, so this link would lead nowhere
    .hint = link to it once it is published
link-no-capsule = there is no capsule `{ $slug }`
    .hint = check the folder name of the capsule or page you mean
link-no-capsule-close = there is no capsule `{ $slug }`
    .hint = did you mean `{ $close }`?
link-no-page = there is no page `{ $slug }`
    .hint = check the folder name of the capsule or page you mean
link-no-page-close = there is no page `{ $slug }`
    .hint = did you mean `{ $close }`?

# Two capsules at one address.
address-taken = the address `{ $slug }` is already used by { $first }
    .hint = rename one of the two folders: a capsule's address comes from its folder name

# `vigie check`: content that will read, share or print badly.
content-alt-text = the alt text `{ $alt }` does not describe the picture
    .hint = say what the picture shows, for someone who cannot see it: "a hand locks a front door"
content-title-length = the title has { $count } characters; past { $max } it is cut in search results and share cards
    .hint = keep one idea, as a question or an imperative
content-summary-length = the summary has { $count } characters; feeds and e-mails show about { $max }
    .hint = one or two sentences: what to do
content-body-length = the text has more than { $max } words; a capsule is one practical tip, read in a minute
    .hint = keep the tip and the action; link to a page for the rest
content-leaflet-short = the text is too long for the leaflet, which prints the short text instead
    .hint = shorten the text, or check that [leaflet] short says what matters
content-social-url = the { $network } post this capsule mirrors has no address
    .hint = open the post on the network, copy its address and add url = "https://…" under [[social]]
content-no-picture = the capsule has no picture
    .hint = posts with a picture are seen far more; add an [image] with its alt text
content-print-resolution = the photo prints at { $dpi } dpi across the { $paper } leaflet; print shops want { $min }
    .hint = use a photo at least { $pixels } pixels wide
content-poster-resolution = the photo prints at { $dpi } dpi across the { $paper } poster; for a poster read from a metre or more, print shops want { $min }
    .hint = use a photo at least { $pixels } pixels wide, or a smaller poster ([print] poster)
content-alert-duration = the alert runs for { $days } days; an alert is news, and one that lasts more than { $max } days stops being read
    .hint = end it sooner, and make a tip of what stays true
content-missing-translation = the capsule has no `{ $lang }` translation
    .hint = add index.{ $lang }.md: residents reading in { $lang } do not see this capsule
content-broken-link = `{ $url }` leads to no page of this site
    .hint = link to a capsule with @/capsules/<folder> and to a page with @/pages/<name>: Vigie checks those
content-insecure-link = `{ $url }` is not https
    .hint = use the https:// address; most sites have one, and browsers warn about the others
# `vigie check`: adopted capsules followed at their source.
exchange-newer = the original of this capsule changed since it was adopted: { $url } (version { $version })
    .hint = read the original again; take what changed, then set version = "{ $version }" under [origin]
exchange-withdrawn = the site this capsule was adopted from no longer offers it: { $url }
    .hint = it may be out of date or withdrawn: read it again, or ask { $site }
exchange-unreachable = cannot read what { $site } offers, to compare the capsules adopted from it: { $error }
    .hint = check the connection, or that the site still shares its capsules


# `vigie check`: private information in a text. { $slip } names what was found.
privacy-what = { $slip ->
    [plate] a licence plate
    [phone] a phone number
    [register-number] a national register number
    [iban] a bank account number (IBAN)
    [email] an e-mail address
    [address] a street address with a house number
    [titled-name] a person's name
   *[name-initial] a first name with an initial
}
privacy-slip = { privacy-what } in the text: `{ $text }`
    .hint = remove it or keep to the street or district; if it is meant to be public (a service's own number), add it to allow = [...] in this file
privacy-slip-grave = { privacy-what } in the text: `{ $text }`
    .hint = { $kind ->
        [alert] an alert
       *[news] a news item
    } must not identify anyone: remove it (say "a car", "the district")
privacy-more = { $count } more privacy slips from here on are not listed
    .hint = this text holds a long list of private data: remove it

# `vigie check`: the mix of kinds, and the next 14 days.
mix-nothing-published = Nothing was published in the last 30 days: a quiet channel loses its readers. Plan a tip a week.
mix-nothing-light = Nothing light in the last 30 days: plan a quiz or a fun post this month.
mix-too-many-alerts = Alerts are { $percent } % of the last 30 days (target { $target } %): too many alarms wear out attention and worry people; keep alerts for real phenomena and follow them with a practical tip.
mix-too-few-tips = Tips are { $percent } % of the last 90 days (target { $target } %): practical tips are what residents keep and share.
mix-no-news = No news in 90 days: a word on what the service did (a suspect caught after a call to 101) builds trust.
mix-good = A good mix: mostly tips, something light, news now and then.
calendar-nothing = Nothing is scheduled for the next 14 days: schedule a tip or two, with a date in the future, so the channel keeps going on its own.
calendar-weekend = { $scheduled ->
    [one] The capsule scheduled goes out on a weekend, by itself: nobody needs to be at the keyboard.
   *[other] { $weekend } of the { $scheduled } capsules scheduled go out on a weekend, by themselves: nobody needs to be at the keyboard.
}
calendar-scheduled = { $scheduled ->
    [one] One capsule is scheduled for the next 14 days, not on a weekend.
   *[other] { $scheduled } capsules are scheduled for the next 14 days, none on a weekend.
}
calendar-alert-ends = The alert "{ $title }" ends on { $date }: say whether the danger has passed.
weekday = { $day ->
    [monday] Monday
    [tuesday] Tuesday
    [wednesday] Wednesday
    [thursday] Thursday
    [friday] Friday
    [saturday] Saturday
   *[sunday] Sunday
}

# `vigie check`'s report, as text and as a page.
diagnostic-warning = warning
report-site = site
report-mix-heading = Mix of the last 30 and 90 days
report-mix = Mix
report-chart-title = Capsules published per month, by kind
report-window = { $days } days: tips { $tip }, fun { $fun }, news { $news }, alerts { $alert }
report-last = Last
report-days = { $days } days
report-target = target
report-calendar-heading = The next 14 days
report-day = Day
report-scheduled = Scheduled
report-weekend = weekend
report-nothing = Nothing to fix.
report-findings = Findings
report-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
report-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
kind = { $kind ->
    [tip] tip
    [alert] alert
    [news] news
   *[fun] fun
}

# What `vigie build` and `vigie publish` say when they are done.
build-done = Built { $capsules ->
    [one] { $capsules } capsule
   *[other] { $capsules } capsules
} in { $languages ->
    [one] { $languages } language
   *[other] { $languages } languages
}: { $pages } pages, { $files } files in { $seconds } s → { $output }
build-pictures = { $made } pictures encoded, { $reused } from the cache
build-leaflets = leaflets: { $leaflets }; { $typeset } typeset, { $reused } from the cache{ $shortened ->
    [0] {""}
    [one] ; short text on { $shortened } leaflet whose body is too long for one page
   *[other] ; short text on { $shortened } leaflets whose body is too long for one page
}
build-booklets = booklets: { $booklets }; { $typeset } typeset, { $reused } from the cache
build-next-change = next change due: { $when } (build and publish again then)
build-no-hard-links = { $folder }: no hard links can be made there ({ $error }), so every file was written anew
publish-built = Built { $capsules ->
    [one] { $capsules } capsule
   *[other] { $capsules } capsules
} ({ $files } files) in { $seconds } s.
publish-note = Note: { $note }.
publish-nothing = Nothing to publish: { $name } ({ $target }) already holds this site.
publish-plan = To { $name } ({ $target }): { $new } new, { $changed } changed, { $removed } removed, { $unchanged } unchanged; { $bytes } to send.
publish-send = send
publish-remove = remove
publish-needs-yes = not sending without a confirmation: add --yes to publish from a script
publish-confirm = Publish now? [y/N]
publish-sending = sending
publish-not-sent = Nothing was sent.
publish-done = Published: { $files } files sent ({ $bytes }), { $removed } removed. The site: { $address }
publish-next = Next change due: { $when }.
publish-waiting-next = Waiting until the next change is due, or a file of the site changes.
publish-waiting-files = Waiting for a file of the site to change.
publish-note-ftp = ftp:// sends your password and the files in clear, for anyone on the way to read: ask your host for ftps:// or sftp://
publish-note-bad-manifest = the target's { $file } cannot be read: every file is sent; --verify compares with what it holds
publish-note-no-manifest = the target has no manifest yet: every file is sent (--verify compares with what it already holds)
publish-note-own-rules = the target has its own { $file }, which Vigie did not write: it is left as it is. To serve the site with Vigie's rules, add those of { $ours } to it, or delete it and publish again (docs/hosting.md)
publish-note-foreign = { $count ->
    [one] { $count } file on the target was not published by Vigie: left as it is
   *[other] { $count } files on the target were not published by Vigie: left as they are
}

## `vigie` with no command: started like a desktop program (a shortcut, a double-click).
start-running = Vigie is open for the site in { $folder }.
    Workbench (write and review capsules): { $workbench }
    Preview of the site (drafts included): { $address }
    To stop Vigie, close this window or press Ctrl+C.
start-no-site = There is no site in { $folder } (no site.toml). Create one here? [y/N]
start-not-created = Nothing was created.
start-no-site-said = There is no site in { $folder } (no site.toml), and nothing was created. To create one there, run: vigie init "{ $folder }"; then start vigie in that folder again. (vigie --help lists every command.)

## What the other commands say.
browser-not-opened = Note: no browser could be opened; open the address above.
init-created = Created a site with { $files } files in { $folder }.
    Next: cd "{ $folder }" && vigie build
new-created = Created { $file } (a draft: set draft = false when it is ready).
serve-running = Serving the preview at { $address } (drafts and scheduled capsules included; Ctrl+C to stop)
    Workbench (write and review capsules): { $workbench }
serve-built = Built the preview ({ $capsules ->
    [one] one capsule page
   *[other] { $capsules } capsule pages
}) in { $milliseconds } ms
serve-rebuilt = Rebuilt { $folder } in { $milliseconds } ms
serve-on-network = Warning: listening on { $bind }: other machines on the network can see the preview, drafts included.
kind-unknown = `{ $kind }` is not a kind: use tip, alert, news or fun
login-folder = [publish.{ $name }] is a folder: it needs no password
login-question = Password for { $address }:
login-unreadable = cannot read the password: { $error }
login-empty = no password given: nothing was kept
watch-impossible = cannot watch the site's files: { $error }
watch-with-now = --watch follows the clock: leave out --now
import-facebook-summary = Facebook export: { $found } posts found; { $imported } imported, { $skipped } skipped ({ $already } already imported, { $before } before --since, { $empty } empty{ $bad_date ->
    [0] {""}
   *[other] , { $bad_date } with an impossible date
}); { $photos } photos copied{ $other_media ->
    [0] {""}
   *[other] , { $other_media } videos and other media left out
}.
import-facebook-where = { $drafts ->
    [yes] They are in { $folder } as drafts: reread them, describe each photo, run vigie check.
   *[no] They are in { $folder }: reread them, describe each photo, run vigie check.
}
import-site-summary = { $site }: { $offered } capsules offered; { $adopted } adopted, { $pictures } with their picture{ $already ->
    [0] {""}
   *[other] ; { $already } already adopted ({ $already_list })
}{ $none ->
    [0] {""}
   *[other] ; { $none } in none of this site's languages ({ $none_list })
}.
import-site-where = They are in { $folder } as drafts ({ $folders }): reread and adapt them, then remove draft = true.
import-site-list = { $source } offers { $count ->
    [one] one capsule
   *[other] { $count } capsules
}; say which to adopt with --pick SLUG (as often as needed) or --all:
import-site-no-such = --pick { $slug }: { $source } offers no such capsule (run without --pick to list them)
import-site-draft-comment = adopted from { $site }: reread, adapt, then remove this line
import-site-review-comment = true once reread for names, plates, addresses, phone numbers
exchange-https-only = { $address }: Vigie reads other sites over HTTPS only; write https://
exchange-certificate = { $address }: the site's HTTPS certificate is not trusted ({ $error }); Vigie adopts only from a site whose certificate is valid: tell its webmaster
exchange-not-found = { $address }: not found (404): is it the address of a Vigie site that shares its capsules ([exchange] share = true)?
exchange-too-large = { $what }: larger than { $megabytes } MB: refused
exchange-failed = { $address }: { $problem }
exchange-not-on-site = `{ $url }` is not on the offering site ({ $site }): only its own pictures are taken
exchange-not-plain = `{ $url }` is not a plain file address
exchange-picture-link = { $file } is a link: pictures are read only from the folder itself
exchange-not-an-offer = this is not a Vigie exchange file
    .hint = give the address of a Vigie site that shares its capsules, its exchange.json, or its built folder
exchange-broken-json = not readable JSON: { $problem }
    .hint = the file is cut short or damaged: try again, or tell the offering site's webmaster
exchange-version = this exchange file is version { $version }, which this Vigie does not read (it reads version { $reads })
    .hint = update Vigie (or the offering site's)
exchange-not-format = the exchange file does not follow its format: { $problem }
    .hint = docs/exchange.md describes it; tell the offering site's webmaster
exchange-no-site-url = `site.url` is not a web address
    .hint = the offer is broken: nothing was adopted; tell the offering site's webmaster
exchange-capsule-field = capsule `{ $slug }`: `{ $field }` { $problem }
    .hint = the offer is broken or hostile: nothing was adopted; tell the offering site's webmaster
exchange-field-slug = is not a folder name (lowercase letters, digits and dashes)
exchange-field-instant = is not an RFC 3339 instant
exchange-field-no-end = is missing: an alert must end
exchange-field-empty-or-long = is empty or longer than { $max } characters
exchange-field-address = is not a web address
exchange-field-empty = is empty
exchange-field-long = is longer than { $max } characters
exchange-picture-refused = capsule `{ $slug }`: `picture`: { $problem }
    .hint = nothing was adopted; adopt the others with --pick, or tell the offering site's webmaster
exchange-not-svg = not an SVG drawing
exchange-not-picture = not a usable picture: { $problem }
import-not-an-export = not a zip archive or a folder: { $problem }
    .hint = give the folder or the .zip that Facebook's "Download your information" made, in JSON format
import-no-posts-file = no Facebook posts file in it (profile_posts_1.json or your_posts_1.json)
    .hint = export the Page's information from Facebook in JSON format (not HTML), with "Posts" selected
import-posts-unreadable = this posts file cannot be read, or is larger than { $megabytes } MB (a Page's posts over ten years take a few)
    .hint = download the export again from Facebook, for a shorter period (its date range) if it is this large
import-broken-json = broken JSON: { $problem }
    .hint = download the export again: this file is cut short or damaged
import-post-no-timestamp = post { $index } has no `timestamp`: the export is not one Vigie can read
    .hint = download the export again from Facebook, in JSON format
import-photo-missing = post { $index }: its photo `{ $photo }` is not in the export
    .hint = download the export again with photos included ("media quality" high)
import-photo-unusable = post { $index }: the photo cannot be read: { $problem }
    .hint = download the export again: this photo is cut short or damaged
import-post-of = Post of { $day }

## The preview's page when the build failed.
preview-failed-title = Vigie: the build failed
preview-failed = The build failed
preview-failed-fix = Fix the file below and save: this page reloads by itself.

## What the build's progress bar names: its outputs.
output-html = pages
output-leaflet-lists = leaflet lists
output-leaflets = leaflets
output-booklets = booklets
output-posters = posters
output-bulletins = bulletin page
output-exchange = exchange
output-digest = digest
output-server-rules = server rules
output-files = files
output-favicon = favicon
output-images = pictures
output-feeds = feeds
output-calendars = calendars
output-screens = screens
output-slides = screen slides
output-sitemap = sitemap

## A capsule's files and front matter.
capsule-no-index = this capsule folder has no index.md or index.<lang>.md
    .hint = add index.{ $lang }.md with the capsule's front matter and text
capsule-second-translation = a second `{ $lang }` translation (index.md is the default language)
    .hint = keep index.md or index.<lang>.md for the default language, not both
capsule-unknown-language = `{ $lang }` is not one of the site's languages
    .hint = rename the file for one of: { $languages }, or add `{ $lang }` to languages in site.toml
folder-unreadable = cannot read the folder: { $error }
origin-not-web-address = `origin.{ $key }` is not a web address
    .hint = [origin] says where an adopted capsule comes from: the site's address and the capsule's, starting with https://
capsule-no-kind = the capsule has no `kind`
    .hint = add kind = "tip" (or "alert", "news", "fun")
capsule-no-date = the capsule has no `date`
    .hint = add date = 2026-11-20: the day it is published
expires-before-date = `expires` is not after `date`
    .hint = an alert must end after it starts
privacy-not-reviewed = a published { $kind ->
    [alert] alert
   *[news] news item
} needs privacy_reviewed = true
    .hint = reread it for names, plates, addresses and phone numbers, then set privacy_reviewed = true (or keep draft = true)
tag-no-letter = the tag `{ $tag }` has no letter or digit, so it would have no page
    .hint = a tag is a word or two, such as "bike" or "holidays"
tag-too-long = the tag `{ $start }…` is longer than { $max } characters
    .hint = a tag is a word or two, such as "bike" or "holidays"
focus-out-of-range = focus must be two fractions between 0 and 1
    .hint = [0.5, 0.3] keeps the point at half the width and a third of the height
image-no-src = [image] has no `src`
    .hint = give the photo's file name, e.g. src = "photo.jpg"
image-no-alt = the photo has no alt text in this language
    .hint = add alt = "…" under [image]: what the photo shows, for people who cannot see it
picture-unreadable = `{ $file }`: { $problem }
    .hint = use a JPEG, PNG, WebP or SVG file; open it in an image editor and save it again
alias-not-address = `{ $alias }` is not an address
    .hint = give the capsule's earlier folder name as its address was, e.g. "{ $example }"
translations-differ = `{ $name }` differs between translations: { $file } says { $theirs }
    .hint = `{ $name }` does not depend on language: give it in one translation only, or the same in each
event-without-time = the event has no `{ $key }`
    .hint = add { $key } = 2026-12-12T14:00:00 under [event] (a date and time in the site's time zone)
event-end-before-start = the event's `end` is not after its `start`
    .hint = give the time the event is over, after its start (for an evening: the same day, a later hour)
event-without-place = the event has no place in this language
    .hint = add place = "…" under [event]: where residents come (a hall, a square); once for all languages is enough if it needs no translating
event-registration-unusable = `{ $value }` is neither a web address nor a phone number
    .hint = registration = "https://…" (a form) or a phone number such as "0800 12 345"
editorial-calendar-name = Editorial calendar: { $site }
editorial-goes-out = Goes out: { $title } ({ $kind ->
    [tip] tip
    [alert] alert
    [news] news
   *[other] fun
})
editorial-alert-ends = Alert ends: { $title }
editorial-event = Event: { $title }
date-unusable = not a usable date: { $detail }
    .hint = write a date such as 2026-11-20
press-date-unusable = not a usable date: { $detail }
    .hint = write the article's date, such as 2026-11-19
video-src-or-url = [video] needs either `src` (a file in the folder) or `url` (a link), not both
    .hint = Vigie never embeds a third-party player: give src = "clip.mp4", or url = "https://…" shown as a link
video-no-captions = the video has no captions in this language
    .hint = add captions = "clip.<lang>.vtt" under [video]: residents watch without sound, and some cannot hear
not-web-address = `{ $url }` is not a web address
    .hint = write the full address, starting with https://

## Content files and folders, and the text of capsules and pages.
file-unreadable = cannot read the file: { $error }
file-not-utf8 = the file is not valid UTF-8 here
    .hint = save the file as UTF-8 in your editor (it was probably saved as Latin-1 or Windows-1252)
folder-empty-address = the folder name gives an empty address
    .hint = name the folder with letters or digits
capsule-single-file = a capsule is a folder, not a single file
    .hint = move it to content/capsules/{ $name }/index.md
page-reserved-address = `{ $slug }` is an address Vigie uses for its own pages
    .hint = rename the file
page-second = a second page `{ $slug }` in `{ $lang }`
    .hint = keep one file per page and language
page-unknown-language = `{ $lang }` is not one of the site's languages
    .hint = name the file <slug>.<lang>.md with one of: { $languages }
page-empty-address = the file name gives an empty address
    .hint = name it with letters or digits, e.g. contact.fr.md
alias-taken = the alias `{ $alias }` is the address of { $other }
    .hint = an alias is an address this capsule had before; remove it from aliases
alias-claimed = the alias `{ $alias }` is also claimed by { $other }
    .hint = keep the alias in the one capsule that had this address
front-matter-missing = the file does not start with front matter
    .hint = begin with a line `+++`, then fields such as title = "…", then another `+++` line
front-matter-unclosed = the front matter is never closed
    .hint = add a line `+++` after the last field, before the text
text-nests-lists = lists and quotes nest more than { $max } levels deep here
    .hint = keep lists and quotes to a few levels: residents read on phones, and leaflets print them
text-nests = the text nests more than { $max } levels deep here
    .hint = keep lists and quotes to a few levels: residents read on phones, and leaflets print them
text-picture = pictures inside the text are not supported
    .hint = give the capsule's photo in the [image] table of the front matter
link-unknown-internal = `{ $url }` is not an internal link Vigie knows
    .hint = write @/capsules/<slug> for a capsule or @/pages/<slug> for a page

## site.toml
config-not-utf8 = { $file } is not valid UTF-8: { $error }
    .hint = save the file as UTF-8 in your editor
config-unreadable = cannot read { $file }: { $error }
    .hint = run vigie in the site's folder, or give it with --root DIR; `vigie init DIR` makes a new site
base-url-problem = { $problem ->
    [blank] holds a blank
    [relative] is not an absolute web address (https://…)
    [host] has no host name
    [user] holds a user name or password, which every page would show
    [query] has a query (?…) or a fragment (#…)
    [empty-folder] has an empty folder in its path (`//`)
   *[other] is not a web address ({ $detail })
}
base-url-invalid = base_url `{ $url }` { base-url-problem }
    .hint = write the address the site will be published at, e.g. "https://prevention.exemple.be" or "https://www.exemple.be/prevention"
base-url-flag-invalid = --base-url `{ $url }` { base-url-problem }
site-title-empty = the site's `title` is empty
    .hint = give the site's name, e.g. "Prévention — Ville d'Exemple": pages, feeds and leaflets show it
logo-not-in-static = the logo `{ $logo }` is not in static/
    .hint = put the logo in the site's static/ folder and write logo = "static/logo.svg"
logo-not-static-file = the logo `{ $logo }` is not a file of static/
    .hint = put the logo in the site's static/ folder and write logo = "static/logo.svg"
logo-missing = there is no file `{ $logo }` in the site
    .hint = put the logo in the site's static/ folder and write logo = "static/logo.svg"
logo-format = the logo `{ $logo }` is not an SVG, PNG, JPEG or WebP file
    .hint = save the logo as SVG (best for print) or PNG
profile-missing = there is no file `{ $profile }` in the site
    .hint = put the print shop's .icc file in the site folder and write profile = "print/shop.icc" under [print], or remove the line to use Vigie's FOGRA39 profile
profile-not-icc = `{ $profile }` is not an ICC colour profile
    .hint = ask the print shop for its CMYK output profile, a file ending in .icc
profile-cut-short = `{ $profile }` is cut short: { $has } bytes of the { $announced } its header announces
    .hint = copy the file again from what the print shop sent
profile-not-cmyk = `{ $profile }` is a profile of class { $class } for { $space }, not one of a CMYK printing condition
    .hint = ask the print shop for its CMYK output profile, e.g. ISO Coated v2 (FOGRA39) or PSO Coated v3 (FOGRA51)
profile-too-new = `{ $profile }` is an ICC { $version } profile; PDF/X-4 holds profiles up to version 4.1
    .hint = ask the print shop for the version 2 profile of its printing condition (ECI's FOGRA profiles are version 2)
languages-empty = `languages` is empty
    .hint = list at least one, e.g. ["fr"]
language-code-invalid = `{ $lang }` is not a language code
    .hint = use two-letter codes such as "fr", "nl", "de" or "en"
language-twice = language `{ $lang }` is listed twice
    .hint = list each language once
language-not-listed = language `{ $lang }` is not in `languages`
    .hint = add it to languages, or use one of: { $languages }
timezone-unknown = unknown time zone `{ $zone }`
    .hint = use an IANA name such as "Europe/Brussels"
bleed-out-of-range = bleed_mm must be between 0 and 10
    .hint = print shops usually ask for 3 mm
licence-not-spdx = the exchange licence is not an SPDX licence identifier
    .hint = use one such as "CC-BY-4.0" (credit the author) or "CC0-1.0" (no conditions)
mix-not-100 = the [mix] shares add up to { $total } %, not 100 %
    .hint = give tip, alert, news and fun in percent; the default is 60, 5, 20, 15
screen-out-of-range = [screen] { $key } must be between { $range }
    .hint = a waiting room sees a loop of a few minutes: remove the line to keep the default (12 capsules, 10 seconds each)
bulletin-out-of-range = [bulletin] capsules must be between { $range }
    .hint = a magazine page holds a few capsules: remove the line to keep the default (4)
limit-zero = [{ $table }] limit must be at least 1
    .hint = remove the line to keep the default
publish-url-not-address = [publish.{ $name }] the url is not an address ({ $error })
    .hint = write it as sftp://user@host/path, ftps://user@host/path, s3://bucket/prefix or file:///path
publish-url-scheme = [publish.{ $name }] `{ $scheme }://` is not a way Vigie publishes
    .hint = use one of: { $schemes }
publish-url-password = [publish.{ $name }] the address holds a password, and site.toml is no place for one
    .hint = remove it: Vigie asks for it, or reads VIGIE_PUBLISH_PASSWORD
library-name-invalid = a [[library]] name must be one line of 1 to 100 characters
    .hint = give the site's name as people know it, e.g. "Zone de police Exemple"
library-url-invalid = [[library]] `{ $name }`: { $problem ->
    [not-address] `{ $url }` is not an address ({ $detail })
    [http] `{ $url }` is plain HTTP: Vigie reads other sites over HTTPS only
    [scheme] `{ $scheme }://` is not a web address
    [user] the address holds a user or password: a library is public
   *[query] `{ $url }` has a query or a fragment: give the site's address alone
}
    .hint = write the address of a Vigie site that shares its capsules, e.g. "https://prevention.zone-exemple.be/"
library-twice = the library `{ $name }` is listed twice
    .hint = give each [[library]] its own name
library-address-twice = the address of `{ $name }` is already another library's
    .hint = remove one of the two [[library]] entries
contact-unknown = no contact `{ $key }` in site.toml
    .hint = add it under [contacts] in site.toml
contact-unknown-close = no contact `{ $key }` in site.toml
    .hint = did you mean `{ $close }`?

## The command line, the output folder and the other places Vigie writes to.
output-link-unreachable = { $folder } is a symbolic link to a folder that cannot be reached ({ $error }): make the folder it names, or remove the link
output-in-site = the output folder { $folder } is part of the site itself; building there would delete it: choose another folder, such as public/
output-is-file = the output { $folder } is a file, not a folder
output-foreign = { $folder } holds files that Vigie did not write, and a build replaces the whole folder: choose an empty or new folder, or add --force to delete what it holds
now-invalid = --now `{ $text }` is neither a date (2026-11-20) nor an RFC 3339 datetime (2026-11-20T09:00:00+01:00)
lang-not-in-site = --lang { $lang }: the site's languages are { $languages }
init-site-exists = { $folder } already holds a site (site.toml exists); nothing was written
new-title-no-letters = the title must hold letters or digits: the capsule's address is made from it
new-exists = { $folder } already exists: choose another title
publish-unknown-target = site.toml has no [publish.{ $name }]: its targets are { $targets }
publish-no-targets = site.toml has no [publish.NAME] table: add one, such as [publish.web] with url = "sftp://webmaster@ftp.example.be/www" (see docs/publish.md)
publish-not-local-folder = [publish.{ $name }] `{ $url }` is not a folder of this computer
publish-folder-not-utf8 = [publish.{ $name }] the folder `{ $folder }` is not UTF-8 once its %-escapes are read
login-s3 = [publish.{ $name }] is S3 storage: its keys come from VIGIE_S3_ACCESS_KEY_ID and VIGIE_S3_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)
serve-cannot-listen = cannot listen on { $address }: { $error }
thread-impossible = cannot start the preview's { $name } thread: { $error }
workbench-token = cannot make the workbench's token: { $error }
workbench-no-address = no such workbench address
workbench-no-earlier-save = there is no earlier save to go back to
workbench-needs-languages = the request needs a `languages` object
workbench-page-preview = a page's preview is page.html
workbench-preview-kinds = a preview is leaflet.pdf, page.html or kit.json
workbench-no-library-capsule = no such library or capsule
workbench-library-which = say which library (n) and which capsule (slug)
workbench-wrong-method = this address does not take that method
workbench-no-picture = no such capsule, or it has no picture
workbench-unreadable-request = the request could not be read
workbench-no-publish-target = no such [publish] target in site.toml
workbench-no-page = no such workbench page
workbench-needs-version = a save names the version it was made from, in If-Match
workbench-open-with-address = open the workbench with the address `vigie serve` printed
workbench-other-site = this change comes from another site, and is refused
workbench-too-slow = the request took too long to arrive; try again
workbench-too-large = this is larger than the 40 MB an upload may be
workbench-no-capsule = there is no capsule `{ $slug }` in content/capsules/
workbench-no-such-page = there is no page `{ $slug }` in content/pages/
workbench-not-json = the request is not JSON: { $error }
workbench-page-no-text = the page has no `{ $lang }` text yet
workbench-capsule-no-text = the capsule has no `{ $lang }` text yet
workbench-unreadable-files = cannot read the files of `{ $slug }`: { $error }
workbench-screen-failed = the workbench page could not be made: { $error }
favicon-unwritable = cannot write favicon.ico: { $error }
favicon-from-logo = the site's icon cannot be drawn from the logo: { $problem }
    .hint = save the logo again as SVG or PNG, or put your own favicon.ico in static/

## Pictures as Vigie reads them (a capsule's photo, a logo, an upload, an adopted picture).
picture-cannot-read = cannot read the picture: { $error }
picture-cannot-decode = the picture cannot be read ({ $error })
picture-cannot-resize = cannot resize the picture: { $error }
picture-cannot-encode = cannot encode JPEG: { $error }
picture-cannot-allocate = cannot allocate the picture
picture-empty = the picture is empty (0 pixels)
picture-too-large = the picture declares { $width }×{ $height } pixels, more than Vigie accepts ({ $millions } million, { $side } a side)
picture-too-large-for-jpeg = { $width }×{ $height } is too large for JPEG
picture-unknown-format = not a picture Vigie can read: use JPEG, PNG, WebP or SVG
picture-jpeg-no-end = the JPEG file is cut short (it has no end marker): copy it again from its source
picture-jpeg-cut = the JPEG file is cut short
picture-not-jpeg = not a JPEG file
picture-jpeg-damaged = the JPEG file is damaged
picture-output-impossible = { $output } cannot be made from this picture
picture-broken = capsule `{ $capsule }`: { $problem }
    .hint = open the picture in an image editor and save it again as JPEG, PNG or WebP
svg-not-utf8 = the SVG file is not UTF-8 text
svg-malformed = not a well-formed SVG: { $error }
svg-unreadable = not an SVG Vigie can read: { $error }
svg-cannot-write = cannot write the SVG: { $error }

## The workbench's uploads into a capsule's folder.
upload-not-multipart = send the photo as multipart/form-data, in a field with a file name
upload-too-large = this file is larger than the 40 MB an upload may be
upload-kinds = Vigie keeps photos (JPEG, PNG, WebP, SVG), videos (MP4, WebM) and captions (WebVTT, .vtt)
upload-refused = { $file }: { $problem }
upload-cannot-keep = cannot keep { $file }: { $error }
upload-not-picture = this is not a picture
upload-wrong-format = this is not a { $format } picture (rename it to what it is, or export it again)
upload-not-svg = this is not an SVG drawing
video-is-mp4 = this is an MP4 video: name it .mp4
video-is-webm = this is a WebM video: name it .webm
video-not-playable = this is not a video a browser plays (MP4 or WebM)
captions-not-utf8 = captions must be UTF-8 text (save them as UTF-8)
captions-not-webvtt = captions must be a WebVTT file, its first line WEBVTT (a .srt file can be converted by most subtitle editors)
media-not-shown = only the bundle's pictures, videos and captions are shown here
media-not-in-bundle = the capsule's folder has no { $file }

## The theme and the leaflets.
theme-missing = no theme `{ $name }`: the folder themes/{ $name }/ does not exist
    .hint = use theme = "default", or copy a theme into themes/
theme-no-strings = the theme has no interface strings for `{ $lang }`
    .hint = add themes/{ $theme }/i18n/{ $lang }.toml; the default theme has fr, nl, de and en
leaflet-too-long = the leaflet of `{ $capsule }` does not fit on one { $paper } page, even with its short text
    .hint = give a shorter text under [leaflet] as short = "…" (two or three sentences)

## --help: clap's words, then each command (help-<command>) and option (help-<command>-<option>,
## or help-arg-<option> for one several commands share).
cli-unknown-argument = `{ $argument }` is not an option of this command
cli-unknown-command = `{ $command }` is not a command of Vigie
cli-invalid-value = `{ $value }` is not a value { $argument } takes
cli-one-of = give one of: { $values }
cli-missing = { $arguments } must be given
cli-conflict = { $argument } cannot be given with { $other }
cli-did-you-mean = did you mean `{ $suggestion }`?
cli-see-help = vigie --help lists the commands, vigie COMMAND --help a command's options
help-usage = Usage:
help-options = Options
help-arguments = Arguments
help-commands = Commands
help-help = Print help
help-help-command = Print this message or the help of the given command
help-version = Print the version
help-vigie = Crime-prevention capsules to website, leaflets, feeds and share kits. Without a command, in a site's folder, the workbench opens in the browser.
help-vigie-root = The site's folder, the one holding site.toml (default: the current folder).
help-vigie-speak = The language Vigie speaks: fr, nl, de or en (default: VIGIE_LANG, then LC_ALL, LC_MESSAGES, LANG, then the site's first language). Given before the command: vigie --lang nl build.
help-arg-now = The moment that stands in for now: a date or an RFC 3339 datetime.
help-init = Create a new site with an example capsule of each kind.
help-init-dir = Where to create it (default: the current folder).
help-new = Create a new capsule, as a draft.
help-new-title = The capsule's title; its address is made from it.
help-new-kind = tip (default), alert, news or fun.
help-new-lang = The language of its first translation (default: the site's first language).
help-build = Build the site into public/.
help-build-output = Where to write the site (default: public/ in the site's folder).
help-build-drafts = Build drafts and scheduled capsules too, marked as not published (a preview).
help-build-base-url = Publish at another address than site.toml's base_url.
help-build-offline = A copy that works opened from disk: relative links ending in index.html.
help-build-no-leaflets = Skip all PDF work (leaflets and booklets): quick previews, web-only comparisons.
help-build-force = Build into --output even if it holds files Vigie did not write (they are deleted).
help-check = Reread everything before publishing: privacy, content, the mix of kinds, the coming days.
help-check-format = text (default, grouped by capsule) or json (for CI and editors; schema in docs/check.md).
help-check-report = Also write one self-contained HTML page with the findings, a chart and the calendar.
help-check-no-leaflets = Do not typeset leaflets (then leaflets that fall back to their short text are not found).
help-check-calendar = Also write the editorial calendar (FILE.ics): when scheduled capsules go out, alerts end and events take place, for the team's calendar program.
help-publish = Build the site and send what changed to a [publish.NAME] target of site.toml.
help-publish-name = The target (default: the first [publish.*] table).
help-publish-dry-run = Show what would be sent and removed, and stop.
help-publish-yes = Do not ask before sending.
help-publish-allow-removals = Remove pages, leaflets and feeds that are no longer in the site.
help-publish-verify = Compare with what the target really holds, not with its manifest.
help-publish-due = For schedulers: publish only if something is due (a scheduled capsule's date reached, an alert ended, the content changed), without asking.
help-publish-watch = Stay running: publish whenever something falls due or the content changes.
help-publish-login = Ask for the target's password once and keep it in the system keyring, then stop.
help-import = Bring posts from elsewhere home as capsules.
help-import-facebook = A Facebook Page's "Download your information" export (JSON), as a .zip or a folder.
help-import-facebook-export = The export: the .zip Facebook made, or the folder it unpacks to.
help-import-facebook-lang = The posts' language (default: the site's first).
help-import-facebook-since = Leave out posts before this day (2024-01-01).
help-import-facebook-kind = tip (default), alert, news or fun.
help-import-facebook-publish = Publish the capsules at once instead of writing drafts.
help-import-site = Capsules another Vigie site offers, adopted as drafts with their translations, picture and credit.
help-import-site-source = The site's address (https://…), its exchange.json, its built folder, or the name of a [[library]] of site.toml.
help-import-site-pick = The address (slug) of a capsule to adopt; as often as needed. Without --pick or --all, the offered capsules are listed.
help-import-site-all = Adopt every offered capsule.
help-import-site-kind = Only capsules of this kind: tip, alert, news or fun.
help-import-site-since = Leave out capsules dated before this day (2024-01-01).
help-import-site-now = The moment that stands in for now (the adopted capsules' date).
help-serve = Preview the site, drafts and scheduled capsules included; rebuild and reload on save.
help-serve-port = The port to listen on (default 1111; 0: any free port).
help-serve-bind = The address to listen on (default 127.0.0.1); anything but this computer's own lets other machines see drafts.
help-serve-open = Open the workbench in the browser once the preview is ready.

## What a publish target answers when it cannot be reached or refuses.
publish-failed = [publish.{ $name }] { $target }: { $problem }
publish-no-server = cannot find the server: { $error }
publish-cannot-connect = cannot connect: { $error }
publish-tls-refused = the server's TLS was refused ({ $error }). If your host gave you its certificate, name the file as certificate = "…" in this [publish] table
publish-certificate-unreadable = cannot read the certificate { $file }: { $error }
publish-certificate-not-pem = { $file } is not a PEM certificate ({ $error }): ask your host for the server's certificate, the text that begins with -----BEGIN CERTIFICATE-----
publish-tls-cannot-start = TLS cannot start on this computer: { $error }
publish-server-answered = the server answered { $code } { $answer }
publish-no-password = no password: run `vigie publish NAME --login` once to keep it in the system keyring, or set VIGIE_PUBLISH_PASSWORD
publish-password-refused = the server refused the password for { $user }
publish-login-refused = the server refused the login for { $user }
publish-ssh-handshake = the SSH handshake failed: { $error }
publish-no-sftp = the server offers no SFTP: { $error }
publish-no-host-key = the server showed no host key
publish-known-hosts-unreadable = known_hosts = "{ $file }" cannot be read as a known_hosts file ({ $error }): give the path of one (as OpenSSH's UserKnownHostsFile), or the server's key line, `ssh-ed25519 AAAA…`
publish-host-key-unknown = the server's host key is not one you trust (SHA256:{ $fingerprint }): it is not in { $where ->
    [line] the key line given as known_hosts in this [publish] table
    [file] the known_hosts file { $file }
   *[home] { $file }
}. Check this fingerprint with your host, then trust it with `{ $scan }`, or give known_hosts = "…" in this [publish] table (the server's key line, or the path of a known_hosts file)
publish-key-refused = the server refused the key { $file }: { $error }
publish-no-way-in = no way to log in: give identity = "~/.ssh/id_ed25519" in this [publish] table, start an SSH agent, or for a password run `vigie publish NAME --login` once to keep it in the system keyring, or set VIGIE_PUBLISH_PASSWORD
publish-s3-endpoint = endpoint `{ $endpoint }` is not an address ({ $error })
publish-s3-bucket = cannot reach this bucket: { $error }
publish-s3-no-key = no access key: set VIGIE_S3_ACCESS_KEY_ID and VIGIE_S3_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY) for this publish
publish-cannot = { $target }: cannot { $what ->
    [list] list its files
    [read-back] read back what an interrupted publish sent
    [manifest] read its manifest
   *[holds] read what it holds
}: { $error }
publish-dead-addresses = this publish would remove { $count ->
    [one] { $count } address
   *[other] { $count } addresses
} people may have kept (a printed QR code, a partner's link, a feed reader):
publish-dead-addresses-fix = If a capsule was renamed, add its old folder name to its front matter: aliases = ["old-name"] (the old address then leads to the new one). To remove them all the same, run again with --allow-removals.
publish-removes-too-much = this publish would remove { $removed } of the { $files } files on { $target }, more than a quarter: is it the right target? Run again with --allow-removals if it is.
publish-gave-up = { $target }: { $path }: { $error } (after { $tries ->
    [one] { $tries } try
   *[other] { $tries } tries
}); what was sent is kept, and the next `vigie publish` sends the rest

## The workbench's screens and its script (ui-<word>: the templates and the script know each
## as w.<word>, with _ for -).
ui-adopted-from = Adopted from
ui-share = Offer to other sites
ui-share-help = Sites that follow ours may adopt this capsule (exchange.json). Untick to keep it to this site.
ui-reread = Read the source again
ui-language-name = English
ui-workbench = Workbench
ui-capsules = Capsules
ui-new-capsule = New capsule
ui-pages = Pages
ui-new-page = New page
ui-create-page = Create the page
ui-address = Link to write in a text
ui-no-pages = No pages yet.
ui-description = Description (for search engines and shares)
ui-page-help = A page (contact, about, accessibility) has no draft: it is online from the next publish.
ui-see-site = See the site
ui-interface = Workbench language
ui-change = Change
ui-filter = Filter
ui-all = All
ui-search = Search a title
ui-kind = Kind
ui-status = Status
ui-language = Language
ui-district = District
ui-title = Title
ui-date = Date
ui-findings = Findings
ui-no-capsules = No capsule matches.
ui-next-days = The next 14 days
ui-nothing-planned = nothing planned
ui-mix = Mix of kinds
ui-broken = To fix
ui-kind-tip = Tip
ui-kind-tip-help = a useful prevention habit, all year round
ui-kind-alert = Alert
ui-kind-alert-help = a current danger, with an end date
ui-kind-news = News
ui-kind-news-help = a recent fact or an action of the zone
ui-kind-fun = Fun
ui-kind-fun-help = a quiz, an anecdote, to stay in touch
ui-status-draft = draft
ui-status-review = awaiting privacy review
ui-status-scheduled = scheduled
ui-status-published = published
ui-status-ended = ended
ui-create = Create the draft
ui-summary = Summary
ui-body = Text
ui-expires = End of the alert
ui-time = time
ui-event = Event
ui-event-help = For an information evening, a bike-engraving day…: start and end, in local time; leave empty if it is not an event.
ui-event-start = Start
ui-event-end = End
ui-event-registration = Registration (web address or phone number)
ui-event-place = Place
ui-event-address = Address of the place
ui-tags = Tags
ui-tags-help = separated by commas
ui-districts = Districts
ui-photo = Photo
ui-photo-help = Drop a photo here or choose a file (JPEG, PNG, WebP or SVG, 40 MB at most).
ui-choose-file = Choose a file
ui-alt = Alternative text (what the photo shows)
ui-credit = Credit
ui-focus-help = Click on the photo (or use the arrow keys) to choose the point kept when it is cropped.
ui-crop-wide = Share (1200×630)
ui-crop-square = Square (1080×1080)
ui-video = Video
ui-video-src = Video file
ui-upload-video = Upload a video (MP4 or WebM)
ui-upload-captions = Upload captions (.vtt)
ui-video-url = or the video's address
ui-video-poster = Poster
ui-captions = Captions
ui-press = Press articles
ui-press-url = Article address
ui-outlet = Outlet
ui-social = Original posts
ui-network = Network
ui-post-url = Post address
ui-add-row = Add
ui-remove-row = Remove
ui-leaflet = Leaflet
ui-headline = Leaflet headline
ui-short = Short text
ui-cta = Call to action
ui-contact = Contact
ui-allow = Allowed texts (one per line)
ui-sms = SMS text
ui-missing-language = This language is missing
ui-required-language = required for this site
ui-start-from = Start from the text in
ui-save = Save
ui-saved = Saved.
ui-save-refused = Not saved: fix the errors shown.
ui-changed-on-disk = The file changed on disk since it was opened.
ui-reload = Reload
ui-undo = Undo the last save
ui-undone = Last save undone.
ui-publish = Publish
ui-schedule = Schedule
ui-schedule-date = Publication date
ui-review = Privacy review
ui-review-help = An alert or a news item is published only once reread: fix or allow each finding.
ui-allow-this = Allow this text
ui-reviewed-button = Reread: no private information
ui-reviewed = Review done.
ui-no-findings = No findings.
ui-checking = Checking…
ui-preview = Previews
ui-tab-page = Page
ui-tab-leaflet = Leaflet
ui-tab-kit = Social media
ui-tab-feed = Feed
ui-tab-digest = Digest
ui-refresh = Refresh the preview
ui-characters = characters
ui-segments = SMS
ui-toolbar-bold = Bold
ui-toolbar-italic = Italic
ui-toolbar-link = Link
ui-toolbar-list = List
ui-toolbar-heading = Heading
ui-toolbar-internal = Link to a capsule or page
ui-insert = Insert
ui-locked = Open the workbench with the address “vigie serve” printed: it holds a key that changes at each start.
ui-broken-site = The site does not load
ui-rendered = The text, rendered
ui-fields-once = For every language
ui-publish-site = Put online
ui-no-targets = No destination: add a [publish.web] table to site.toml (see docs/publish.md).
ui-see-what-goes = See what will be sent
ui-allow-removals = Allow removing published addresses
ui-publish-now = Send now
ui-cancel = Cancel
ui-nothing-to-publish = Nothing to send: the destination already holds this site.
ui-files-new = new
ui-files-changed = changed
ui-files-removed = removed
ui-files-unchanged = unchanged
ui-files-sent = files sent
ui-file-list = The files
ui-published-to = Put online at
ui-publish-changed = The site changed since the summary: here is the new one; check it before sending.
ui-library = Library
ui-library-help = The capsules the sites you follow share ([[library]] in site.toml). Adopting one makes a draft here, with its translations, its picture and the credit of its first site.
ui-no-libraries = No library: add a [[library]] table (name, url) to site.toml to follow a police zone's or a commune's site (see docs/exchange.md).
ui-adopt = Adopt
ui-adopted-here = Adopted here
ui-open-here = Open
ui-changed-at-source = Changed at the source
ui-differences = Differences, field by field
ui-diff-legend = − here, + at the source
ui-library-no-language = This capsule is offered in none of this site's languages.
ui-offered-by = Offered by
