//! Calendars per language (RFC 5545): `capsules/<slug>/event.ics` for each event capsule, the
//! "add to my calendar" file, and `calendar.ics`, a feed of the coming events and running
//! alerts residents subscribe to. Written by the icalendar crate, which escapes and folds.
//!
//! Times are written in UTC, which every calendar shows in its reader's zone, right across a
//! change to or from summer time; every value comes from the capsule, never from the clock, so
//! a rebuild writes the same bytes and UIDs stay the same between builds.

use icalendar::{Calendar, Component, EventLike};
use jiff::Timestamp;

use super::{RenderContext, Renderer, Report};
use crate::content::capsule::Capsule;
use crate::content::front_matter::Kind;
use crate::error::Result;
use crate::site::Site;

pub struct Calendars;

/// Where a capsule's event file goes.
pub fn event_path(site: &Site, lang: &str, slug: &str) -> String {
    format!("{}event.ics", site.urls.capsule(lang, slug))
}

/// Where a language's calendar feed goes.
pub fn feed_path(lang: &str) -> String {
    format!("{lang}/calendar.ics")
}

impl Renderer for Calendars {
    fn name(&self) -> &'static str {
        "output-calendars"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        let site = ctx.site;
        let mut files = 0;
        for lang in site.languages() {
            let index = site.in_language(lang);
            for &i in &index.built {
                let capsule = &site.capsules[i];
                if capsule.event.is_none() || !ctx.wants(capsule) {
                    continue;
                }
                let mut calendar = new_calendar(site, lang, &capsule_title(lang, capsule));
                calendar.push(entry(site, lang, capsule));
                let path = event_path(site, lang, &capsule.slug);
                ctx.out
                    .write(&path, calendar.done().to_string().as_bytes())?;
                files += 1;
            }
            let mut feed = new_calendar(site, lang, site.config.title(lang));
            // Events, then alerts: a capsule may be both, and is written once.
            let alerts = index
                .active_alerts
                .iter()
                .filter(|&&i| site.capsules[i].event.is_none());
            for &i in index.events.iter().chain(alerts) {
                feed.push(entry(site, lang, &site.capsules[i]));
            }
            ctx.out
                .write(&feed_path(lang), feed.done().to_string().as_bytes())?;
            files += 1;
        }
        Ok(Report::files(files))
    }
}

fn capsule_title(lang: &str, capsule: &Capsule) -> String {
    capsule
        .translation(lang)
        .map_or_else(|| capsule.slug.clone(), |t| t.title.clone())
}

/// An empty calendar named `name`, its language `lang`.
pub fn new_calendar(site: &Site, lang: &str, name: &str) -> Calendar {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(icalendar::Property::new("VERSION", "2.0"))
        .append_property(icalendar::Property::new(
            "PRODID",
            format!(
                "-//Vigie//{}//{}",
                env!("CARGO_PKG_VERSION"),
                lang.to_uppercase()
            ),
        ))
        .append_property(icalendar::Property::new("CALSCALE", "GREGORIAN"))
        .append_property(icalendar::Property::new("METHOD", "PUBLISH"))
        // The crate escapes a name only when told it is text.
        .append_property(
            icalendar::Property::new("NAME", text(name))
                .add_parameter("VALUE", "TEXT")
                .done(),
        )
        .append_property(
            icalendar::Property::new("X-WR-CALNAME", text(name))
                .add_parameter("VALUE", "TEXT")
                .done(),
        )
        .append_property(icalendar::Property::new(
            "X-WR-TIMEZONE",
            site.tz.iana_name().unwrap_or("UTC"),
        ));
    calendar
}

/// A capsule as a calendar entry: its event, or for an alert the time it runs.
fn entry(site: &Site, lang: &str, capsule: &Capsule) -> icalendar::Event {
    let urls = &site.urls;
    let url = urls.absolute(&urls.capsule(lang, &capsule.slug));
    let t = capsule.translation(lang);
    let (kind, start, end) = match &capsule.event {
        Some(e) => ("event", e.start, e.end),
        None => (
            "alert",
            capsule.date,
            capsule.expires.unwrap_or(capsule.date),
        ),
    };
    let mut event = timed(
        site,
        (kind, capsule),
        (start, end),
        &capsule_title(lang, capsule),
    );
    event.url(&url);
    let mut description = t.map(|t| t.summary.clone()).unwrap_or_default();
    if let Some(registration) = capsule.event.as_ref().and_then(|e| e.registration.as_ref()) {
        let words = site.theme.strings[lang]["event_registration"]
            .as_str()
            .unwrap_or("Registration");
        description.push_str(&format!("\n\n{words}: {registration}"));
    }
    description.push_str(&format!("\n\n{url}"));
    event.description(&text(&description));
    if let Some(venue) = t.and_then(|t| t.venue.as_ref()) {
        let location = match &venue.address {
            Some(address) => format!("{}, {address}", venue.place),
            None => venue.place.clone(),
        };
        event.location(&text(&location));
    }
    if capsule.kind == Kind::Alert {
        event.add_property("CATEGORIES", "ALERT");
    }
    event.done()
}

/// An entry of `capsule` (its UID made of `what` and the capsule) from `start` to `end`, named
/// `summary`; stamped with the capsule's date, so that a rebuild writes the same bytes.
pub fn timed(
    site: &Site,
    (what, capsule): (&str, &Capsule),
    (start, end): (Timestamp, Timestamp),
    summary: &str,
) -> icalendar::Event {
    let mut event = icalendar::Event::new();
    event
        .uid(&uid(site, what, &capsule.slug))
        .add_property("DTSTAMP", utc(capsule.date))
        .add_property("DTSTART", utc(start))
        .add_property("DTEND", utc(end))
        .summary(&text(summary));
    event
}

/// A UID that stays the same between builds: what the entry is, the capsule, the site's host.
fn uid(site: &Site, what: &str, slug: &str) -> String {
    let host = url::Url::parse(&site.urls.absolute(""))
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| "vigie".into());
    format!("{what}-{slug}@{host}")
}

/// A moment as iCalendar's UTC form (`20261212T130000Z`).
fn utc(ts: Timestamp) -> String {
    ts.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// Text as a calendar line may hold it: line breaks as `\n` only (the crate escapes those),
/// no other control character, which would break the file for every subscriber.
pub fn text(value: &str) -> String {
    value
        .replace("\r\n", "\n")
        .chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\r' | '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}
