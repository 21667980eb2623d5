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
    ts.to_zoned_datetime(tz.clone())
        .strftime("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
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
    }
}
