//! Dates as residents read them, per language, in the site's time zone.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde_json::Value;

/// "4 novembre 2025", "4. November 2025": the pattern and month names come from the theme's
/// interface strings (`date_format`, `months`).
pub fn human_date(ts: Timestamp, tz: &TimeZone, strings: &Value) -> String {
    let date = ts.to_zoned_datetime(tz.clone()).date();
    let month = strings["months"]
        .get(date.month() as usize - 1)
        .and_then(Value::as_str);
    let format = strings["date_format"].as_str();
    match (month, format) {
        (Some(month), Some(format)) => format
            .replace("{day}", &date.day().to_string())
            .replace("{month}", month)
            .replace("{year}", &date.year().to_string()),
        _ => date.to_string(),
    }
}

/// RFC 3339 with the site's offset, for `datetime` attributes and metadata.
pub fn iso_datetime(ts: Timestamp, tz: &TimeZone) -> String {
    in_zone(ts, tz).strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// When an event happens, as people say it: `12 décembre 2026, 14:00–17:00`, or both dates
/// when it runs past midnight.
pub fn human_span(start: Timestamp, end: Timestamp, tz: &TimeZone, strings: &Value) -> String {
    let time = |ts: Timestamp| {
        ts.to_zoned_datetime(tz.clone())
            .strftime("%H:%M")
            .to_string()
    };
    let day = |ts: Timestamp| ts.to_zoned_datetime(tz.clone()).date();
    if day(start) == day(end) {
        format!(
            "{}, {}–{}",
            human_date(start, tz, strings),
            time(start),
            time(end)
        )
    } else {
        format!(
            "{}, {} – {}, {}",
            human_date(start, tz, strings),
            time(start),
            human_date(end, tz, strings),
            time(end)
        )
    }
}

/// RFC 822 (as RSS wants it), with the site's offset.
pub fn rfc822(ts: Timestamp, tz: &TimeZone) -> String {
    in_zone(ts, tz)
        .strftime("%a, %d %b %Y %H:%M:%S %z")
        .to_string()
}

/// `ts` in the site's time zone, or in UTC where the zone's offset is not a whole number of
/// minutes (local mean time before 1892 in Brussels was +00:17:30), which neither RFC 3339
/// nor RFC 822 can write.
fn in_zone(ts: Timestamp, tz: &TimeZone) -> jiff::ZonedDateTime {
    let zoned = ts.to_zoned_datetime(tz.clone());
    if zoned.offset().seconds() % 60 == 0 {
        zoned
    } else {
        ts.to_zoned_datetime(TimeZone::UTC)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_the_locale_and_time_zone() {
        let tz = TimeZone::get("Europe/Brussels").unwrap();
        let ts: Timestamp = "2025-11-03T23:30:00Z".parse().unwrap();
        let fr = serde_json::json!({"date_format": "{day} {month} {year}", "months": ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]});
        assert_eq!(human_date(ts, &tz, &fr), "4 novembre 2025");
        assert_eq!(iso_datetime(ts, &tz), "2025-11-04T00:30:00+01:00");
        assert_eq!(human_date(ts, &tz, &serde_json::json!({})), "2025-11-04");
        assert_eq!(rfc822(ts, &tz), "Tue, 04 Nov 2025 00:30:00 +0100");
    }

    #[test]
    fn offsets_in_seconds_are_written_in_utc() {
        let tz = TimeZone::get("Europe/Brussels").unwrap();
        let ts: Timestamp = "1880-06-01T12:00:00Z".parse().unwrap();
        assert_eq!(iso_datetime(ts, &tz), "1880-06-01T12:00:00+00:00");
        assert_eq!(rfc822(ts, &tz), "Tue, 01 Jun 1880 12:00:00 +0000");
    }
}
