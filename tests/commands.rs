//! `vigie init` and `vigie new`, run for real.

mod common;

use common::{html, select, stderr, Site};

fn vigie(args: &[&str]) -> std::process::Output {
    common::vigie_command()
        .args(args)
        .output()
        .expect("run vigie")
}

#[test]
fn init_writes_a_starter_site_that_builds_as_it_is_in_the_language_spoken() {
    let dir = tempfile::tempdir().expect("temp");
    for (lang, page, words) in [
        ("fr", "contact", "fermez à clé"),
        ("nl", "contact", "sluit af"),
        ("de", "kontakt", "Schließen Sie ab"),
        ("en", "contact", "lock up"),
    ] {
        let target = dir.path().join(lang);
        let out = vigie(&["--lang", lang, "init", target.to_str().expect("path")]);
        assert!(out.status.success(), "{}", stderr(&out));
        let config = std::fs::read_to_string(target.join("site.toml")).expect("site.toml");
        assert!(
            config.contains(&format!("languages = [\"{lang}\"]")),
            "{config}"
        );
        // Built without --now: the starter's capsules are dated today, so they show.
        let out = vigie(&["--root", target.to_str().expect("path"), "build"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let home = html(&target.join(format!("public/{lang}/index.html")));
        let kinds: Vec<String> = select(&home, ".card")
            .iter()
            .filter_map(|c| c.value().attr("class"))
            .map(str::to_string)
            .collect();
        for kind in ["kind-tip", "kind-alert", "kind-news", "kind-fun"] {
            assert!(
                kinds.iter().any(|k| k.contains(kind)),
                "{lang}: no {kind} on the home page: {kinds:?}"
            );
        }
        let text = select(&home, "main")
            .iter()
            .map(|m| m.text().collect::<String>())
            .collect::<String>();
        assert!(text.contains(words), "{lang}: {text}");
        // Every capsule has its drawing, and the news links to the contact page.
        let pictures = select(&home, ".card img").len();
        assert_eq!(pictures, 4, "{lang}: {pictures} pictures");
        assert!(target
            .join(format!("public/{lang}/{page}/index.html"))
            .is_file());
    }
    let target = dir.path().join("fr");
    let again = vigie(&["init", target.to_str().expect("path")]);
    assert_eq!(again.status.code(), Some(2), "init over a site is refused");
}

#[test]
fn new_creates_a_draft_capsule_that_builds() {
    let site = Site::minimal();
    let out = site.vigie(&[
        "new",
        "Vélo volé ? Gravez-le !",
        "--kind",
        "alert",
        "--lang",
        "fr",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let file = site
        .path()
        .join("content/capsules/velo-vole-gravez-le/index.fr.md");
    let text = std::fs::read_to_string(&file).expect("new capsule");
    assert!(
        text.contains("title = \"Vélo volé ? Gravez-le !\""),
        "{text}"
    );
    assert!(
        text.contains("kind = \"alert\"")
            && text.contains("draft = true")
            && text.contains("expires = ")
    );
    let public = site.build(&["--drafts"]);
    assert!(public
        .join("fr/capsules/velo-vole-gravez-le/index.html")
        .is_file());

    let out = site.vigie(&["new", "Vélo volé ? Gravez-le !"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an existing capsule is never overwritten"
    );
    let out = site.vigie(&["new", "Titre", "--kind", "rumeur"]);
    assert_eq!(out.status.code(), Some(2));
    let out = site.vigie(&["new", "Titre", "--lang", "es"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn new_escapes_the_title_for_toml() {
    let site = Site::minimal();
    let out = site.vigie(&["new", "Il a dit \"non\" \\ +++"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let public = site.build(&["--drafts"]);
    let doc = html(&public.join("fr/capsules/il-a-dit-non/index.html"));
    assert_eq!(common::text_of(&doc, "h1"), "Il a dit \"non\" \\ +++");
}

#[test]
fn the_manual_pages_and_completions_cover_every_command_and_none_the_packagers_own() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let out = common::vigie_command()
        .arg("package-files")
        .arg(dir.path())
        .output()
        .expect("run vigie");
    assert!(out.status.success(), "{}", common::stderr(&out));
    let bash = std::fs::read_to_string(dir.path().join("completions/vigie.bash")).expect("bash");
    for command in [
        "init", "new", "build", "check", "publish", "import", "serve",
    ] {
        assert!(
            dir.path().join(format!("man/vigie-{command}.1")).is_file(),
            "no manual page for {command}"
        );
        assert!(bash.contains(command), "bash does not complete {command}");
    }
    let page = std::fs::read_to_string(dir.path().join("man/vigie.1")).expect("vigie.1");
    assert!(
        page.starts_with(".ie") || page.contains(".TH vigie 1"),
        "{page}"
    );
    assert!(!page.contains("package-files"), "{page}");
    for file in ["vigie.bash", "_vigie", "vigie.fish", "_vigie.ps1"] {
        let script = std::fs::read_to_string(dir.path().join("completions").join(file))
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert!(
            script.contains("publish"),
            "{file} does not complete publish"
        );
        assert!(
            !script.contains("package-files") && !script.contains("package_files"),
            "{file} offers the packagers' own command"
        );
    }
}

#[test]
fn an_unknown_kind_is_refused_in_the_language_of_the_environment() {
    let site = common::Site::minimal();
    let out = common::vigie_command()
        .env("VIGIE_LANG", "fr")
        .arg("--root")
        .arg(site.path())
        .args(["new", "Vélos volés", "--kind", "tipp"])
        .output()
        .expect("run vigie");
    assert_eq!(out.status.code(), Some(2), "{}", common::stderr(&out));
    let said = common::stderr(&out);
    assert!(said.contains("« tipp » n'est pas un type"), "{said}");
    assert!(!site.path().join("content/capsules/velos-voles").exists());
}
