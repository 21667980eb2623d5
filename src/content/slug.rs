//! URL-safe names: lowercase ASCII letters, digits and `-`, accents folded.

/// "Vélo volé ? Gravez-le !" becomes "velo-vole-gravez-le".
pub fn slugify(name: &str) -> String {
    let folded = deunicode::deunicode(name).to_ascii_lowercase();
    let mut slug = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// A slug of at most `max` bytes, cut after a whole word: for folder and file names made from
/// a title, which file systems limit to 255 bytes.
pub fn short_slug(name: &str, max: usize) -> String {
    let slug = slugify(name);
    if slug.len() <= max {
        return windows_safe(slug);
    }
    let cut = &slug[..max];
    let cut = match slug.as_bytes().get(max) {
        Some(b'-') => cut,
        _ => cut.rsplit_once('-').map_or(cut, |(head, _)| head),
    };
    windows_safe(cut.trim_end_matches('-').to_string())
}

/// Names Windows refuses for a file or folder whatever their extension (`con.png`, a folder
/// `nul`), which a site kept on a Windows PC or published to a Windows share must never have.
const WINDOWS_RESERVED: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

fn windows_safe(slug: String) -> String {
    if WINDOWS_RESERVED.contains(&slug.as_str()) {
        format!("{slug}-file")
    } else {
        slug
    }
}

/// The name a media file is published under: its stem as a slug (at most 60 bytes) and its
/// extension in lowercase, so that `clip #1?.mp4` becomes `clip-1.mp4`, a link that works.
pub fn file_name(name: &str) -> String {
    let (stem, extension) = name.rsplit_once('.').unwrap_or((name, ""));
    let stem = match short_slug(stem, 60) {
        s if s.is_empty() => "file".to_string(),
        s => s,
    };
    match slugify(extension) {
        e if e.is_empty() => stem,
        e => format!("{stem}.{e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_slugs_end_at_a_word() {
        assert_eq!(short_slug("Fermez bien la porte", 12), "fermez-bien");
        assert_eq!(short_slug("Fermez bien la porte", 11), "fermez-bien");
        assert_eq!(short_slug(&"a".repeat(300), 60), "a".repeat(60));
        assert_eq!(short_slug("Court", 60), "court");
    }

    #[test]
    fn media_file_names_are_safe() {
        assert_eq!(file_name("clip #1?.mp4"), "clip-1.mp4");
        assert_eq!(file_name("Sous-titres FR.VTT"), "sous-titres-fr.vtt");
        assert_eq!(file_name("???.mp4"), "file.mp4");
        assert_eq!(file_name("CON.png"), "con-file.png");
        assert_eq!(file_name("Nul.tar.gz"), "nul-tar.gz");
        assert_eq!(file_name("com1.JPG"), "com1-file.jpg");
        assert_eq!(short_slug("LPT1", 60), "lpt1-file");
        assert_eq!(short_slug("Contrôle", 60), "controle");
    }

    #[test]
    fn folds_accents_and_punctuation() {
        assert_eq!(slugify("Vélo volé ? Gravez-le !"), "velo-vole-gravez-le");
        assert_eq!(slugify("Œuvre__d'art"), "oeuvre-d-art");
        assert_eq!(slugify("Straße 12"), "strasse-12");
        assert_eq!(slugify("???"), "");
    }
}
