//! PDF/X-4 (ISO 15930-7), what print shops ask for: Typst writes none of what identifies it, so
//! it is added here to the PDF Typst wrote (PDF 1.6), then checked, so that a PDF that would not
//! conform stops the build instead of reaching the shop.
//!
//! Added: the output intent (`/GTS_PDFX`, with the CMYK output profile embedded), the XMP keys
//! (`pdfxid:GTS_PDFXVersion`, `pdf:Trapped`, rendition class and version id) and their Info
//! twins (`/Trapped /False`, `/GTS_PDFXVersion`). Checked: the version, one output intent, no
//! DeviceRGB anywhere (resources, images, groups, and the `rg`/`RG` operators of every content
//! stream), every font embedded, no annotation on the sheet.

use std::io::Write;
use std::path::{Component, Path};
use std::sync::{Arc, OnceLock};

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use crate::config::{Print, PrintStandard};
use crate::error::{Diagnostic, SourceFile};
use crate::messages::Message;

/// The profile Vigie ships: basICColor's ISO Coated v2 300 %, FOGRA39 (offset on coated paper,
/// what Belgian shops print by default), under the zlib licence (`profiles/ISOcoated_v2_300_bas.txt`).
const SHIPPED_PROFILE: &[u8] = include_bytes!("profiles/ISOcoated_v2_300_bas.icc");

/// The largest profile accepted: shops' profiles are 0.5 to 3 MB.
const LARGEST_PROFILE: usize = 16 << 20;

/// The printing condition a PDF/X file is made for, and the profile that describes it.
pub struct OutputIntent {
    /// `FOGRA39` for the shipped profile (a registered condition), `Custom` for a shop's own.
    identifier: String,
    /// The condition in words, for the shop's preflight report.
    condition: String,
    registry: Option<&'static str>,
    /// The profile's description, e.g. "ISO Coated v2 300% (basICColor)".
    pub description: String,
    /// The profile as written into every PDF (deflated once per run): the shop's own as it
    /// is, Vigie's as a compact copy (`profile.rs`).
    deflated: Vec<u8>,
    /// The whole profile, for converting photos through it.
    pub icc: Vec<u8>,
    /// Part of every print cache key: another profile makes other PDFs.
    pub fingerprint: String,
}

/// Why a file cannot be the output profile.
#[derive(Debug, PartialEq)]
pub enum ProfileProblem {
    TooLarge,
    NotIcc,
    /// Fewer bytes than its header announces: cut short on the way.
    CutShort {
        has: usize,
        announced: usize,
    },
    /// An ICC profile, but not of a CMYK printing condition: its class and colour space.
    NotCmykOutput {
        class: String,
        space: String,
    },
    /// Newer than PDF 1.6 can hold (ICC 4.1).
    TooNew {
        version: String,
    },
}

impl OutputIntent {
    /// The printing condition of a site's print PDFs, after `[print]` in `site.toml` (`file`):
    /// none for `standard = "none"`, the shop's `profile`, else the one Vigie ships.
    pub fn for_site(
        root: &Path,
        print: &Print,
        file: &SourceFile,
    ) -> Result<Option<Arc<OutputIntent>>, Diagnostic> {
        if print.standard == PrintStandard::None {
            return Ok(None);
        }
        let Some(profile) = &print.profile else {
            return Ok(Some(OutputIntent::shipped()));
        };
        let name = profile.get_ref();
        let said = |message: Message| file.said(profile.span(), message.arg("profile", name));
        let bytes = site_file(root, name)
            .and_then(|path| std::fs::read(path).ok())
            .ok_or_else(|| said(Message::new("profile-missing")))?;
        OutputIntent::from_profile(&bytes)
            .map(|intent| Some(Arc::new(intent)))
            .map_err(|problem| {
                said(match problem {
                    ProfileProblem::TooLarge | ProfileProblem::NotIcc => {
                        Message::new("profile-not-icc")
                    }
                    ProfileProblem::CutShort { has, announced } => {
                        Message::new("profile-cut-short")
                            .count("has", has)
                            .count("announced", announced)
                    }
                    ProfileProblem::NotCmykOutput { class, space } => {
                        Message::new("profile-not-cmyk")
                            .arg("class", class)
                            .arg("space", space)
                    }
                    ProfileProblem::TooNew { version } => {
                        Message::new("profile-too-new").arg("version", version)
                    }
                })
            })
    }

    /// The condition with the profile Vigie ships, deflated once per run.
    pub fn shipped() -> Arc<OutputIntent> {
        static SHIPPED: OnceLock<Arc<OutputIntent>> = OnceLock::new();
        SHIPPED
            .get_or_init(|| Arc::new(OutputIntent::shipped_unshared()))
            .clone()
    }

