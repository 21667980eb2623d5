# Vigie's messages in English, the language every other falls back to.
# A translator edits these files without reading Rust: each message has a key, its text, and
# sometimes a `.hint` (what to do about it). { $name } is a value Vigie fills in; keep every
# placeholder of the English text, in the order the language wants.

diagnostic-error = error
diagnostic-help = help

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
   *[other] ; short text on { $shortened } leaflets whose body is too long for one page
}
build-booklets = booklets: { $booklets }; { $typeset } typeset, { $reused } from the cache
build-next-change = next change due: { $when } (build and publish again then)
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

## The preview's page when the build failed.
preview-failed-title = Vigie: the build failed
preview-failed = The build failed
preview-failed-fix = Fix the file below and save: this page reloads by itself.

## What the build's progress bar names: its outputs.
output-html = pages
output-leaflet-lists = leaflet lists
output-leaflets = leaflets
output-booklets = booklets
output-exchange = exchange
output-digest = digest
output-server-rules = server rules
output-files = files
output-favicon = favicon
output-images = pictures
output-feeds = feeds
output-sitemap = sitemap
