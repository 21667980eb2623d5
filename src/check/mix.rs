//! The message mix and the coming days: what was published over the last 30 and 90 days
//! against the `[mix]` target of site.toml, in plain words; the capsules scheduled for the next
//! 14 days, weekends marked; and the alerts about to end.
//!
//! Prevention services found that a channel works when it mostly gives practical tips, adds
//! something light each month and factual news now and then, and keeps alerts for real
//! phenomena.

use jiff::civil::{Date, Weekday};
use jiff::{Timestamp, ToSpan};
use serde::Serialize;

use crate::content::capsule::{Capsule, Status};
use crate::content::front_matter::Kind;
use crate::messages::Message;
use crate::site::Site;

/// Published capsules per kind over a window of days.
#[derive(Debug, Serialize)]
pub struct Window {
    pub days: i64,
    pub tip: usize,
    pub alert: usize,
    pub news: usize,
    pub fun: usize,
}

impl Window {
    fn empty(days: i64) -> Window {
        Window {
            days,
            tip: 0,
            alert: 0,
            news: 0,
            fun: 0,
        }
    }

    fn add(&mut self, kind: Kind) {
        match kind {
            Kind::Tip => self.tip += 1,
            Kind::Alert => self.alert += 1,
            Kind::News => self.news += 1,
            Kind::Fun => self.fun += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.tip + self.alert + self.news + self.fun
    }

    pub fn count(&self, kind: Kind) -> usize {
        match kind {
            Kind::Tip => self.tip,
            Kind::Alert => self.alert,
            Kind::News => self.news,
            Kind::Fun => self.fun,
        }
    }

    /// The share of `kind`, in percent.
    pub fn percent(&self, kind: Kind) -> usize {
        (self.count(kind) * 100)
            .checked_div(self.total())
            .unwrap_or(0)
    }
}

/// Published capsules per kind in one calendar month, for the chart.
#[derive(Debug, Serialize)]
pub struct Month {
    /// `2026-11`.
    pub month: String,
    pub counts: Window,
}

#[derive(Debug, Default, Serialize)]
pub struct Mix {
    /// The last 30 and 90 days.
    pub windows: Vec<Window>,
    /// The last six months, oldest first.
    pub months: Vec<Month>,
    /// Percent per kind, from `[mix]`.
    pub target: Target,
    /// What to do, in plain words; one line when all is well.
    pub verdict: Vec<Message>,
}

#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct Target {
    pub tip: u32,
    pub alert: u32,
    pub news: u32,
    pub fun: u32,
}

/// One of the next 14 days.
#[derive(Debug, Serialize)]
pub struct Day {
    pub date: String,
    pub weekday: Message,
    pub weekend: bool,
    pub capsules: Vec<Scheduled>,
}

#[derive(Debug, Serialize)]
pub struct Scheduled {
    pub folder: String,
    pub title: String,
    pub kind: Kind,
}

#[derive(Debug, Serialize)]
pub struct Ending {
    pub folder: String,
    pub title: String,
    pub ends: String,
}

#[derive(Debug, Default, Serialize)]
pub struct Calendar {
    pub days: Vec<Day>,
    /// Alerts still running that end within a week.
    pub ending: Vec<Ending>,
    pub verdict: Vec<Message>,
}

/// Capsules the public has seen: published, or alerts that have ended.
fn published(site: &Site) -> impl Iterator<Item = &Capsule> {
    site.capsules
        .iter()
        .filter(|c| matches!(c.status, Status::Published | Status::Ended))
}

fn window(site: &Site, days: i64) -> Window {
    let from = site.now.as_second() - days * 86_400;
    let mut w = Window::empty(days);
    for c in published(site).filter(|c| c.date.as_second() > from) {
        w.add(c.kind);
    }
    w
}

fn day(site: &Site, ts: Timestamp) -> Date {
    ts.to_zoned_datetime(site.tz.clone()).date()
}

