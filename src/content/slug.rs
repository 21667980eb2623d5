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

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn folds_accents_and_punctuation() {
        assert_eq!(slugify("Vélo volé ? Gravez-le !"), "velo-vole-gravez-le");
        assert_eq!(slugify("Œuvre__d'art"), "oeuvre-d-art");
        assert_eq!(slugify("Straße 12"), "strasse-12");
        assert_eq!(slugify("???"), "");
    }
}
