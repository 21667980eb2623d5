//! The one place where addresses are made: every output asks here.
//!
//! Paths are site-relative (`fr/capsules/velo/`, a folder ends with `/`). An `href` turns one
//! into a link from a given page: root-relative on the web, relative and ending in `index.html`
//! on an offline copy opened from disk.

use crate::content::front_matter::Kind;

#[derive(Debug, Clone)]
pub struct Urls {
    /// `https://prevention.exemple.be` or `https://exemple.be/prevention`, no trailing slash.
    base: String,
    /// The path part of the base, `/` or `/prevention/`.
    root_path: String,
    offline: bool,
}

impl Urls {
    pub fn new(base_url: &str, offline: bool) -> Self {
        let base = base_url.trim_end_matches('/').to_string();
        let after_scheme = base
            .split_once("://")
            .map_or(base.as_str(), |(_, rest)| rest);
        let root_path = match after_scheme.find('/') {
            Some(i) => format!("{}/", &after_scheme[i..]),
            None => "/".to_string(),
        };
        Urls {
            base,
            root_path,
            offline,
        }
    }

    /// Whether links are made for a copy opened from disk.
    pub fn is_offline(&self) -> bool {
        self.offline
    }

    pub fn home(&self, lang: &str) -> String {
        format!("{lang}/")
    }

    pub fn capsule(&self, lang: &str, slug: &str) -> String {
        format!("{lang}/capsules/{slug}/")
    }

    /// A capsule's media, shared by its translations.
    pub fn media(&self, slug: &str, file: &str) -> String {
        format!("media/{slug}/{file}")
    }

    /// A file the webmaster named (a video, captions), published under a name that is safe
    /// in a link.
    pub fn media_file(&self, slug: &str, file: &str) -> String {
        self.media(slug, &crate::content::slug::file_name(file))
    }

    pub fn page(&self, lang: &str, slug: &str) -> String {
        format!("{lang}/{slug}/")
    }

    pub fn capsules(&self, lang: &str, page: usize) -> String {
        paginated(format!("{lang}/capsules/"), page)
    }

    pub fn kind(&self, lang: &str, kind: Kind, page: usize) -> String {
        paginated(format!("{lang}/kinds/{}/", kind.as_str()), page)
    }

    pub fn events(&self, lang: &str, page: usize) -> String {
        paginated(format!("{lang}/events/"), page)
    }

    pub fn tags(&self, lang: &str) -> String {
        format!("{lang}/tags/")
    }

    pub fn tag(&self, lang: &str, tag: &str, page: usize) -> String {
        paginated(format!("{lang}/tags/{tag}/"), page)
    }

    pub fn districts(&self, lang: &str) -> String {
        format!("{lang}/districts/")
    }

    pub fn district(&self, lang: &str, key: &str, page: usize) -> String {
        paginated(format!("{lang}/districts/{key}/"), page)
    }

    pub fn asset(&self, name: &str) -> String {
        format!("assets/{name}")
    }

    /// The full address, for canonical links, sitemaps, feeds and share links.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}/{path}", self.base)
    }

    /// An address in a page meant to be sent away (the e-mail digest), from its folder
    /// `from`: absolute on the web, but relative on an offline copy, where every link must
    /// work from the disk.
    pub fn portable(&self, from: &str, path: &str) -> String {
        if self.offline {
            self.href(from, path)
        } else {
            self.absolute(path)
        }
    }

    /// A link to `to` from the page whose folder is `from`.
    pub fn href(&self, from: &str, to: &str) -> String {
        if !self.offline {
            return format!("{}{to}", self.root_path);
        }
        let from: Vec<&str> = from.split('/').filter(|s| !s.is_empty()).collect();
        let (to_dir, file) = match to.rsplit_once('/') {
            Some((dir, file)) => (dir, file),
            None => ("", to),
        };
        let to_parts: Vec<&str> = to_dir.split('/').filter(|s| !s.is_empty()).collect();
        let common = from
            .iter()
            .zip(&to_parts)
            .take_while(|(a, b)| a == b)
            .count();
        let mut out = "../".repeat(from.len() - common);
        for part in &to_parts[common..] {
            out.push_str(part);
            out.push('/');
        }
        out.push_str(if file.is_empty() { "index.html" } else { file });
        out
    }
}

fn paginated(first: String, page: usize) -> String {
    if page <= 1 {
        first
    } else {
        format!("{first}page/{page}/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_links_are_root_relative_under_the_base_path() {
        let urls = Urls::new("https://exemple.be/prevention/", false);
        assert_eq!(
            urls.href("fr/", "fr/capsules/velo/"),
            "/prevention/fr/capsules/velo/"
        );
        assert_eq!(urls.absolute("fr/"), "https://exemple.be/prevention/fr/");
        let urls = Urls::new("https://prevention.exemple.be", false);
        assert_eq!(urls.href("", "fr/"), "/fr/");
    }

    #[test]
    fn offline_links_are_relative_and_name_index_html() {
        let urls = Urls::new("https://x.be", true);
        assert_eq!(
            urls.href("fr/capsules/velo/", "fr/capsules/porte/"),
            "../porte/index.html"
        );
        assert_eq!(
            urls.href("fr/capsules/velo/", "nl/"),
            "../../../nl/index.html"
        );
        assert_eq!(urls.href("", "fr/"), "fr/index.html");
        assert_eq!(urls.href("fr/", "fr/"), "index.html");
        assert_eq!(
            urls.href("fr/tags/x/page/2/", "assets/style.css"),
            "../../../../../assets/style.css"
        );
        assert_eq!(urls.href("", "assets/a.css"), "assets/a.css");
    }

    #[test]
    fn pages_after_the_first_are_numbered() {
        let urls = Urls::new("https://x.be", false);
        assert_eq!(urls.kind("fr", Kind::Tip, 1), "fr/kinds/tip/");
        assert_eq!(urls.kind("fr", Kind::Tip, 3), "fr/kinds/tip/page/3/");
    }
}
