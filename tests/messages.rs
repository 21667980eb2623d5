//! Vigie speaks the webmaster's language: the same broken site built in French, Dutch, German
//! and English gives each error in that language, at the same place, and `check --format json`
//! keeps the same keys.

mod common;

use common::Site;

/// A site with the errors people hit first: an alert without an end, a district misspelt, a
/// capsule without a title, a capsule missing the required translation.
fn broken_site() -> Site {
    let site = Site::minimal();
    site.write(
        "content/capsules/vols/index.fr.md",
        "+++\ntitle = \"Vols de vélos\"\nkind = \"alert\"\ndate = 2026-11-20\ndistricts = [\"centr\"]\n+++\nTrois vélos volés.\n",
    );
    site.write(
        "content/capsules/faute/index.fr.md",
        "+++\ntitle = \"Une faute\"\nkind = \"tipp\"\ndate = 2026-11-20\n+++\nTexte.\n",
    );
    site.write(
        "content/capsules/lien/index.fr.md",
        "+++\ntitle = \"Un lien\"\nkind = \"tip\"\ndate = 2026-11-20\n[image]\nsrc = \"photo.jpg\"\nalt = \"Une photo\"\n+++\nVoir les vols.\n",
    );
    site.write(
        "content/capsules/sans-titre/index.fr.md",
        "+++\nkind = \"tip\"\ndate = 2026-11-20\n+++\nTexte.\n",
    );
    // Dutch is required here, and this capsule has only French.
    site.write(
        "site.toml",
        &common::MINIMAL_CONFIG.replace(
            "required_languages = [\"fr\"]",
            "required_languages = [\"fr\", \"nl\"]",
        ),
    );
    site
}

/// `vigie build` with only `LANG` set (or `--lang` given), as on a webmaster's computer.
fn build_in(site: &Site, lang_env: Option<&str>, flag: Option<&str>) -> String {
    let mut command = common::vigie_command();
    command
        .env_remove("VIGIE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    if let Some(lang) = lang_env {
        command.env("LANG", lang);
    }
    command.arg("--root").arg(site.path());
    if let Some(flag) = flag {
        command.args(["--lang", flag]);
    }
    let out = command
        .args(["build", "--now", common::NOW])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    common::stderr(&out)
}

