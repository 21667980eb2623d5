//! Capsules that travel between sites: the `exchange.json` format a sharing site publishes and
//! another site adopts from. Documented in docs/exchange.md, with its JSON Schema in
//! docs/exchange.schema.json.
//!
//! Readers ignore fields they do not know, so that a later version can add some without
//! breaking older Vigies; a change that older readers would misread raises `VERSION`.

pub mod adopt;
pub mod follow;
pub mod source;

use serde::{Deserialize, Serialize};

use crate::content::front_matter::Kind;

/// Where a sharing site's offer is, at the root of its output.
pub const FILE_NAME: &str = "exchange.json";
/// What `format` says, so that a stray JSON file is told apart from an offer.
pub const FORMAT: &str = "vigie-exchange";
pub const VERSION: u32 = 1;

/// A site's offer: who offers, and the capsules.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Offer {
    pub format: String,
    pub version: u32,
    pub site: Source,
    pub capsules: Vec<Offered>,
}

/// The offering site.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Source {
    pub title: String,
    /// Its public address, ending with `/`.
    pub url: String,
    /// Who adopting sites credit.
    pub publisher: String,
    /// Its languages, the default first.
    pub languages: Vec<String>,
}

/// One capsule offered for adoption.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Offered {
    /// Its folder name on the offering site.
    pub slug: String,
    /// Changes when, and only when, the capsule does (text, dates, picture): a BLAKE3 hash.
    pub version: String,
    pub kind: Kind,
    /// RFC 3339 instants.
    pub date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub districts: Vec<String>,
    /// An SPDX licence identifier, such as `CC-BY-4.0`.
    pub licence: String,
    pub publisher: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<Picture>,
    /// One per language, the offering site's default language first.
    pub translations: Vec<Text>,
}

/// The capsule's picture as the offering site publishes it: re-encoded, without metadata.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Picture {
    pub url: String,
    /// `image/jpeg`, or `image/svg+xml` for a drawing.
    pub media_type: String,
    pub width: u32,
    pub height: u32,
}

/// A capsule's text in one language.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Text {
    pub lang: String,
    /// The capsule's page in this language.
    pub url: String,
    pub title: String,
    pub summary: String,
    /// The body in Markdown, its links to the offering site's own pages made absolute.
    pub body: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_alt: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_credit: Option<String>,
    #[serde(default, skip_serializing_if = "LeafletText::is_empty")]
    pub leaflet: LeafletText,
}

/// The leaflet's own texts, where the capsule has them.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct LeafletText {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cta: Option<String>,
}

impl LeafletText {
    fn is_empty(&self) -> bool {
        self.headline.is_none() && self.short.is_none() && self.cta.is_none()
    }
}

/// A licence as people read it: `CC-BY-4.0` is "CC BY 4.0".
pub fn licence_label(spdx: &str) -> String {
    if spdx.starts_with("CC") {
        spdx.replace('-', " ")
    } else {
        spdx.to_string()
    }
}
