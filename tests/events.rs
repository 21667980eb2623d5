//! Events: `[event]` in a capsule's front matter, its `event.ics`, and the calendar feed of each
//! language, read back by an independent parser (Python's icalendar).

mod common;

use std::path::Path;
use std::process::Command;

use common::{attrs, html, select, target_of, text_of, Site};

/// An information evening the night summer time begins (28 March 2027, 02:00 in Brussels), a
/// place in each language, and a title made to break a calendar file.
const SPRING_EVENING: &str = r#"+++
title = "Soirée; \"info\", vols\\cambriolages: à vos agendas"
kind = "news"
date = 2026-11-25
privacy_reviewed = true
[event]
start = 2027-03-27T20:00:00
end = 2027-03-28T10:00:00
place = "Salle des fêtes, rez-de-chaussée"
address = "Rue de l'Église 1; 1000 Test"
registration = "0800 12 345"
+++
Venez nombreux.
"#;

const SPRING_EVENING_NL: &str = r#"+++
title = "Infoavond"
[event]
place = "Feestzaal"
+++
Kom allen.
"#;

/// An engraving day over before the build's `now`.
const PAST_DAY: &str = r#"+++
title = "Gravure de vélos"
kind = "news"
date = 2026-10-01
privacy_reviewed = true
[event]
start = 2026-10-10T09:00:00
end = 2026-10-10T12:00:00
place = "Parvis"
+++
C'était bien.
"#;

const ALERT: &str = r#"+++
title = "Vols dans les voitures"
kind = "alert"
date = 2026-11-28
expires = 2026-12-20
privacy_reviewed = true
+++
Ne laissez rien en vue.
"#;

fn event_site() -> Site {
    let site = Site::minimal();
    site.write("content/capsules/soiree/index.fr.md", SPRING_EVENING);
    site.write("content/capsules/soiree/index.nl.md", SPRING_EVENING_NL);
    site.write("content/capsules/gravure/index.fr.md", PAST_DAY);
    site.write("content/capsules/vols/index.fr.md", ALERT);
    site
}

/// Each VEVENT of an iCalendar file as Python's icalendar reads it, its times in Brussels.
fn parsed_events(file: &Path) -> Vec<serde_json::Value> {
    let script = "import sys, json, icalendar, zoneinfo\n\
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n\
        tz = zoneinfo.ZoneInfo('Europe/Brussels')\n\
        out = []\n\
        for e in cal.walk('VEVENT'):\n\
        \x20   out.append({k.lower(): str(e.get(k)) for k in ('UID', 'SUMMARY', 'LOCATION', 'DESCRIPTION', 'URL') if e.get(k) is not None})\n\
        \x20   for k in ('DTSTART', 'DTEND', 'DTSTAMP'):\n\
        \x20       out[-1][k.lower()] = e.decoded(k).astimezone(tz).isoformat()\n\
        print(json.dumps({'name': str(cal.get('X-WR-CALNAME') or cal.get('NAME') or ''), 'events': out}))\n";
    let out = Command::new("timeout")
        // Debian's Python, where .ci/run installs python3-icalendar.
        .args(["60", "/usr/bin/python3", "-c", script])
        .arg(file)
        .output()
        .expect("timeout and /usr/bin/python3");
    assert!(
        out.status.success(),
        "{} is not read as a calendar:\n{}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let parsed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    parsed["events"].as_array().expect("events").clone()
}

/// RFC 5545's shape: CRLF line ends, lines of at most 75 octets, folded with a space.
fn assert_calendar_lines(file: &Path) {
    let bytes = std::fs::read(file).expect("calendar file");
    let text = String::from_utf8(bytes).expect("UTF-8");
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert!(text.ends_with("END:VCALENDAR\r\n"), "{text}");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "a line longer than 75 octets: {line:?}");
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "a bare line break: {line:?}"
        );
    }
}