pub fn mix(site: &Site) -> Mix {
    let m = &site.config.mix;
    let target = Target {
        tip: m.tip,
        alert: m.alert,
        news: m.news,
        fun: m.fun,
    };
    let month30 = window(site, 30);
    let quarter = window(site, 90);
    let mut verdict = Vec::new();
    if month30.total() == 0 {
        verdict.push(Message::new("mix-nothing-published"));
    } else {
        if month30.fun == 0 {
            verdict.push(Message::new("mix-nothing-light"));
        }
        let alerts = month30.percent(Kind::Alert) as i64;
        if alerts > i64::from(target.alert) + 25 {
            verdict.push(
                Message::new("mix-too-many-alerts")
                    .arg("percent", alerts)
                    .arg("target", target.alert),
            );
        }
    }
    if quarter.total() > 0 {
        let tips = quarter.percent(Kind::Tip) as i64;
        if tips + 20 < i64::from(target.tip) {
            verdict.push(
                Message::new("mix-too-few-tips")
                    .arg("percent", tips)
                    .arg("target", target.tip),
            );
        }
        if quarter.news == 0 && target.news > 0 {
            verdict.push(Message::new("mix-no-news"));
        }
    }
    if verdict.is_empty() {
        verdict.push(Message::new("mix-good"));
    }
    let today = day(site, site.now);
    let months = (0..6)
        .rev()
        .map(|back| {
            let first = today.first_of_month().saturating_sub(back.months());
            let mut counts = Window::empty(i64::from(first.days_in_month()));
            for c in published(site) {
                let d = day(site, c.date);
                if d.year() == first.year() && d.month() == first.month() {
                    counts.add(c.kind);
                }
            }
            Month {
                month: format!("{}-{:02}", first.year(), first.month()),
                counts,
            }
        })
        .collect();
    Mix {
        windows: vec![month30, quarter],
        months,
        target,
        verdict,
    }
}

pub fn calendar(site: &Site) -> Calendar {
    let today = day(site, site.now);
    let folder = |c: &Capsule| c.rel_dir.display().to_string();
    let title = |c: &Capsule| {
        c.translations
            .first()
            .map(|t| t.title.clone())
            .unwrap_or_default()
    };
    let days: Vec<Day> = (1..=14)
        .map(|n| {
            let date = today.saturating_add(n.days());
            let weekend = matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday);
            let capsules = site
                .capsules
                .iter()
                .filter(|c| c.status == Status::Scheduled && day(site, c.date) == date)
                .map(|c| Scheduled {
                    folder: folder(c),
                    title: title(c),
                    kind: c.kind,
                })
                .collect();
            Day {
                date: date.to_string(),
                weekday: Message::new("weekday").arg("day", weekday(date.weekday())),
                weekend,
                capsules,
            }
        })
        .collect();
    let week_ahead = site.now.as_second() + 7 * 86_400;
    let ending = site
        .capsules
        .iter()
        .filter(|c| c.kind == Kind::Alert && c.status == Status::Published)
        .filter_map(|c| {
            let ends = c.expires?;
            (ends.as_second() <= week_ahead).then(|| Ending {
                folder: folder(c),
                title: title(c),
                ends: day(site, ends).to_string(),
            })
        })
        .collect::<Vec<_>>();
    let mut verdict = Vec::new();
    let scheduled: usize = days.iter().map(|d| d.capsules.len()).sum();
    let weekend: usize = days
        .iter()
        .filter(|d| d.weekend)
        .map(|d| d.capsules.len())
        .sum();
    if scheduled == 0 {
        verdict.push(Message::new("calendar-nothing"));
    } else if weekend > 0 {
        verdict.push(
            Message::new("calendar-weekend")
                .count("weekend", weekend)
                .count("scheduled", scheduled),
        );
    } else {
        verdict.push(Message::new("calendar-scheduled").count("scheduled", scheduled));
    }
    for e in &ending {
        verdict.push(
            Message::new("calendar-alert-ends")
                .arg("title", &e.title)
                .arg("date", &e.ends),
        );
    }
    Calendar {
        days,
        ending,
        verdict,
    }
}

/// The catalogue's name of a day of the week.
fn weekday(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "monday",
        Weekday::Tuesday => "tuesday",
        Weekday::Wednesday => "wednesday",
        Weekday::Thursday => "thursday",
        Weekday::Friday => "friday",
        Weekday::Saturday => "saturday",
        Weekday::Sunday => "sunday",
    }
}