/// The places of the errors (`--> file:line:col` lines), which no language changes.
fn places(said: &str) -> Vec<String> {
    said.lines()
        .filter(|l| l.trim_start().starts_with("-->"))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_same_errors_are_said_in_four_languages_at_the_same_places() {
    let site = broken_site();
    let english = build_in(&site, None, Some("en"));
    let expected: [(Option<&str>, Option<&str>, [&str; 7]); 4] = [
        (
            None,
            Some("en"),
            [
                "error: an alert needs an `expires` date",
                "error: unknown district `centr`",
                "help: did you mean `centre`? Districts are the keys of [districts] in site.toml",
                "error: this translation has no `title`",
                "error: the capsule has no `nl` translation, which site.toml requires",
                "error: unknown variant `tipp`",
                "error: no file `photo.jpg` in content/capsules/lien",
            ],
        ),
        (
            Some("fr_BE.UTF-8"),
            None,
            [
                "erreur: une alerte doit avoir une date de fin `expires`",
                "erreur: quartier inconnu : `centr`",
                "aide: vouliez-vous dire `centre` ? Les quartiers sont les clés de [districts] dans site.toml",
                "erreur: cette traduction n'a pas de `title`",
                "erreur: la capsule n'a pas de traduction `nl`, que site.toml exige",
                "erreur: valeur inconnue : `tipp`",
                "erreur: pas de fichier `photo.jpg` dans content/capsules/lien",
            ],
        ),
        (
            Some("nl_BE.UTF-8"),
            None,
            [
                "fout: een waarschuwing heeft een einddatum `expires` nodig",
                "fout: onbekende wijk `centr`",
                "hulp: bedoelt u `centre`? De wijken zijn de sleutels van [districts] in site.toml",
                "fout: deze vertaling heeft geen `title`",
                "fout: de capsule heeft geen vertaling `nl`, die site.toml vereist",
                "fout: onbekende waarde `tipp`",
                "fout: geen bestand `photo.jpg` in content/capsules/lien",
            ],
        ),
        (
            Some("de_BE.UTF-8"),
            None,
            [
                "Fehler: eine Warnung braucht ein Enddatum `expires`",
                "Fehler: unbekanntes Viertel `centr`",
                "Hilfe: meinten Sie `centre`? Die Viertel sind die Schlüssel von [districts] in site.toml",
                "Fehler: diese Übersetzung hat keinen `title`",
                "Fehler: die Kapsel hat keine Übersetzung `nl`, die site.toml verlangt",
                "Fehler: unbekannter Wert `tipp`",
                "Fehler: keine Datei `photo.jpg` in content/capsules/lien",
            ],
        ),
    ];
    for (env, flag, lines) in expected {
        let said = build_in(&site, env, flag);
        for line in lines {
            assert!(
                said.contains(line),
                "{env:?} {flag:?}: no `{line}` in\n{said}"
            );
        }
        assert_eq!(places(&said), places(&english), "{env:?}: places moved");
        assert!(!places(&said).is_empty());
    }
    // `--lang` wins over the environment; the site's first language comes after it.
    let flagged = build_in(&site, Some("de_BE.UTF-8"), Some("nl"));
    assert!(
        flagged.contains("fout: onbekende wijk `centr`"),
        "{flagged}"
    );
    let unset = build_in(&site, Some("C.UTF-8"), None);
    assert!(unset.contains("erreur: quartier inconnu"), "{unset}");
}

/// A site whose capsules' front matter is wrong in the other ways a webmaster meets: no kind,
/// an end before the start, news published unreviewed, a tag of punctuation, a photo
/// without alt text, a translation in a language the site does not have.
fn front_matter_site() -> Site {
    let site = Site::minimal();
    site.write(
        "content/capsules/sans-type/index.fr.md",
        "+++\ntitle = \"Sans type\"\ndate = 2026-11-20\n+++\nTexte.\n",
    );
    site.write(
        "content/capsules/fin/index.fr.md",
        "+++\ntitle = \"Fin\"\nkind = \"alert\"\ndate = 2026-11-20\nexpires = 2026-11-10\nprivacy_reviewed = true\n+++\nTexte.\n",
    );
    site.write(
        "content/capsules/info/index.fr.md",
        "+++\ntitle = \"Info\"\nkind = \"news\"\ndate = 2026-11-20\ntags = [\"???\"]\n+++\nTexte.\n",
    );
    site.write(
        "content/capsules/photo/index.fr.md",
        "+++\ntitle = \"Photo\"\nkind = \"tip\"\ndate = 2026-11-20\n[image]\nsrc = \"photo.jpg\"\n+++\nTexte.\n",
    );
    site.write_bytes(
        "content/capsules/photo/photo.jpg",
        &common::jpeg(8, 8, None),
    );
    site.write("content/capsules/photo/index.es.md", "+++\n+++\n");
    site
}

#[test]
fn front_matter_errors_are_said_in_four_languages_at_the_same_places() {
    let site = front_matter_site();
    let english = build_in(&site, None, Some("en"));
    let expected: [(&str, [&str; 8]); 4] = [
        (
            "en",
            [
                "error: the capsule has no `kind`",
                "error: `expires` is not after `date`",
                "error: a published news item needs privacy_reviewed = true",
                "error: the tag `???` has no letter or digit, so it would have no page",
                "error: the photo has no alt text in this language",
                "error: `es` is not one of the site's languages",
                "help: rename the file for one of: fr, nl, or add `es` to languages in site.toml",
                "errors in the site's content; nothing was written.",
            ],
        ),
        (
            "fr_BE.UTF-8",
            [
                "erreur: la capsule n'a pas de type (`kind`)",
                "erreur: la fin (`expires`) n'est pas après le début (`date`)",
                "erreur: une info publiée doit avoir privacy_reviewed = true",
                "erreur: le mot-clé `???` n'a ni lettre ni chiffre : il n'aurait pas de page",
                "erreur: la photo n'a pas de texte alternatif dans cette langue",
                "erreur: `es` n'est pas une des langues du site",
                "aide: renommez le fichier pour l'une de ces langues : fr, nl, ou ajoutez `es` à languages dans site.toml",
                "erreurs dans le contenu du site ; rien n'a été écrit.",
            ],
        ),
        (
            "nl_BE.UTF-8",
            [
                "fout: de capsule heeft geen soort (`kind`)",
                "fout: het einde (`expires`) ligt niet na het begin (`date`)",
                "fout: een gepubliceerd nieuwsbericht heeft privacy_reviewed = true nodig",
                "fout: het trefwoord `???` heeft geen letter of cijfer en zou dus geen pagina hebben",
                "fout: de foto heeft geen alternatieve tekst in deze taal",
                "fout: `es` is geen van de talen van de site",
                "hulp: hernoem het bestand naar een van deze talen: fr, nl, of voeg `es` toe aan languages in site.toml",
                "fouten in de inhoud van de site; er is niets geschreven.",
            ],
        ),
        (
            "de_BE.UTF-8",
            [
                "Fehler: die Kapsel hat keine Art (`kind`)",
                "Fehler: das Ende (`expires`) liegt nicht nach dem Beginn (`date`)",
                "Fehler: eine veröffentlichte Meldung braucht privacy_reviewed = true",
                "Fehler: das Schlagwort `???` hat weder Buchstaben noch Ziffern und hätte daher keine Seite",
                "Fehler: das Foto hat in dieser Sprache keinen Alternativtext",
                "Fehler: `es` ist keine der Sprachen der Website",
                "Hilfe: benennen Sie die Datei nach einer dieser Sprachen um: fr, nl, oder fügen Sie `es` zu languages in site.toml hinzu",
                "Fehler im Inhalt der Website; es wurde nichts geschrieben.",
            ],
        ),
    ];
    for (lang, lines) in expected {
        let said = match lang {
            "en" => english.clone(),
            _ => build_in(&site, Some(lang), None),
        };
        for line in lines {
            assert!(said.contains(line), "{lang}: no `{line}` in\n{said}");
        }
        assert_eq!(places(&said), places(&english), "{lang}: places moved");
        assert_eq!(places(&said).len(), 6, "{lang}: {said}");
    }
}

#[test]
fn site_toml_errors_are_said_in_four_languages_at_the_same_places() {
    let site = Site::minimal();
    let config = common::MINIMAL_CONFIG
        .replace(
            "https://prevention.test.be",
            "https://prevention.test.be/?a=1",
        )
        .replace(
            "required_languages = [\"fr\"]",
            "timezone = \"Europe/Bruxelles\"\nlogo = \"../logo.svg\"",
        );
    site.write("site.toml", &format!("{config}\n[mix]\ntip = 90\n"));
    let english = build_in(&site, None, Some("en"));
    for (lang, lines) in [
        (
            "en",
            [
                "error: base_url `https://prevention.test.be/?a=1` has a query (?…) or a fragment (#…)",
                "error: the logo `../logo.svg` is not in static/",
                "error: unknown time zone `Europe/Bruxelles`",
                "error: the [mix] shares add up to 130 %, not 100 %",
            ],
        ),
        (
            "fr_BE.UTF-8",
            [
                "erreur: base_url `https://prevention.test.be/?a=1` a une requête (?…) ou un fragment (#…)",
                "erreur: le logo `../logo.svg` n'est pas dans static/",
                "erreur: fuseau horaire inconnu : `Europe/Bruxelles`",
                "erreur: les parts de [mix] font 130 % au total, pas 100 %",
            ],
        ),
        (
            "nl_BE.UTF-8",
            [
                "fout: base_url `https://prevention.test.be/?a=1` heeft een query (?…) of een fragment (#…)",
                "fout: het logo `../logo.svg` staat niet in static/",
                "fout: onbekende tijdzone `Europe/Bruxelles`",
                "fout: de aandelen van [mix] komen samen op 130 %, niet op 100 %",
            ],
        ),
        (
            "de_BE.UTF-8",
            [
                "Fehler: base_url `https://prevention.test.be/?a=1` hat eine Abfrage (?…) oder ein Fragment (#…)",
                "Fehler: das Logo `../logo.svg` liegt nicht in static/",
                "Fehler: unbekannte Zeitzone `Europe/Bruxelles`",
                "Fehler: die Anteile von [mix] ergeben zusammen 130 %, nicht 100 %",
            ],
        ),
    ] {
        let said = match lang {
            "en" => english.clone(),
            _ => build_in(&site, Some(lang), None),
        };
        for line in lines {
            assert!(said.contains(line), "{lang}: no `{line}` in\n{said}");
        }
        assert_eq!(places(&said), places(&english), "{lang}: places moved");
        assert_eq!(places(&said).len(), 4, "{lang}: {said}");
    }
}

#[test]
fn check_json_keeps_its_keys_in_every_language() {
    let site = broken_site();
    let keys = |lang: &str| {
        let report = check_json(&site, lang);
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap_or_default().to_string(),
                    f["key"].as_str().unwrap_or_default().to_string(),
                    f["message"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    let english = keys("en");
    assert!(
        english.iter().any(|(_, key, _)| key == "alert-without-end"),
        "{english:?}"
    );
    for lang in ["fr", "nl", "de"] {
        let other = keys(lang);
        // The same findings, whatever order their translated texts sort in.
        let without_text = |v: &[(String, String, String)]| {
            let mut keys: Vec<_> = v.iter().map(|(r, k, _)| (r.clone(), k.clone())).collect();
            keys.sort();
            keys
        };
        assert_eq!(without_text(&other), without_text(&english), "{lang}");
        assert_ne!(other, english, "{lang}: the messages were not translated");
    }
}

#[test]
fn a_misspelt_key_of_site_toml_is_said_in_each_language() {
    let site = Site::minimal();
    site.write(
        "site.toml",
        &common::MINIMAL_CONFIG.replace("title = ", "titel = "),
    );
    for (lang, said) in [
        (
            "en_GB.UTF-8",
            [
                "error: unknown field `titel`",
                "help: did you mean `title`? Accepted:",
            ],
        ),
        (
            "fr_BE.UTF-8",
            [
                "erreur: clé inconnue : `titel`",
                "aide: vouliez-vous dire `title` ? Acceptées :",
            ],
        ),
        (
            "nl_BE.UTF-8",
            [
                "fout: onbekende sleutel `titel`",
                "hulp: bedoelt u `title`? Aanvaard:",
            ],
        ),
        (
            "de_BE.UTF-8",
            [
                "Fehler: unbekannter Schlüssel `titel`",
                "Hilfe: meinten Sie `title`? Erlaubt:",
            ],
        ),
    ] {
        let err = build_in(&site, Some(lang), None);
        for line in said {
            assert!(err.contains(line), "{lang}: no `{line}` in\n{err}");
        }
        assert!(err.contains("--> site.toml:1:1"), "{lang}: {err}");
    }
}

#[test]
fn check_findings_are_said_in_each_language_with_the_same_keys() {
    let site = Site::minimal();
    let long =
        "Un titre bien trop long pour un résultat de recherche, qui sera coupé en plein milieu";
    site.write(
        "content/capsules/long/index.fr.md",
        &format!("+++\ntitle = \"{long}\"\nkind = \"tip\"\ndate = 2026-11-20\n+++\nVoir [le site](http://exemple.be/).\n"),
    );
    let findings = |lang: &str| {
        let report = check_json(&site, lang);
        report["findings"].as_array().unwrap().clone()
    };
    let said = |findings: &[serde_json::Value], rule: &str| -> (String, String) {
        let f = findings
            .iter()
            .find(|f| f["rule"] == rule)
            .unwrap_or_else(|| panic!("no {rule} in {findings:?}"));
        (
            f["message"].as_str().unwrap_or_default().to_string(),
            f["key"].as_str().unwrap_or_default().to_string(),
        )
    };
    let count = long.chars().count();
    for (lang, title, insecure, picture) in [
        (
            "en",
            format!("the title has {count} characters; past 70 it is cut in search results and share cards"),
            "`http://exemple.be/` is not https",
            "the capsule has no picture",
        ),
        (
            "fr",
            format!("le titre compte {count} caractères ; au-delà de 70, il est coupé dans les résultats de recherche et les aperçus de partage"),
            "`http://exemple.be/` n'est pas en https",
            "la capsule n'a pas d'image",
        ),
        (
            "nl",
            format!("de titel telt {count} tekens; boven 70 wordt hij afgekapt in zoekresultaten en deelkaarten"),
            "`http://exemple.be/` is geen https",
            "de capsule heeft geen afbeelding",
        ),
        (
            "de",
            format!("der Titel hat {count} Zeichen; über 70 wird er in Suchergebnissen und Vorschaukarten abgeschnitten"),
            "`http://exemple.be/` ist kein https",
            "die Kapsel hat kein Bild",
        ),
    ] {
        let found = findings(lang);
        for (rule, key, text) in [
            ("content/title-length", "content-title-length", title.as_str()),
            ("content/insecure-link", "content-insecure-link", insecure),
            ("content/no-picture", "content-no-picture", picture),
        ] {
            assert_eq!(said(&found, rule), (text.to_string(), key.to_string()), "{lang}");
        }
    }
}

#[test]
fn the_coming_days_are_said_in_each_language() {
    let site = Site::minimal();
    // Saturday 5 December 2026, five days after NOW (a Monday).
    site.write(
        "content/capsules/samedi/index.fr.md",
        "+++\ntitle = \"Un conseil du samedi\"\nkind = \"tip\"\ndate = 2026-12-05\n+++\nFermez à clé.\n",
    );
    for (lang, tuesday, saturday, verdict) in [
        ("en", "Tuesday", "Saturday", "The capsule scheduled goes out on a weekend, by itself: nobody needs to be at the keyboard."),
        ("fr", "mardi", "samedi", "La capsule programmée part un week-end, toute seule : personne ne doit être au clavier."),
        ("nl", "dinsdag", "zaterdag", "De geplande capsule gaat in een weekend vanzelf online: niemand hoeft achter het toetsenbord te zitten."),
        ("de", "Dienstag", "Samstag", "Die geplante Kapsel geht an einem Wochenende von selbst online: niemand muss an der Tastatur sitzen."),
    ] {
        let report = check_json(&site, lang);
        let days = report["calendar"]["days"].as_array().expect("days");
        assert_eq!(days[0]["date"], "2026-12-01");
        assert_eq!(days[0]["weekday"], tuesday, "{lang}");
        assert_eq!(days[4]["weekday"], saturday, "{lang}");
        assert_eq!(days[4]["capsules"].as_array().map(Vec::len), Some(1));
        let verdicts = report["calendar"]["verdict"].as_array().expect("verdict");
        assert!(verdicts.iter().any(|v| v == verdict), "{lang}: {verdicts:?}");
        // The mix's verdicts are in the language too: never the English of another run.
        let mix = report["mix"]["verdict"].as_array().expect("mix verdict");
        assert!(!mix.is_empty());
        if lang != "en" {
            assert!(
                mix.iter().all(|v| !v.as_str().unwrap_or_default().contains(" the last ")),
                "{lang}: {mix:?}"
            );
        }
    }
}

#[test]
fn checks_report_is_written_in_the_language_as_text_and_as_a_page() {
    let site = Site::minimal();
    site.write(
        "content/capsules/samedi/index.fr.md",
        "+++\ntitle = \"Un conseil du samedi\"\nkind = \"tip\"\ndate = 2026-12-05\n+++\nFermez à clé.\n",
    );
    let report = site.path().join("rapport.html");
    let out = common::vigie_command()
        .env("VIGIE_LANG", "fr")
        .arg("--root")
        .arg(site.path())
        .args(["check", "--no-leaflets", "--now", common::NOW, "--report"])
        .arg(&report)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for said in [
        "── content/capsules/samedi",
        "avertissement [content/no-picture]: la capsule n'a pas d'image",
        "── Équilibre des 30 et 90 derniers jours",
        "── Les 14 prochains jours",
        "  samedi 2026-12-05 (week-end): Un conseil du samedi (conseil)",
        "0 erreur, 4 avertissements",
    ] {
        assert!(text.contains(said), "no `{said}` in\n{text}");
    }
    assert!(!text.contains("warning"), "{text}");

    let page =
        scraper::Html::parse_document(&std::fs::read_to_string(&report).expect("the report"));
    let lang = common::select(&page, "html")[0]
        .value()
        .attr("lang")
        .map(str::to_string);
    assert_eq!(lang.as_deref(), Some("fr"));
    let headings: Vec<String> = common::select(&page, "h2")
        .iter()
        .map(|h| h.text().collect())
        .collect();
    assert_eq!(
        headings,
        ["Équilibre", "Les 14 prochains jours", "Constats"]
    );
    let cells: Vec<String> = common::select(&page, "td")
        .iter()
        .map(|c| c.text().collect())
        .collect();
    assert!(
        cells.iter().any(|c| c == "samedi 2026-12-05 (week-end)"),
        "{cells:?}"
    );
    assert!(
        cells.iter().any(|c| c == "Un conseil du samedi (conseil)"),
        "{cells:?}"
    );
    assert!(cells.iter().any(|c| c == "30 jours"), "{cells:?}");
}

/// `vigie check --format json` on `site`, said in `lang`: the report.
fn check_json(site: &Site, lang: &str) -> serde_json::Value {
    let out = common::vigie_command()
        .env("VIGIE_LANG", lang)
        .arg("--root")
        .arg(site.path())
        .args(["check", "--now", common::NOW, "--format", "json"])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn the_build_says_what_it_did_in_each_language() {
    let site = Site::minimal();
    for (lang, done, leaflets, booklets) in [
        (
            "en",
            "Built 1 capsule in 2 languages: ",
            "leaflets: 1; ",
            "booklets: 1; ",
        ),
        (
            "fr",
            "1 capsule construite en 2 langues : ",
            "dépliants : 1 ; ",
            "brochures : 1 ; ",
        ),
        (
            "nl",
            "1 capsule gebouwd in 2 talen: ",
            "folders: 1; ",
            "brochures: 1; ",
        ),
        (
            "de",
            "1 Kapsel in 2 Sprachen erstellt: ",
            "Faltblätter: 1; ",
            "Broschüren: 1; ",
        ),
    ] {
        let out = common::vigie_command()
            .env("VIGIE_LANG", lang)
            .arg("--root")
            .arg(site.path())
            .args(["build", "--now", common::NOW])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", common::stderr(&out));
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(said.starts_with(done), "{lang}: {said}");
        assert!(said.contains(&format!("\n  {leaflets}")), "{lang}: {said}");
        assert!(said.contains(&format!("\n  {booklets}")), "{lang}: {said}");
    }
}

/// The minimal site with `[publish.usb]`, a folder of its own, and the `more` targets given.
fn publishing_to_a_folder(more: &str) -> (Site, tempfile::TempDir) {
    let site = Site::minimal();
    let target = tempfile::tempdir().unwrap();
    let config = std::fs::read_to_string(site.path().join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &format!(
            "{config}\n[publish.usb]\nurl = \"file://{}\"\n{more}",
            target.path().display()
        ),
    );
    (site, target)
}

#[test]
fn publish_says_its_plan_and_its_end_in_each_language() {
    let (site, target) = publishing_to_a_folder("");
    for (lang, note, plan, done, nothing) in [
        (
            "nl",
            "Let op: het doel heeft nog geen manifest: alle bestanden worden verstuurd",
            "Naar usb (",
            "Gepubliceerd: ",
            "Niets te publiceren: usb (",
        ),
        (
            "de",
            "Hinweis: das Ziel hat noch kein Manifest: alle Dateien werden gesendet",
            "Nach usb (",
            "Veröffentlicht: ",
            "Nichts zu veröffentlichen: usb (",
        ),
    ] {
        std::fs::remove_dir_all(target.path()).unwrap();
        std::fs::create_dir(target.path()).unwrap();
        let publish = || {
            let out = common::vigie_command()
                .env("VIGIE_LANG", lang)
                .arg("--root")
                .arg(site.path())
                .args(["publish", "--yes", "--now", common::NOW])
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", common::stderr(&out));
            String::from_utf8_lossy(&out.stdout).into_owned()
        };
        let first = publish();
        assert!(
            first.contains(note) && first.contains(plan) && first.contains(done),
            "{lang}: {first}"
        );
        let again = publish();
        assert!(again.contains(nothing), "{lang}: {again}");
    }
}

#[test]
fn the_preview_says_it_is_built_and_where_in_each_language() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let site = Site::minimal();
    for (lang, built, preview, workbench) in [
        (
            "en",
            "Built the preview (one capsule page) in ",
            "Serving the preview at http://",
            "Workbench (write and review capsules): http://",
        ),
        (
            "fr",
            "Aperçu construit (une page de capsule) en ",
            "Aperçu du site à l'adresse http://",
            "Atelier (écrire et relire les capsules) : http://",
        ),
        (
            "nl",
            "Voorbeeld gebouwd (één capsulepagina) in ",
            "Voorbeeld van de site op http://",
            "Werkbank (capsules schrijven en nalezen): http://",
        ),
        (
            "de",
            "Vorschau erstellt (eine Kapselseite) in ",
            "Vorschau der Website unter http://",
            "Werkstatt (Kapseln schreiben und prüfen): http://",
        ),
    ] {
        let mut child = common::vigie_command()
            .env("VIGIE_LANG", lang)
            .arg("--root")
            .arg(site.path())
            .args(["serve", "--port", "0", "--now", common::NOW])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("vigie serve");
        let stdout = child.stdout.take().expect("stdout");
        let (send, receive) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = send.send(line);
            }
        });
        let lines: Vec<String> = (0..3)
            .map_while(|_| {
                receive
                    .recv_timeout(std::time::Duration::from_secs(60))
                    .ok()
            })
            .collect();
        let _ = child.kill();
        let _ = child.wait();
        assert_eq!(lines.len(), 3, "{lang}: three lines within 60 s: {lines:?}");
        assert!(lines[0].starts_with(built), "{lang}: {}", lines[0]);
        assert!(lines[0].ends_with(" ms"), "{lang}: {}", lines[0]);
        assert!(lines[1].starts_with(preview), "{lang}: {}", lines[1]);
        assert!(
            lines[2].trim_start().starts_with(workbench) && lines[2].contains("token="),
            "{lang}: {}",
            lines[2]
        );
    }
}