#[test]
fn an_event_gets_a_calendar_file_with_its_times_in_brussels_across_summer_time() {
    let site = event_site();
    let public = site.build(&["--no-leaflets"]);
    let file = public.join("fr/capsules/soiree/event.ics");
    assert_calendar_lines(&file);
    let events = parsed_events(&file);
    assert_eq!(events.len(), 1, "{events:?}");
    let e = &events[0];
    // Winter time at the start, summer time at the end: the same wall-clock hours as written.
    assert_eq!(e["dtstart"], "2027-03-27T20:00:00+01:00");
    assert_eq!(e["dtend"], "2027-03-28T10:00:00+02:00");
    assert_eq!(
        e["summary"],
        "Soirée; \"info\", vols\\cambriolages: à vos agendas"
    );
    assert_eq!(
        e["location"],
        "Salle des fêtes, rez-de-chaussée, Rue de l'Église 1; 1000 Test"
    );
    assert_eq!(e["url"], "https://prevention.test.be/fr/capsules/soiree/");
    let description = e["description"].as_str().unwrap();
    assert!(
        description.contains("Inscription: 0800 12 345"),
        "{description}"
    );
    assert!(
        description.ends_with("https://prevention.test.be/fr/capsules/soiree/"),
        "{description}"
    );

    // The Dutch file has the Dutch place (the address, given once, for both), and the same
    // event (the same UID).
    let nl = parsed_events(&public.join("nl/capsules/soiree/event.ics"));
    assert_eq!(nl[0]["location"], "Feestzaal, Rue de l'Église 1; 1000 Test");
    assert_eq!(nl[0]["summary"], "Infoavond");
    assert_eq!(nl[0]["uid"], e["uid"]);
}

