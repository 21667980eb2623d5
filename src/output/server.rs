//! The web server's rules, written at the output's root: `.htaccess` for Apache (the shared
//! hosts most communes have) and `_headers` and `_redirects` for static hosts (Netlify,
//! Cloudflare Pages). They say what a webmaster cannot be asked to write: compression, a long
//! cache for fingerprinted files, the security headers (pictures under the strict SVG
//! policy), the site's own 404 page (in the visitor's language where the address tells it),
//! and the redirects of renamed capsules. `docs/hosting.md` gives the same rules for nginx. An
//! offline copy has no server, so no rules; `[server] rules = false` leaves them out.

use super::{RenderContext, Renderer, Report};
use crate::error::Result;
use crate::site::Site;

pub struct ServerRules;

/// The rule files, at the output's root.
pub const FILES: [&str; 3] = [".htaccess", "_headers", "_redirects"];

/// What the pages load: their own stylesheet, script, pictures, video and captions, nothing
/// from anywhere else and nothing inline. The pages carry it in a `<meta>` too (see
/// [`page_policy`]), where `frame-ancestors` is not allowed: the headers add it. The pages
/// fetch nothing themselves, but `connect-src 'self'` lets the checkers webmasters run read
/// the site's own `robots.txt` from a page (Lighthouse does), and lets nothing out.
pub const PAGE_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self'; media-src 'self'; font-src 'self'; manifest-src 'self'; \
     connect-src 'self'; form-action 'self'; base-uri 'none'";

/// Only the site's own pages may show a page in a frame.
const FRAMES: &str = "frame-ancestors 'self'";

/// The e-mail digest is written for mail programs, which only read inline styles.
pub const DIGEST_POLICY: &str = "default-src 'none'; style-src 'self' 'unsafe-inline'; \
     img-src 'self'; base-uri 'none'; frame-ancestors 'self'";

const NOSNIFF: &str = "nosniff";
/// `frame-ancestors` for the static hosts, whose pages get their policy from a `<meta>`.
const FRAME_OPTIONS: &str = "SAMEORIGIN";
/// Nothing of a resident's reading is told to the sites they follow a link to.
const REFERRER: &str = "same-origin";
const PERMISSIONS: &str = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
/// Assets and media carry a hash of their bytes in their names: a new version is a new name.
const FOREVER: &str = "public, max-age=31536000, immutable";
/// Pages and feeds: a new alert reaches residents within minutes.
const SHORT: &str = "public, max-age=300";
/// The folders whose file names carry their hash.
const FINGERPRINTED: [&str; 2] = ["assets", "media"];

/// Files served as what they are, whatever the host's own list of types says.
const TYPES: [(&str, &str); 4] = [
    ("feed.xml", "application/rss+xml; charset=utf-8"),
    ("atom.xml", "application/atom+xml; charset=utf-8"),
    ("feed.json", "application/feed+json; charset=utf-8"),
    ("digest.txt", "text/plain; charset=utf-8"),
];

/// The types compressed on the way (pictures, PDFs and videos are compressed already).
const COMPRESSED: &str = "text/html text/css text/javascript application/javascript \
     text/plain text/xml application/xml application/rss+xml application/atom+xml \
     application/json application/feed+json application/manifest+json text/calendar \
     image/svg+xml image/x-icon";

/// The policy the pages carry in a `<meta>`, when the site is served with these rules. On
/// static hosts it cannot be a header of every page: Cloudflare Pages joins the values of all
/// the `_headers` rules that match a path and Netlify keeps the last, so a page policy for
/// `/*` would also bind the digest and the pictures on one host and not on the other. No
/// policy in an offline copy (no server, and `'self'` means nothing to `file:`) nor in a
/// preview, which Vigie serves with a reload script of its own.
pub fn page_policy(site: &Site) -> Option<&'static str> {
    let served = !site.urls.is_offline() && site.config.server.rules && !site.drafts;
    served.then_some(PAGE_POLICY)
}

