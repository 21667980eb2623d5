//! What a publish does: the files to send, in the order that keeps the site whole for its
//! visitors, and the files to remove, last; and what must not be removed without asking.

use super::manifest::{Entry, Manifest};

/// The difference between the site built and what the target holds.
#[derive(Debug, Default)]
pub struct Plan {
    /// New and changed files, in the order they are sent.
    pub uploads: Vec<(String, Entry)>,
    /// How many of `uploads` are new (the others replace a file).
    pub new: usize,
    /// Files the target holds that the site no longer has, removed last.
    pub removals: Vec<String>,
    pub unchanged: usize,
}

impl Plan {
    pub fn new(local: &Manifest, remote: &Manifest) -> Plan {
        let mut plan = Plan::default();
        for (path, entry) in &local.files {
            match remote.files.get(path) {
                Some(there) if there == entry => plan.unchanged += 1,
                Some(_) => plan.uploads.push((path.clone(), *entry)),
                None => {
                    plan.new += 1;
                    plan.uploads.push((path.clone(), *entry));
                }
            }
        }
        plan.uploads
            .sort_by(|a, b| (stage(&a.0), &a.0).cmp(&(stage(&b.0), &b.0)));
        plan.removals = remote
            .files
            .keys()
            .filter(|p| !local.files.contains_key(*p))
            .cloned()
            .collect();
        plan
    }

    pub fn is_empty(&self) -> bool {
        self.uploads.is_empty() && self.removals.is_empty()
    }

    pub fn upload_bytes(&self) -> u64 {
        self.uploads.iter().map(|(_, e)| e.size).sum()
    }

    /// The addresses visitors, partners and printed QR codes may know that this publish
    /// would remove: pages, leaflets and feeds. A file of a capsule whose page stays (a
    /// capsule renamed with `aliases`, whose old address now redirects) is not one.
    pub fn dead_addresses(&self, local: &Manifest) -> Vec<&str> {
        self.removals
            .iter()
            .filter(|path| is_address(path))
            .filter(|path| !local.files.contains_key(&page_of(path)))
            .map(String::as_str)
            .collect()
    }

    /// Whether more than a quarter of what the target holds would go: a wrong target or a
    /// wrong folder, more likely than a wish.
    pub fn removes_too_much(&self, remote: &Manifest) -> bool {
        !remote.files.is_empty() && self.removals.len() * 4 > remote.files.len()
    }
}

/// The page a file belongs to: its capsule's page for everything under
/// `<lang>/capsules/<slug>/`, else the page of its own folder.
fn page_of(path: &str) -> String {
    let parts: Vec<&str> = path.split('/').collect();
    let folder = match parts.as_slice() {
        [lang, "capsules", slug, _, ..] => format!("{lang}/capsules/{slug}/"),
        [.., _] => parts[..parts.len() - 1]
            .iter()
            .map(|p| format!("{p}/"))
            .collect(),
        [] => String::new(),
    };
    format!("{folder}index.html")
}

/// Pages, leaflets and feeds: what has an address people keep.
fn is_address(path: &str) -> bool {
    [".html", ".pdf", ".xml", ".json", ".ics"]
        .iter()
        .any(|e| path.ends_with(e))
}

/// When a file is sent: pictures and assets first, so that the pages that show them never
/// point at nothing; then PDFs; then pages; then what lists the pages (feeds, the sitemap,
/// the capsules offered to other sites, the language chooser at the root), so that nothing
/// announces a page not there yet.
fn stage(path: &str) -> u8 {
    let name = path.rsplit('/').next().unwrap_or(path);
    if path == "index.html" || name == "sitemap.xml" || name == "robots.txt" {
        4
    } else if name.ends_with(".xml")
        || name == "feed.json"
        || name.ends_with(".ics")
        || path == crate::exchange::FILE_NAME
    {
        3
    } else if name.ends_with(".html") {
        2
    } else if name.ends_with(".pdf") {
        1
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(files: &[(&str, &[u8])]) -> Manifest {
        Manifest::new(
            files
                .iter()
                .map(|(p, b)| (p.to_string(), Entry::of(b)))
                .collect(),
        )
    }

    #[test]
    fn media_go_first_and_the_root_last() {
        let local = manifest(&[
            ("index.html", b"root"),
            ("fr/feed.xml", b"feed"),
            ("fr/index.html", b"home"),
            ("fr/capsules/a/leaflet.pdf", b"pdf"),
            ("media/a/photo.jpg", b"jpg"),
            ("sitemap.xml", b"map"),
        ]);
        let plan = Plan::new(&local, &Manifest::default());
        let order: Vec<&str> = plan.uploads.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            order,
            [
                "media/a/photo.jpg",
                "fr/capsules/a/leaflet.pdf",
                "fr/index.html",
                "fr/feed.xml",
                "index.html",
                "sitemap.xml"
            ]
        );
        assert_eq!(plan.new, 6);
    }

    #[test]
    fn only_what_changed_is_sent_and_removed_addresses_are_named() {
        let remote = manifest(&[
            ("fr/index.html", b"old"),
            ("fr/capsules/a/index.html", b"a"),
            ("fr/capsules/b/index.html", b"b"),
            ("fr/capsules/b/leaflet.pdf", b"b"),
            ("fr/capsules/c/leaflet.pdf", b"c"),
            ("media/b/photo.jpg", b"b"),
        ]);
        let local = manifest(&[
            ("fr/index.html", b"new"),
            ("fr/capsules/a/index.html", b"a"),
            ("fr/capsules/c/index.html", b"redirect"),
        ]);
        let plan = Plan::new(&local, &remote);
        assert_eq!(plan.unchanged, 1);
        assert_eq!(plan.uploads.len(), 2);
        assert_eq!(plan.new, 1);
        assert_eq!(
            plan.dead_addresses(&local),
            ["fr/capsules/b/index.html", "fr/capsules/b/leaflet.pdf"]
        );
        assert!(plan.removes_too_much(&remote));
    }
}