/// `vigie [COMMAND] --help` with `--lang`.
fn help(lang: &str, command: &[&str]) -> String {
    let out = common::vigie_command()
        .args(["--lang", lang])
        .args(command)
        .arg("--help")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    String::from_utf8(out.stdout).unwrap()
}

/// What `--help` says of each command or option: the text after the name, on its line.
fn described(help: &str) -> Vec<String> {
    help.lines()
        .filter(|l| l.starts_with("  "))
        .filter_map(|l| l.trim().split_once("  ").map(|(_, d)| d.trim().to_string()))
        .collect()
}

#[test]
fn help_is_said_in_each_language_for_every_command_and_option() {
    let commands: [&[&str]; 10] = [
        &[],
        &["init"],
        &["new"],
        &["build"],
        &["check"],
        &["publish"],
        &["import"],
        &["import", "facebook"],
        &["import", "site"],
        &["serve"],
    ];
    for command in commands {
        let english = help("en", command);
        let english_lines = described(&english);
        assert!(english_lines.len() >= 2, "{command:?}: {english}");
        for (lang, usage, heading) in [
            ("fr", "Utilisation :", "Options:"),
            ("nl", "Gebruik:", "Opties:"),
            ("de", "Verwendung:", "Optionen:"),
        ] {
            let said = help(lang, command);
            assert!(
                said.contains(usage) && said.contains(heading),
                "{lang}: {said}"
            );
            let lines = described(&said);
            assert_eq!(
                lines.len(),
                english_lines.len(),
                "{lang} {command:?}: {said}"
            );
            for (line, english) in lines.iter().zip(&english_lines) {
                assert_ne!(line, english, "{lang} {command:?}: not translated");
            }
        }
    }
    // The language comes from the environment too, as for every other message.
    let out = common::vigie_command()
        .env_remove("VIGIE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "de_BE.UTF-8")
        .args(["build", "--help"])
        .output()
        .unwrap();
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.starts_with("Die Website in public/ bauen."), "{said}");
}

