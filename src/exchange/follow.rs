//! Adopted capsules followed at their source: `vigie check` reads the offer of every site the
//! site adopted from, once, and says which capsules changed there since they were adopted and
//! which the source no longer offers.

use std::collections::BTreeMap;

use rayon::prelude::*;

use super::source::Source;
use crate::check::{Finding, Severity};
use crate::content::capsule::Capsule;
use crate::messages::Message;
use crate::site::Site;

/// What the sources say about the site's adopted capsules: one finding per capsule that
/// changed or left its source, and one per source that could not be read.
pub fn findings(site: &Site) -> Vec<Finding> {
    let mut by_source: BTreeMap<&str, Vec<&Capsule>> = BTreeMap::new();
    for capsule in &site.capsules {
        if let Some(origin) = &capsule.origin {
            by_source.entry(&origin.site).or_default().push(capsule);
        }
    }
    by_source
        .into_par_iter()
        .flat_map_iter(|(address, capsules)| source_findings(address, &capsules))
        .collect()
}

fn source_findings(address: &str, capsules: &[&Capsule]) -> Vec<Finding> {
    let finding = |capsule: &Capsule, rule: &'static str, message: Message| {
        // The file that holds `[origin]`, at that line.
        let file = capsule
            .translations
            .iter()
            .map(|t| &t.source)
            .find(|f| f.text.contains("[origin]"))
            .unwrap_or(&capsule.translations[0].source);
        let at = file.text.find("[origin]").unwrap_or(0);
        Finding {
            severity: Severity::Warning,
            rule,
            capsule: Some(capsule.rel_dir.clone()),
            diagnostic: file.said(at..at + "[origin]".len(), message),
        }
    };
    let source = match Source::open(address) {
        Ok(source) => source,
        Err(e) => {
            return capsules
                .iter()
                .take(1)
                .map(|c| {
                    let mut f = finding(
                        c,
                        "exchange/unreachable",
                        Message::new("exchange-unreachable")
                            .arg("site", address)
                            .arg("error", e.to_string()),
                    );
                    f.capsule = None;
                    f
                })
                .collect();
        }
    };
    capsules
        .iter()
        .filter_map(|capsule| {
            let origin = capsule.origin.as_ref()?;
            let offered = source
                .offer
                .capsules
                .iter()
                .find(|o| o.translations.first().is_some_and(|t| t.url == origin.url));
            match offered {
                None => Some(finding(
                    capsule,
                    "exchange/withdrawn",
                    Message::new("exchange-withdrawn")
                        .arg("url", &origin.url)
                        .arg("site", address),
                )),
                Some(o) if o.version != origin.version => Some(finding(
                    capsule,
                    "exchange/newer",
                    Message::new("exchange-newer")
                        .arg("url", &origin.url)
                        .arg("version", &o.version),
                )),
                Some(_) => None,
            }
        })
        .collect()
}
