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