#[test]
fn publish_refusals_are_said_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let certificate = dir.path().join("server.pem");
    std::fs::write(&certificate, "not a certificate, \"}{\" <b>\n").unwrap();
    let (site, _target) = publishing_to_a_folder(&format!(
        "[publish.web]\nurl = \"sftp://webmaster@127.0.0.1:1/www\"\n\
         [publish.shop]\nurl = \"ftps://webmaster@127.0.0.1:1/www\"\ncertificate = {:?}\n",
        certificate.display().to_string()
    ));
    let publish = |lang: &str, name: &str| {
        common::vigie_command()
            .env("VIGIE_LANG", lang)
            .arg("--root")
            .arg(site.path())
            .args(["publish", name, "--yes", "--now", common::NOW])
            .output()
            .unwrap()
    };
    let first = publish("en", "usb");
    assert!(first.status.success(), "{}", common::stderr(&first));
    // The capsule's folder renamed: its address would go.
    std::fs::rename(
        site.path().join("content/capsules/fermez"),
        site.path().join("content/capsules/fermer"),
    )
    .unwrap();
    for (lang, removed, fix, unreachable, not_pem) in [
        (
            "fr",
            "cette publication supprimerait 4 adresses que des gens ont peut-être gardées",
            "aliases = [\"ancien-nom\"]",
            "[publish.web] sftp://webmaster@127.0.0.1:1/www : connexion impossible : ",
            "n'est pas un certificat PEM",
        ),
        (
            "nl",
            "deze publicatie zou 4 adressen verwijderen die mensen misschien bewaard hebben",
            "aliases = [\"oude-naam\"]",
            "[publish.web] sftp://webmaster@127.0.0.1:1/www: geen verbinding mogelijk: ",
            "is geen PEM-certificaat",
        ),
        (
            "de",
            "diese Veröffentlichung würde 4 Adressen entfernen",
            "aliases = [\"alter-name\"]",
            "[publish.web] sftp://webmaster@127.0.0.1:1/www: keine Verbindung möglich: ",
            "ist kein PEM-Zertifikat",
        ),
    ] {
        let out = publish(lang, "usb");
        assert_eq!(out.status.code(), Some(3), "{lang}: a publish refused");
        let said = common::stderr(&out);
        assert!(
            said.contains(removed) && said.contains(fix),
            "{lang}: {said}"
        );
        assert!(said.contains("/fr/capsules/fermez/"), "{lang}: {said}");
        let out = publish(lang, "web");
        assert!(!out.status.success(), "{lang}");
        let said = common::stderr(&out);
        assert!(said.contains(unreachable), "{lang}: {said}");
        // The certificate file is refused before any server is asked (none listens on port 1).
        let out = publish(lang, "shop");
        assert_eq!(out.status.code(), Some(3), "{lang}");
        let said = common::stderr(&out);
        assert!(
            said.contains("[publish.shop]")
                && said.contains(&certificate.display().to_string())
                && said.contains(not_pem),
            "{lang}: {said}"
        );
    }
}

