//! Share links for residents: plain addresses of each network's own share page, so that a visitor's browser
//! makes no contact with any network until the visitor chooses to share (no script, no widget,
//! no counter). Mastodon has no single address: its link leads to a page of the site that asks
//! for the visitor's server.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::Serialize;

use crate::config::Network;

/// What a URL parameter may hold unencoded: RFC 3986's unreserved characters. Everything else,
/// the space included, is percent-encoded (`%20`, never `+`, which some networks show as is).
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

fn encode(text: &str) -> String {
    utf8_percent_encode(text, COMPONENT).to_string()
}

/// One network's share link for a page.
#[derive(Debug, Clone, Serialize)]
pub struct ShareLink {
    pub network: Network,
    pub href: String,
}

/// What is shared: the page's canonical address, its title and its summary.
pub struct Shared<'a> {
    pub url: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
    /// The site's Mastodon page for this language, as the page links to it.
    pub mastodon_page: &'a str,
}

/// The links for `networks`, in their order.
pub fn links(networks: &[Network], shared: &Shared) -> Vec<ShareLink> {
    let url = encode(shared.url);
    let title = encode(shared.title);
    let title_and_url = encode(&format!("{} {}", shared.title, shared.url));
    networks
        .iter()
        .map(|&network| {
            let href = match network {
                Network::Facebook => format!("https://www.facebook.com/sharer/sharer.php?u={url}"),
                Network::X => format!("https://twitter.com/intent/tweet?text={title}&url={url}"),
                Network::Whatsapp => format!("https://wa.me/?text={title_and_url}"),
                Network::Telegram => format!("https://t.me/share/url?url={url}&text={title}"),
                Network::Linkedin => {
                    format!("https://www.linkedin.com/sharing/share-offsite/?url={url}")
                }
                Network::Bluesky => format!("https://bsky.app/intent/compose?text={title_and_url}"),
                Network::Mastodon => format!("{}?text={title_and_url}", shared.mastodon_page),
                Network::Email => format!(
                    "mailto:?subject={title}&body={}",
                    encode(&format!("{}\r\n\r\n{}", shared.summary, shared.url))
                ),
                // `sms:?&body=` is the form both iOS and Android read.
                Network::Sms => format!("sms:?&body={title_and_url}"),
            };
            ShareLink { network, href }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parameter_is_percent_encoded() {
        let shared = Shared {
            url: "https://x.be/fr/capsules/a/",
            title: "Vols & vélos #1 ? 🚲",
            summary: "Résumé",
            mastodon_page: "/fr/share/mastodon/",
        };
        let links = links(&[Network::X, Network::Email, Network::Sms], &shared);
        assert_eq!(
            links[0].href,
            "https://twitter.com/intent/tweet?text=Vols%20%26%20v%C3%A9los%20%231%20%3F%20%F0%9F%9A%B2&url=https%3A%2F%2Fx.be%2Ffr%2Fcapsules%2Fa%2F"
        );
        assert_eq!(
            links[1].href,
            "mailto:?subject=Vols%20%26%20v%C3%A9los%20%231%20%3F%20%F0%9F%9A%B2&body=R%C3%A9sum%C3%A9%0D%0A%0D%0Ahttps%3A%2F%2Fx.be%2Ffr%2Fcapsules%2Fa%2F"
        );
        assert!(links[2].href.starts_with("sms:?&body=Vols%20%26"));
    }
}
