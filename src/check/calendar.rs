//! `vigie check --calendar FILE.ics`: the editorial calendar, for the team's own calendar
//! program (Outlook, Thunderbird, a phone): when each scheduled capsule goes out, when each
//! running alert ends, when each coming event takes place. In the webmaster's language; the
//! capsules' titles in the site's first language that has them.

use icalendar::{Component, EventLike};
use jiff::{SignedDuration, Timestamp};

use crate::content::capsule::{Capsule, Status};
use crate::messages::Message;
use crate::output::calendar::{new_calendar, text, timed};
use crate::site::Site;

/// How long a moment (a capsule going out, an alert ending) lasts in the calendar: a calendar
/// entry must end after it starts.
const MOMENT: SignedDuration = SignedDuration::from_mins(15);

/// The editorial calendar of `site` as an iCalendar file.
pub fn editorial(site: &Site) -> String {
    let lang = site.config.default_language();
    let name = Message::new("editorial-calendar-name")
        .arg("site", site.config.title(lang))
        .text();
    let mut entries = Vec::new();
    for capsule in site.capsules.iter().filter(|c| !c.draft) {
        let title = capsule
            .translations
            .first()
            .map_or(capsule.slug.as_str(), |t| t.title.as_str());
        let mut push = |what: &str, key: &'static str, start: Timestamp, end: Timestamp| {
            let summary = Message::new(key)
                .arg("title", title)
                .arg("kind", capsule.kind.as_str())
                .text();
            let mut entry = timed(site, (what, capsule), (start, end), &summary);
            entry.description(&text(&details(site, capsule)));
            if let Some(venue) = capsule.translations.first().and_then(|t| t.venue.as_ref()) {
                if what == "editorial-event" {
                    entry.location(&text(&venue.place));
                }
            }
            entries.push((start, entry.done()));
        };
        if capsule.status == Status::Scheduled {
            push(
                "editorial-out",
                "editorial-goes-out",
                capsule.date,
                capsule.date + MOMENT,
            );
        }
        if let Some(end) = capsule.expires.filter(|&e| e > site.now) {
            push("editorial-ends", "editorial-alert-ends", end, end + MOMENT);
        }
        if let Some(event) = capsule.event.as_ref().filter(|e| e.end > site.now) {
            push("editorial-event", "editorial-event", event.start, event.end);
        }
    }
    // In the order they happen, for whoever reads the file itself.
    entries.sort_by_key(|(start, _)| *start);
    let mut calendar = new_calendar(site, lang, &name);
    for (_, entry) in entries {
        calendar.push(entry);
    }
    calendar.done().to_string()
}

/// Where the capsule is on disk and on the site, for whoever opens the entry.
fn details(site: &Site, capsule: &Capsule) -> String {
    let lang = capsule
        .translations
        .first()
        .map_or(site.config.default_language(), |t| t.lang.as_str());
    format!(
        "{}\n{}",
        capsule.rel_dir.display(),
        site.urls.absolute(&site.urls.capsule(lang, &capsule.slug))
    )
}