#[test]
fn import_refusals_are_said_in_each_language() {
    let site = Site::minimal();
    let dir = tempfile::tempdir().unwrap();
    let no_posts = dir.path().join("export");
    std::fs::create_dir_all(no_posts.join("messages")).unwrap();
    let broken = dir.path().join("broken");
    std::fs::create_dir_all(broken.join("posts")).unwrap();
    std::fs::write(
        broken.join("posts/your_posts_1.json"),
        "[\n  {\"timestamp\": 1,\n",
    )
    .unwrap();
    let offer = |name: &str, text: &str| {
        let file = dir.path().join(name);
        std::fs::write(&file, text).unwrap();
        file.display().to_string()
    };
    let stray = offer("stray.json", "{\"a\": 1}");
    let newer = offer(
        "newer.json",
        "{\"format\": \"vigie-exchange\", \"version\": 2}",
    );
    let cut = offer(
        "cut.json",
        "{\"format\": \"vigie-exchange\",\n\"version\": 1,\n",
    );
    let import = |lang: &str, args: &[&str]| {
        let out = common::vigie_command()
            .env("VIGIE_LANG", lang)
            .arg("--root")
            .arg(site.path())
            .arg("import")
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{lang} {args:?}");
        common::stderr(&out)
    };
    let before = std::fs::read_dir(site.path().join("content/capsules"))
        .unwrap()
        .count();
    for (lang, said) in [
        (
            "fr",
            [
                "erreur: aucun fichier de publications Facebook dedans",
                "aide: exportez les informations de la Page depuis Facebook au format JSON",
                "erreur: JSON abîmé : EOF while parsing",
                "erreur: ce n'est pas un fichier d'échange Vigie",
                "erreur: ce fichier d'échange est en version 2, que ce Vigie ne lit pas (il lit la version 1)",
                "erreur: JSON illisible : EOF while parsing",
            ],
        ),
        (
            "nl",
            [
                "fout: er zit geen bestand met Facebook-berichten in",
                "hulp: exporteer de informatie van de Pagina uit Facebook in JSON-formaat",
                "fout: beschadigde JSON: EOF while parsing",
                "fout: dit is geen uitwisselingsbestand van Vigie",
                "fout: dit uitwisselingsbestand is versie 2, die deze Vigie niet leest (hij leest versie 1)",
                "fout: onleesbare JSON: EOF while parsing",
            ],
        ),
        (
            "de",
            [
                "Fehler: keine Datei mit Facebook-Beiträgen darin",
                "Hilfe: exportieren Sie die Informationen der Seite aus Facebook im JSON-Format",
                "Fehler: beschädigtes JSON: EOF while parsing",
                "Fehler: das ist keine Austauschdatei von Vigie",
                "Fehler: diese Austauschdatei hat Version 2, die dieses Vigie nicht liest (es liest Version 1)",
                "Fehler: unlesbares JSON: EOF while parsing",
            ],
        ),
    ] {
        let facebook = import(lang, &["facebook", no_posts.to_str().unwrap()]);
        assert!(facebook.contains(said[0]) && facebook.contains(said[1]), "{lang}: {facebook}");
        let facebook = import(lang, &["facebook", broken.to_str().unwrap()]);
        assert!(facebook.contains(said[2]), "{lang}: {facebook}");
        assert!(facebook.contains("posts/your_posts_1.json:3:"), "{lang}: {facebook}");
        for (source, expected) in [(&stray, said[3]), (&newer, said[4]), (&cut, said[5])] {
            let refused = import(lang, &["site", source, "--all"]);
            assert!(refused.contains(expected), "{lang}: {refused}");
        }
        let refused = import(lang, &["site", &cut, "--all"]);
        assert!(refused.contains("cut.json:3:"), "{lang}: {refused}");
    }
    let after = std::fs::read_dir(site.path().join("content/capsules"))
        .unwrap()
        .count();
    assert_eq!(before, after, "a refused import wrote a capsule");
}

