//! Files as Windows writes them: Notepad saves UTF-8 with a byte-order mark and CRLF line
//! ends. Each kind of file is read as it would be from Unix, and errors point at the same
//! line and column.

mod common;

use common::{assert_error_at, html, text_of, Site, MINIMAL_CONFIG};

/// `text` as Notepad saves it.
fn as_notepad_saves(text: &str) -> String {
    format!("\u{feff}{}", text.replace('\n', "\r\n"))
}

const CAPSULE: &str = "+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\n+++\nFermez **toujours** à clé.\n\n- la porte\n- les fenêtres\n";

#[test]
fn a_site_saved_by_notepad_builds_as_the_same_site_saved_on_unix() {
    let unix = Site::minimal();
    unix.write("content/capsules/fermez/index.fr.md", CAPSULE);
    unix.write(
        "content/pages/a-propos.fr.md",
        "+++\ntitle = \"À propos\"\n+++\nLe service *de prévention*.\n",
    );
    let windows = Site::minimal();
    for file in [
        "site.toml",
        "content/capsules/fermez/index.fr.md",
        "content/pages/a-propos.fr.md",
    ] {
        let text = std::fs::read_to_string(unix.path().join(file)).expect("read");
        windows.write(file, &as_notepad_saves(&text));
    }
    let from_unix = unix.build(&["--no-leaflets"]);
    let from_windows = windows.build(&["--no-leaflets"]);
    common::assert_same_files(&from_unix, &from_windows);
    let page = html(&from_windows.join("fr/capsules/fermez/index.html"));
    assert_eq!(text_of(&page, "h1"), "Fermez à clé");
}

#[test]
fn errors_in_files_saved_by_notepad_point_at_the_same_line_and_column() {
    let site = Site::minimal();
    // site.toml: the first line, where the mark is.
    site.write(
        "site.toml",
        &as_notepad_saves(&MINIMAL_CONFIG.replace("title = \"Prévention test\"", "title = 12")),
    );
    assert_error_at(
        &site.failed_build(),
        "invalid type: integer `12`, expected a string",
        "site.toml:1:9",
    );
    site.write("site.toml", &as_notepad_saves(MINIMAL_CONFIG));
    // Front matter, further down.
    site.write(
        "content/capsules/fermez/index.fr.md",
        &as_notepad_saves(&CAPSULE.replace("kind = \"tip\"\n", "kind = \"tip\"\nfoo = 3\n")),
    );
    assert_error_at(
        &site.failed_build(),
        "unknown field `foo`",
        "content/capsules/fermez/index.fr.md:4:1",
    );
    // The Markdown body.
    site.write(
        "content/capsules/fermez/index.fr.md",
        &as_notepad_saves(&CAPSULE.replace("- les fenêtres", "- les fenêtres ![](x.jpg)")),
    );
    let err = site.failed_build();
    assert_error_at(
        &err,
        "pictures inside the text are not supported",
        "content/capsules/fermez/index.fr.md:9:16",
    );
    // The excerpt shows the line as written, without the carriage return.
    assert!(err.contains("9 | - les fenêtres ![](x.jpg)\n"), "{err}");
    // A page whose first line is its broken front matter.
    site.write(
        "content/capsules/fermez/index.fr.md",
        &as_notepad_saves(CAPSULE),
    );
    site.write(
        "content/pages/a-propos.fr.md",
        &as_notepad_saves("+++\ntitle = 5\n+++\nLe service.\n"),
    );
    assert_error_at(
        &site.failed_build(),
        "invalid type: integer `5`, expected a string",
        "content/pages/a-propos.fr.md:2:9",
    );
}