#[test]
fn the_calendar_feed_holds_coming_events_and_running_alerts_and_keeps_its_bytes() {
    let site = event_site();
    let public = site.build(&["--no-leaflets"]);
    let feed = public.join("fr/calendar.ics");
    assert_calendar_lines(&feed);
    let first = std::fs::read(&feed).unwrap();
    let events = parsed_events(&feed);
    let uids: Vec<&str> = events.iter().map(|e| e["uid"].as_str().unwrap()).collect();
    assert_eq!(
        uids,
        [
            "event-soiree@prevention.test.be",
            "alert-vols@prevention.test.be"
        ],
        "the engraving day is over: {events:?}"
    );
    let alert = &events[1];
    assert_eq!(alert["dtstart"], "2026-11-28T00:00:00+01:00");
    assert_eq!(alert["dtend"], "2026-12-20T00:00:00+01:00");
    // Nothing in it comes from the clock: a second build writes the same bytes.
    let again = site.build(&["--no-leaflets"]);
    assert_eq!(std::fs::read(again.join("fr/calendar.ics")).unwrap(), first);
    // The event that is over keeps its page and its file, and leaves the lists.
    assert!(public.join("fr/capsules/gravure/event.ics").is_file());
    let list = std::fs::read_to_string(public.join("fr/capsules/index.html")).unwrap();
    assert!(!list.contains("capsules/gravure/"), "{list}");
    // The Dutch feed has only what has a Dutch text.
    let nl: Vec<String> = parsed_events(&public.join("nl/calendar.ics"))
        .iter()
        .map(|e| e["uid"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(nl, ["event-soiree@prevention.test.be"]);
    // Once the evening is over, it leaves the feed too.
    let later = site.vigie(&["build", "--no-leaflets", "--now", "2027-03-29"]);
    assert!(later.status.success(), "{}", common::stderr(&later));
    assert!(parsed_events(&public.join("fr/calendar.ics")).is_empty());
}

#[test]
fn hostile_event_text_stays_text_in_the_calendar() {
    let site = Site::minimal();
    site.write(
        "content/capsules/piege/index.fr.md",
        "+++\ntitle = \"Piège\\r\\nEND:VEVENT\\r\\nBEGIN:VEVENT\\r\\nSUMMARY:faux\\u0007\"\n\
         kind = \"tip\"\ndate = 2026-11-20\n[event]\nstart = 2026-12-12T14:00:00\n\
         end = 2026-12-12T17:00:00\nplace = \"Ici\\nEND:VCALENDAR\"\n+++\nTexte.\n",
    );
    let public = site.build(&["--no-leaflets"]);
    let file = public.join("fr/capsules/piege/event.ics");
    assert_calendar_lines(&file);
    let events = parsed_events(&file);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(
        events[0]["summary"],
        "Piège\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:faux"
    );
    assert_eq!(events[0]["location"], "Ici\nEND:VCALENDAR");
}

#[test]
fn an_event_without_a_place_or_ending_before_it_starts_is_refused_where_it_is_written() {
    let cases = [
        (
            "[event]\nstart = 2026-12-12T14:00:00\nend = 2026-12-12T13:00:00\nplace = \"Ici\"\n",
            "the event's `end` is not after its `start`",
            "7:7",
        ),
        (
            "[event]\nstart = 2026-12-12T14:00:00\nend = 2026-12-12T17:00:00\n",
            "the event has no place in this language",
            "5:1",
        ),
        (
            "[event]\nend = 2026-12-12T17:00:00\nplace = \"Ici\"\n",
            "the event has no `start`",
            "5:1",
        ),
        (
            "[event]\nstart = 2026-12-12T14:00:00\nend = 2026-12-12T17:00:00\nplace = \"Ici\"\nregistration = \"javascript:alert(1)\"\n",
            "`javascript:alert(1)` is neither a web address nor a phone number",
            "9:16",
        ),
        (
            "[event]\nstart = 2026-12-12T14:00:00\nend = 2026-12-12T17:00:00\nplace = \"Ici\"\nregistration = \"https://x.be/\\nBEGIN:VEVENT\"\n",
            "is neither a web address nor a phone number",
            "9:16",
        ),
        (
            "[event]\nstart = 2026-12-12T14:00:00\nend = 2026-12-12T17:00:00\nplace = \"Ici\"\nwhere = \"là\"\n",
            "where",
            "9:1",
        ),
    ];
    for (event, message, at) in cases {
        let site = Site::minimal();
        site.write(
            "content/capsules/soiree/index.fr.md",
            &format!(
                "+++\ntitle = \"Soirée\"\nkind = \"tip\"\ndate = 2026-11-20\n{event}+++\nTexte.\n"
            ),
        );
        let err = site.failed_build();
        let location = format!("content/capsules/soiree/index.fr.md:{at}");
        assert!(
            err.contains(message) && err.contains(&location),
            "{event}: expected {message} at {location} in\n{err}"
        );
    }
}

#[test]
fn residents_see_when_and_where_on_the_page_in_the_events_list_and_the_menu() {
    let site = event_site();
    let public = site.build(&["--no-leaflets"]);
    let page = html(&public.join("fr/capsules/soiree/index.html"));
    let terms: Vec<String> = select(&page, "dl.event dt")
        .iter()
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(terms, ["Quand", "Où", "Inscription"]);
    let details: Vec<String> = select(&page, "dl.event dd")
        .iter()
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(details[0], "27 mars 2027, 20:00 – 28 mars 2027, 10:00");
    assert_eq!(
        details[1],
        "Salle des fêtes, rez-de-chausséeRue de l'Église 1; 1000 Test"
    );
    assert_eq!(
        attrs(&page, "dl.event time", "datetime"),
        ["2027-03-27T20:00:00+01:00"]
    );
    assert_eq!(attrs(&page, "dl.event a", "href"), ["tel:080012345"]);
    let add = attrs(&page, ".add-event a", "href");
    assert_eq!(add.len(), 1);
    let file = target_of(&public, &add[0]).expect("a file");
    assert!(file.ends_with("fr/capsules/soiree/event.ics"), "{file:?}");

    // Every page announces the calendar beside the feeds, and links it in its footer.
    let home = html(&public.join("fr/index.html"));
    assert_eq!(
        attrs(&home, "link[type='text/calendar']", "href"),
        ["https://prevention.test.be/fr/calendar.ics"]
    );
    assert_eq!(
        attrs(&home, "footer a[type='text/calendar']", "href").len(),
        1
    );
    // The menu has an entry for events while some are coming, leading to their list.
    let menu: Vec<String> = select(&home, "nav.menu a")
        .iter()
        .map(|e| e.text().collect())
        .collect();
    assert!(menu.iter().any(|m| m == "Évènements"), "{menu:?}");
    let list = html(&public.join("fr/events/index.html"));
    let listed = attrs(&list, ".cards h2 a", "href");
    assert_eq!(
        listed,
        ["/fr/capsules/soiree/"],
        "the engraving day is over"
    );
    assert_eq!(
        text_of(&list, ".cards .when"),
        "27 mars 2027, 20:00 – 28 mars 2027, 10:00"
    );

    // The day that is over keeps its page, says so, and offers no calendar entry.
    let past = html(&public.join("fr/capsules/gravure/index.html"));
    assert_eq!(text_of(&past, ".notice.ended"), "Cet évènement a eu lieu.");
    assert!(select(&past, ".add-event").is_empty());

    // Once the last event is over, the menu entry goes; the list says there is none.
    let later = site.vigie(&["build", "--no-leaflets", "--now", "2027-03-29"]);
    assert!(later.status.success(), "{}", common::stderr(&later));
    let home = html(&public.join("fr/index.html"));
    assert!(select(&home, "nav.menu a")
        .iter()
        .all(|e| e.text().collect::<String>() != "Évènements"));
    let list = html(&public.join("fr/events/index.html"));
    assert!(select(&list, ".cards").is_empty());
    assert_eq!(
        text_of(&list, ".empty"),
        "Aucun évènement n'est prévu pour le moment."
    );
    common::assert_links_resolve(&public, "https://prevention.test.be", "/");
}

#[test]
fn the_editorial_calendar_shows_the_team_what_goes_out_what_ends_and_what_takes_place() {
    let site = event_site();
    site.write(
        "content/capsules/samedi/index.fr.md",
        "+++\ntitle = \"Conseil\\r\\nEND:VCALENDAR du samedi\"\nkind = \"tip\"\ndate = 2026-12-05T08:00:00\n+++\nTexte.\n",
    );
    site.write(
        "content/capsules/brouillon/index.fr.md",
        "+++\ntitle = \"Brouillon\"\nkind = \"tip\"\ndate = 2026-12-06\ndraft = true\n+++\nTexte.\n",
    );
    let file = site.path().join("équipe.ics");
    let out = site.vigie(&[
        "--lang",
        "fr",
        "check",
        "--no-leaflets",
        "--now",
        common::NOW,
        "--calendar",
        file.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert_calendar_lines(&file);
    let events = parsed_events(&file);
    let found: Vec<(&str, &str)> = events
        .iter()
        .map(|e| {
            (
                e["summary"].as_str().unwrap(),
                e["dtstart"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "Parution : Conseil\nEND:VCALENDAR du samedi (conseil)",
                "2026-12-05T08:00:00+01:00"
            ),
            (
                "Fin de l'alerte : Vols dans les voitures",
                "2026-12-20T00:00:00+01:00"
            ),
            (
                "Évènement : Soirée; \"info\", vols\\cambriolages: à vos agendas",
                "2027-03-27T20:00:00+01:00"
            ),
        ],
        "neither the draft nor the day that is over: {events:?}"
    );
    assert_eq!(events[2]["location"], "Salle des fêtes, rez-de-chaussée");
    assert!(events[0]["description"]
        .as_str()
        .unwrap()
        .starts_with("content/capsules/samedi\n"));

    // A calendar that cannot be written is an error naming the file, after the report.
    let nowhere = site.path().join("absent/equipe.ics");
    let out = site.vigie(&[
        "check",
        "--no-leaflets",
        "--now",
        common::NOW,
        "--calendar",
        nowhere.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    assert!(
        common::stderr(&out).contains("absent/equipe.ics"),
        "{}",
        common::stderr(&out)
    );
}

#[test]
fn an_event_leaflet_prints_when_and_where_before_its_text() {
    let site = event_site();
    let public = site.build(&[]);
    let text = common::pdf_text(&public.join("fr/capsules/soiree/leaflet.pdf"));
    // Words, whatever spaces typography put between them.
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let when = words
        .find("27 mars 2027, 20:00 – 28 mars 2027, 10:00")
        .unwrap_or_else(|| panic!("no date and hours in:\n{words}"));
    for what in [
        "Salle des fêtes, rez-de-chaussée",
        "Rue de l’Église 1; 1000 Test",
        "0800 12 345",
    ] {
        assert!(words.contains(what), "{what} not in:\n{words}");
    }
    let body = words.find("Venez nombreux").expect("the text");
    assert!(when < body, "the date comes before the text:\n{words}");
}