    fn shipped_unshared() -> OutputIntent {
        let description = "ISO Coated v2 300% (basICColor), compact";
        let copyright = "Copyright (c) 2007-2010 basICColor GmbH, zlib licence. Altered by Vigie: resampled on smaller grids.";
        // The compact copy cannot fail on the profile Vigie ships (a unit test makes it); were
        // it to, the whole profile is embedded instead.
        let embedded = super::profile::compact(SHIPPED_PROFILE, description, copyright)
            .unwrap_or_else(|_| SHIPPED_PROFILE.to_vec());
        OutputIntent::with(
            SHIPPED_PROFILE,
            &embedded,
            "FOGRA39",
            "Offset printing, according to ISO 12647-2:2004/Amd 1, OFCOM, paper type 1 or 2 (coated art), 115 g/m2, tone value increase curves A (CMY) and B (K)",
            Some("http://www.color.org"),
            description.to_string(),
        )
    }

    /// The condition of a print shop's own profile: it must be a CMYK output profile that
    /// PDF 1.6 can hold. It is embedded as it is, for the shop's preflight to recognise.
    pub fn from_profile(icc: &[u8]) -> Result<OutputIntent, ProfileProblem> {
        if icc.len() > LARGEST_PROFILE {
            return Err(ProfileProblem::TooLarge);
        }
        if icc.get(36..40) != Some(b"acsp") {
            return Err(ProfileProblem::NotIcc);
        }
        // lcms reads tags only when asked: a file cut short would open, then fail at the shop.
        let announced = u32::from_be_bytes([icc[0], icc[1], icc[2], icc[3]]) as usize;
        if announced > icc.len() {
            return Err(ProfileProblem::CutShort {
                has: icc.len(),
                announced,
            });
        }
        let profile = lcms2::Profile::new_icc(icc).map_err(|_| ProfileProblem::NotIcc)?;
        let class = profile.device_class();
        let space = profile.color_space();
        if class != lcms2::ProfileClassSignature::OutputClass
            || space != lcms2::ColorSpaceSignature::CmykData
        {
            return Err(ProfileProblem::NotCmykOutput {
                class: signature(class as u32),
                space: signature(space as u32),
            });
        }
        // PDF 1.6 names ICC.1:2003-09, version 4.1.
        let version = profile.version();
        if version > 4.1 + 1e-6 {
            return Err(ProfileProblem::TooNew {
                version: format!("{version:.1}"),
            });
        }
        let description = profile
            .info(lcms2::InfoType::Description, lcms2::Locale::none())
            .map(|d| d.trim().to_string())
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| "Custom CMYK output profile".to_string());
        Ok(OutputIntent::with(
            icc,
            icc,
            "Custom",
            &description.clone(),
            None,
            description,
        ))
    }

    fn with(
        icc: &[u8],
        embedded: &[u8],
        identifier: &str,
        condition: &str,
        registry: Option<&'static str>,
        description: String,
    ) -> OutputIntent {
        let mut deflater = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        // Writing to a Vec cannot fail.
        let deflated = deflater
            .write_all(embedded)
            .and_then(|()| deflater.finish())
            .unwrap_or_default();
        OutputIntent {
            identifier: identifier.to_string(),
            condition: condition.to_string(),
            registry,
            description,
            deflated,
            icc: icc.to_vec(),
            fingerprint: blake3::hash(embedded).to_hex().as_str()[..16].to_string(),
        }
    }

    fn dictionary(&self, profile: ObjectId) -> Dictionary {
        let mut intent = Dictionary::new();
        intent.set("Type", Object::Name(b"OutputIntent".to_vec()));
        intent.set("S", Object::Name(b"GTS_PDFX".to_vec()));
        intent.set(
            "OutputConditionIdentifier",
            lopdf::text_string(&self.identifier),
        );
        intent.set("OutputCondition", lopdf::text_string(&self.condition));
        if let Some(registry) = self.registry {
            intent.set("RegistryName", lopdf::text_string(registry));
        }
        intent.set("Info", lopdf::text_string(&self.description));
        intent.set("DestOutputProfile", Object::Reference(profile));
        intent
    }
}

/// The file `name` of the site in `root`, when it is one: a relative path that stays inside
/// the site, also through symbolic links.
fn site_file(root: &Path, name: &str) -> Option<std::path::PathBuf> {
    let relative = Path::new(name);
    let plain = !name.is_empty()
        && !name.contains('\\')
        && relative
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
    if !plain {
        return None;
    }
    let real = root.join(relative).canonicalize().ok()?;
    let inside = real.starts_with(root.canonicalize().ok()?) && real.is_file();
    inside.then_some(real)
}