impl Renderer for ServerRules {
    fn name(&self) -> &'static str {
        "output-server-rules"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        let site = ctx.site;
        if site.urls.is_offline() || !site.config.server.rules || !ctx.is_full() {
            return Ok(Report::files(0));
        }
        let root = url_path(&site.urls.href("", ""));
        let moves = moves(site);
        let svgs = static_svgs(site);
        let texts = [
            htaccess(&root, site.languages(), &moves),
            headers(&root, site.languages(), &svgs),
            redirects(&moves),
        ];
        let mut count = 0;
        for (name, text) in FILES.into_iter().zip(texts) {
            // A rule file of the webmaster's own in `static/` was copied as it is, and wins.
            if !site.root.join("static").join(name).is_file() {
                ctx.out.write(name, text.as_bytes())?;
                count += 1;
            }
        }
        Ok(Report::files(count))
    }
}

/// The SVG files of `static/` (the logo, say), from the site's root: `_headers` cannot match
/// by extension, so they are named one by one.
fn static_svgs(site: &Site) -> Vec<String> {
    let folder = site.root.join("static");
    walkdir::WalkDir::new(&folder)
        .sort_by_file_name()
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| {
            let rel = e
                .path()
                .strip_prefix(&folder)
                .ok()?
                .to_string_lossy()
                .replace('\\', "/");
            let svg = rel.to_ascii_lowercase().ends_with(".svg");
            svg.then(|| url_path(&site.urls.href("", &rel)))
        })
        .collect()
}

/// The site's root path as it may stand in a rule: percent-encoded but for the characters of
/// a plain path, so nothing in `base_url` can end a directive or start another.
fn url_path(root: &str) -> String {
    const KEPT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'/')
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~')
        .remove(b'%');
    percent_encoding::utf8_percent_encode(root, KEPT).to_string()
}

/// Every renamed capsule's old folder and its new one, from the site's root (`/fr/capsules/
/// old/`, `/fr/capsules/new/`). Aliases are slugs, checked when the capsule loads.
fn moves(site: &Site) -> Vec<(String, String)> {
    let mut moves = Vec::new();
    for lang in site.languages() {
        for &index in &site.in_language(lang).built {
            let capsule = &site.capsules[index];
            for alias in &capsule.aliases {
                moves.push((
                    url_path(
                        &site
                            .urls
                            .href("", &site.urls.capsule(lang, alias.get_ref())),
                    ),
                    url_path(&site.urls.href("", &site.urls.capsule(lang, &capsule.slug))),
                ));
            }
        }
    }
    moves
}

const WRITTEN_BY: &str =
    "# Written by Vigie at each build: edits here are lost. Put `[server] rules = false`\n\
     # in site.toml to leave this file out.\n";

