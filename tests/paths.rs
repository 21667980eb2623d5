//! Paths as people name them: a site in `Mes documents/Prévention été`, published to a
//! `Clé USB` folder, importing from `Téléchargements`, goes through every command as a site
//! in `/tmp/site` does.

mod common;

use std::path::Path;

use common::server::Server;
use common::{stderr, MINIMAL_CONFIG};

fn vigie(root: &Path, args: &[&str]) -> std::process::Output {
    common::vigie_command()
        .arg("--root")
        .arg(root)
        .args(args)
        .output()
        .expect("run vigie")
}

#[test]
fn a_site_in_a_folder_with_spaces_and_accents_builds_serves_checks_publishes_and_imports() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let root = dir.path().join("Mes documents").join("Prévention été");
    let usb = dir.path().join("Clé USB").join("site web");
    let write = |rel: &str, text: &str| {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("folders");
        std::fs::write(path, text).expect("write");
    };
    // The target written as the webmaster would type it, spaces and accents raw.
    write(
        "site.toml",
        &format!(
            "{MINIMAL_CONFIG}\n[publish.usb]\nurl = \"file://{}\"\n",
            usb.display()
        ),
    );
    write(
        "content/capsules/fermez/index.fr.md",
        "+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\n+++\nFermez toujours à clé.\n",
    );

    let out = vigie(&root, &["build", "--now", common::NOW]);
    assert!(out.status.success(), "{}", stderr(&out));
    let public = root.join("public");
    assert!(public.join("fr/capsules/fermez/index.html").is_file());
    assert!(public.join("fr/capsules/fermez/leaflet.pdf").is_file());
    assert!(public.join("fr/booklet.pdf").is_file());

    let out = vigie(&root, &["check", "--now", common::NOW, "--no-leaflets"]);
    assert!(out.status.success(), "{}", stderr(&out));

    let out = vigie(&root, &["publish", "--yes", "--now", common::NOW]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(usb.join("fr/capsules/fermez/index.html").is_file());
    assert!(usb.join("fr/capsules/fermez/leaflet.pdf").is_file());

    // A Facebook export unpacked where the browser put it.
    let export = dir.path().join("Téléchargements").join("facebook export");
    let posts = export.join("this_profile's_activity_across_facebook/posts/profile_posts_1.json");
    std::fs::create_dir_all(posts.parent().expect("a parent")).expect("folders");
    std::fs::write(
        &posts,
        r#"[{"timestamp": 1762243195, "data": [{"post": "Fermez votre garage, même pour cinq minutes."}]}]"#,
    )
    .expect("write posts");
    let out = common::vigie_command()
        .arg("--root")
        .arg(&root)
        .args(["import", "facebook"])
        .arg(&export)
        .output()
        .expect("run vigie");
    assert!(out.status.success(), "{}", stderr(&out));
    let capsules = std::fs::read_dir(root.join("content/capsules"))
        .expect("capsules")
        .count();
    assert_eq!(capsules, 2, "the post became a capsule");

    let server = Server::start_in(&root);
    let (status, _, page) = server.get("/fr/capsules/fermez/");
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Fermez à clé"));
    let (status, _, _) = server.get("/fr/capsules/fermez/leaflet.pdf");
    assert_eq!(status, 200);
}