fn signature(value: u32) -> String {
    String::from_utf8_lossy(&value.to_be_bytes())
        .trim()
        .to_string()
}

/// Makes `document` (as Typst wrote it, PDF 1.6) a PDF/X-4 file for `intent`, then checks it.
pub fn make_pdfx(document: &mut Document, intent: &OutputIntent) -> Result<(), String> {
    document.version = "1.6".into();
    let mut profile = Dictionary::new();
    profile.set("N", Object::Integer(4));
    profile.set("Filter", Object::Name(b"FlateDecode".to_vec()));
    let profile = document.add_object(Stream::new(profile, intent.deflated.clone()));
    let intent = document.add_object(intent.dictionary(profile));
    let catalog = document
        .catalog_mut()
        .map_err(|e| format!("the PDF has no catalogue: {e}"))?;
    catalog.set("OutputIntents", vec![Object::Reference(intent)]);
    let metadata = catalog
        .get(b"Metadata")
        .and_then(Object::as_reference)
        .map_err(|_| "the PDF has no XMP metadata".to_string())?;

    let info = document
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .map_err(|_| "the PDF has no Info dictionary".to_string())?;
    let info = document
        .get_dictionary_mut(info)
        .map_err(|e| format!("the PDF's Info is not a dictionary: {e}"))?;
    info.set("Trapped", Object::Name(b"False".to_vec()));
    info.set("GTS_PDFXVersion", lopdf::text_string("PDF/X-4"));

    let stream = document
        .get_object_mut(metadata)
        .and_then(Object::as_stream_mut)
        .map_err(|e| format!("the PDF's XMP metadata is not a stream: {e}"))?;
    let xmp = String::from_utf8(
        stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone()),
    )
    .map_err(|_| "the PDF's XMP metadata is not UTF-8".to_string())?;
    stream.dict.remove(b"Filter");
    stream.set_plain_content(with_pdfx_keys(&xmp)?.into_bytes());
    check(document)
}

/// The XMP packet with PDF/X-4's keys: a rendition class of `default` (Typst says `proof`),
/// and one more description holding the PDF/X version, trapping, the version id and the
/// metadata date (the modification date, so that a rebuild gives the same bytes).
fn with_pdfx_keys(xmp: &str) -> Result<String, String> {
    let between = |open: &str, close: &str| {
        let start = xmp.find(open)? + open.len();
        let end = start + xmp[start..].find(close)?;
        Some(xmp[start..end].to_string())
    };
    let modified = between("<xmp:ModifyDate>", "</xmp:ModifyDate>")
        .ok_or("the layout sets no date, which PDF/X-4 requires: write set document(date: …)")?;
    let xmp = match between("<xmpMM:RenditionClass>", "</xmpMM:RenditionClass>") {
        Some(class) => xmp.replace(
            &format!("<xmpMM:RenditionClass>{class}</xmpMM:RenditionClass>"),
            "<xmpMM:RenditionClass>default</xmpMM:RenditionClass>",
        ),
        None => xmp.replace(
            "</rdf:RDF>",
            r#"<rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"><xmpMM:RenditionClass>default</xmpMM:RenditionClass></rdf:Description></rdf:RDF>"#,
        ),
    };
    let modified = quick_xml::escape::escape(modified.as_str());
    let keys = format!(
        r#"<rdf:Description rdf:about="" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion><pdf:Trapped>False</pdf:Trapped><xmpMM:VersionID>1</xmpMM:VersionID><xmp:MetadataDate>{modified}</xmp:MetadataDate></rdf:Description></rdf:RDF>"#
    );
    if !xmp.contains("</rdf:RDF>") {
        return Err("the PDF's XMP metadata has no RDF".into());
    }
    Ok(xmp.replacen("</rdf:RDF>", &keys, 1))
}