fn htaccess(root: &str, languages: &[String], moves: &[(String, String)]) -> String {
    let fingerprinted = FINGERPRINTED.join("|");
    // The address tells the visitor's language: under `/fr/`, the French 404 page.
    let not_found: String = languages
        .iter()
        .map(|lang| {
            let home = format!("{root}{}/", url_path(lang));
            format!("<If \"%{{REQUEST_URI}} =~ m#^{home}#\">\n  ErrorDocument 404 {home}404.html\n</If>\n")
        })
        .collect();
    let types: String = TYPES
        .iter()
        .map(|(name, kind)| format!("<Files \"{name}\">\n  ForceType \"{kind}\"\n</Files>\n"))
        .collect();
    let redirects: String = moves
        .iter()
        .map(|(from, to)| format!("  Redirect permanent \"{from}\" \"{to}\"\n"))
        .collect();
    let svg = crate::images::svg::POLICY;
    format!(
        r#"{WRITTEN_BY}# Each part works alone: a host without one of these modules still serves the site.

ErrorDocument 404 {root}404.html
{not_found}
<IfModule mod_mime.c>
  AddType application/manifest+json .webmanifest
  AddType text/calendar .ics
  AddType image/svg+xml .svg
  AddCharset utf-8 .html .css .js .json .xml .txt .ics .webmanifest
</IfModule>
{types}
# Brotli for the browsers that take it, gzip for the others (it leaves a compressed answer be).
<IfModule mod_filter.c>
  <IfModule mod_brotli.c>
    AddOutputFilterByType BROTLI_COMPRESS {COMPRESSED}
  </IfModule>
  <IfModule mod_deflate.c>
    AddOutputFilterByType DEFLATE {COMPRESSED}
  </IfModule>
</IfModule>

<IfModule mod_headers.c>
  Header always set X-Content-Type-Options "{NOSNIFF}"
  Header always set Referrer-Policy "{REFERRER}"
  Header always set Permissions-Policy "{PERMISSIONS}"
  Header always set Content-Security-Policy "{PAGE_POLICY}; {FRAMES}"
  Header set Cache-Control "{SHORT}"
  <If "%{{REQUEST_URI}} =~ m#^{root}({fingerprinted})/#">
    Header set Cache-Control "{FOREVER}"
  </If>
  <If "%{{REQUEST_URI}} =~ m#^{root}[^/]+/digest/#">
    Header always set Content-Security-Policy "{DIGEST_POLICY}"
  </If>
  <FilesMatch "\.svgz?$">
    Header always set Content-Security-Policy "{svg}"
  </FilesMatch>
</IfModule>
<IfModule !mod_headers.c>
  <IfModule mod_expires.c>
    ExpiresActive On
    ExpiresDefault "access plus 5 minutes"
  </IfModule>
</IfModule>
{}"#,
        match redirects.is_empty() {
            true => String::new(),
            false => format!(
                "\n# Capsules that were renamed: their old addresses lead to the new ones.\n<IfModule mod_alias.c>\n{redirects}</IfModule>\n"
            ),
        }
    )
}

/// Netlify keeps the last matching rule's value of a header, Cloudflare Pages joins every
/// matching rule's: no header is set by two rules that can match one path, so that both hosts
/// send the same thing. The pages' policy is in their `<meta>`.
fn headers(root: &str, languages: &[String], svgs: &[String]) -> String {
    let svg = crate::images::svg::POLICY;
    let mut out = format!(
        "{WRITTEN_BY}\n{root}*\n  X-Content-Type-Options: {NOSNIFF}\n  Referrer-Policy: {REFERRER}\n  Permissions-Policy: {PERMISSIONS}\n  X-Frame-Options: {FRAME_OPTIONS}\n"
    );
    for folder in FINGERPRINTED {
        out.push_str(&format!(
            "\n{root}{folder}/*\n  Cache-Control: {FOREVER}\n  Content-Security-Policy: {svg}\n"
        ));
    }
    // A picture of `static/` copied under a fingerprinted folder has its policy already.
    let covered = |path: &str| {
        FINGERPRINTED
            .iter()
            .any(|folder| path.starts_with(&format!("{root}{folder}/")))
    };
    for path in svgs.iter().filter(|p| !covered(p)) {
        out.push_str(&format!("\n{path}\n  Content-Security-Policy: {svg}\n"));
    }
    for lang in languages {
        out.push_str(&format!(
            "\n{root}{}/digest/*\n  Content-Security-Policy: {DIGEST_POLICY}\n",
            url_path(lang)
        ));
    }
    out
}

fn redirects(moves: &[(String, String)]) -> String {
    let mut out = format!(
        "{WRITTEN_BY}# Capsules that were renamed: their old addresses lead to the new ones.\n"
    );
    for (from, to) in moves {
        out.push_str(&format!("{from} {to} 301\n{from}* {to}:splat 301\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_in_a_base_path_can_end_a_directive() {
        assert_eq!(url_path("/prévention/"), "/pr%C3%A9vention/");
        assert_eq!(
            url_path("/a\" \nRewriteRule x/"),
            "/a%22%20%0ARewriteRule%20x/"
        );
        assert_eq!(url_path("/a%20b/"), "/a%20b/");
    }
}