#[test]
fn command_lines_vigie_cannot_read_are_refused_in_each_language() {
    let site = Site::minimal();
    let refused = |lang: &str, args: &[&str]| {
        let out = common::vigie_command()
            .env("VIGIE_LANG", lang)
            .arg("--root")
            .arg(site.path())
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{lang} {args:?}");
        common::stderr(&out)
    };
    for (lang, said) in [
        (
            "fr",
            [
                "erreur: `--draft` n'est pas une option de cette commande\n  = aide: vouliez-vous dire `--drafts` ?",
                "erreur: `biuld` n'est pas une commande de Vigie\n  = aide: vouliez-vous dire `build` ?",
                "erreur: `xml` n'est pas une valeur acceptée par --format <FORMAT>\n  = aide: donnez l'une de ces valeurs : text, json",
                "erreur: `tipp` n'est pas une valeur acceptée par --kind <KIND>\n  = aide: « tipp » n'est pas un type",
                "erreur: il manque <TITLE>\n  = aide: vigie --help liste les commandes",
            ],
        ),
        (
            "nl",
            [
                "fout: `--draft` is geen optie van deze opdracht\n  = hulp: bedoelde u `--drafts`?",
                "fout: `biuld` is geen opdracht van Vigie\n  = hulp: bedoelde u `build`?",
                "fout: `xml` is geen waarde die --format <FORMAT> aanvaardt\n  = hulp: geef een van deze waarden: text, json",
                "fout: `tipp` is geen waarde die --kind <KIND> aanvaardt\n  = hulp: ‘tipp’ is geen soort",
                "fout: <TITLE> ontbreekt\n  = hulp: vigie --help somt de opdrachten op",
            ],
        ),
        (
            "de",
            [
                "Fehler: `--draft` ist keine Option dieses Befehls\n  = Hilfe: meinten Sie `--drafts`?",
                "Fehler: `biuld` ist kein Befehl von Vigie\n  = Hilfe: meinten Sie `build`?",
                "Fehler: `xml` ist kein Wert, den --format <FORMAT> annimmt\n  = Hilfe: geben Sie einen dieser Werte an: text, json",
                "Fehler: `tipp` ist kein Wert, den --kind <KIND> annimmt\n  = Hilfe: „tipp“ ist keine Art",
                "Fehler: <TITLE> fehlt\n  = Hilfe: vigie --help listet die Befehle auf",
            ],
        ),
    ] {
        for (args, expected) in [
            (&["build", "--draft"][..], said[0]),
            (&["biuld"][..], said[1]),
            (&["check", "--format", "xml"][..], said[2]),
            (&["new", "Vols", "--kind", "tipp"][..], said[3]),
            (&["new"][..], said[4]),
        ] {
            let out = refused(lang, args);
            assert!(out.contains(expected), "{lang} {args:?}: {out}");
            assert!(!out.contains("Usage"), "{lang} {args:?}: {out}");
        }
    }
}