/// What PDF/X-4 forbids and a theme's layout could still bring in.
fn check(document: &Document) -> Result<(), String> {
    for (&id, object) in &document.objects {
        if mentions_device_rgb(object) {
            return Err(format!(
                "object {} uses DeviceRGB colour, which PDF/X-4 forbids: use cmyk() in the layout",
                id.0
            ));
        }
        if let Ok(descriptor) = object.as_dict() {
            let is_descriptor = descriptor
                .get(b"Type")
                .and_then(Object::as_name)
                .is_ok_and(|t| t == b"FontDescriptor");
            let embedded = [&b"FontFile"[..], b"FontFile2", b"FontFile3"]
                .iter()
                .any(|key| descriptor.has(key));
            if is_descriptor && !embedded {
                return Err("a font is not embedded, which PDF/X-4 forbids".into());
            }
        }
        let is_form = object.as_stream().is_ok_and(|s| {
            s.dict
                .get(b"Subtype")
                .and_then(Object::as_name)
                .is_ok_and(|t| t == b"Form")
        });
        if is_form {
            let stream = object.as_stream().map_err(|e| e.to_string())?;
            let content = stream
                .decompressed_content()
                .unwrap_or_else(|_| stream.content.clone());
            paints_device_rgb(&content)?;
        }
    }
    for (_, page) in document.get_pages() {
        let content = document
            .get_page_content(page)
            .map_err(|e| format!("cannot read a page's content: {e}"))?;
        paints_device_rgb(&content)?;
        let annotations = document
            .get_dictionary(page)
            .ok()
            .and_then(|p| p.get(b"Annots").ok())
            .map(|a| match a {
                Object::Array(a) => a.len(),
                Object::Reference(r) => document
                    .get_object(*r)
                    .and_then(Object::as_array)
                    .map_or(1, Vec::len),
                _ => 1,
            })
            .unwrap_or(0);
        if annotations > 0 {
            return Err(
                "a page holds a link or another annotation, which PDF/X-4 forbids on the printed sheet: the layout must not use link()".into(),
            );
        }
    }
    Ok(())
}

fn mentions_device_rgb(object: &Object) -> bool {
    match object {
        Object::Name(name) => name == b"DeviceRGB" || name == b"RGB",
        Object::Array(items) => items.iter().any(mentions_device_rgb),
        Object::Dictionary(dict) => dict.iter().any(|(_, v)| mentions_device_rgb(v)),
        Object::Stream(stream) => stream.dict.iter().any(|(_, v)| mentions_device_rgb(v)),
        _ => false,
    }
}

/// Whether a content stream sets a DeviceRGB colour (`rg`, `RG`).
fn paints_device_rgb(content: &[u8]) -> Result<(), String> {
    let content =
        Content::decode(content).map_err(|e| format!("cannot read a content stream: {e}"))?;
    match content
        .operations
        .iter()
        .any(|op| op.operator == "rg" || op.operator == "RG")
    {
        true => Err(
            "a page paints in DeviceRGB colour, which PDF/X-4 forbids: use cmyk() in the layout"
                .into(),
        ),
        false => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_profile_is_a_cmyk_output_profile_pdf_1_6_can_hold() {
        let shipped = OutputIntent::shipped();
        let own = OutputIntent::from_profile(SHIPPED_PROFILE).expect("the shipped profile");
        assert_eq!(shipped.identifier, "FOGRA39");
        assert_eq!(own.identifier, "Custom");
        assert_eq!(own.description, "ISO Coated v2 300% (basICColor)");
        assert_eq!(own.icc, shipped.icc);
        // Embedded compact: a tenth of the whole.
        assert!(
            shipped.deflated.len() * 8 < own.deflated.len(),
            "{}",
            shipped.deflated.len()
        );
    }

    #[test]
    fn a_profile_that_is_not_cmyk_output_is_refused() {
        let srgb = lcms2::Profile::new_srgb().icc().expect("sRGB");
        assert!(matches!(
            OutputIntent::from_profile(&srgb),
            Err(ProfileProblem::NotCmykOutput { class, space }) if class == "mntr" && space == "RGB"
        ));
        assert_eq!(
            OutputIntent::from_profile(b"not a profile").err(),
            Some(ProfileProblem::NotIcc)
        );
        assert_eq!(
            OutputIntent::from_profile(&SHIPPED_PROFILE[..4000]).err(),
            Some(ProfileProblem::CutShort {
                has: 4000,
                announced: SHIPPED_PROFILE.len()
            })
        );
        assert_eq!(
            OutputIntent::from_profile(&vec![0; LARGEST_PROFILE + 1]).err(),
            Some(ProfileProblem::TooLarge)
        );
    }

    #[test]
    fn the_xmp_gets_the_pdfx_keys_and_keeps_its_own() {
        let xmp = r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"><xmp:ModifyDate>2026-08-01T00:00:00Z</xmp:ModifyDate><xmpMM:RenditionClass>proof</xmpMM:RenditionClass></rdf:Description></rdf:RDF></x:xmpmeta>"#;
        let out = with_pdfx_keys(xmp).expect("keys");
        assert!(out.contains("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"));
        assert!(out.contains("<xmp:MetadataDate>2026-08-01T00:00:00Z</xmp:MetadataDate>"));
        assert!(out.contains("<xmpMM:RenditionClass>default</xmpMM:RenditionClass>"));
        assert!(!out.contains("proof"));
        assert!(with_pdfx_keys("<rdf:RDF></rdf:RDF>").is_err());
    }
}
