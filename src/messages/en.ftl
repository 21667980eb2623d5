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
