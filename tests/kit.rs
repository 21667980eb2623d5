//! The social kit of each capsule page: its texts read back from the webmaster's page, each
//! measured the way its network measures it.

mod common;

use common::{html, select, text_of, Site};
use unicode_segmentation::UnicodeSegmentation;

const URL: &str = "https://prevention.test.be/fr/capsules/cles/";

/// GSM 03.38's default alphabet and extension table, written out again here so the test does
/// not lean on the code it checks.
const GSM: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€";

/// X's count, on the strict side: an address is 23, characters past Latin and general
/// punctuation are 2.
fn x_length(text: &str) -> usize {
    let before = text.strip_suffix(URL).expect("ends with the address");
    23 + before
        .chars()
        .map(|c| {
            if (c as u32) < 0x1100 || ('\u{2000}'..='\u{206f}').contains(&c) {
                1
            } else {
                2
            }
        })
        .sum::<usize>()
}

fn hard_capsule(site: &Site, sms: &str) {
    let body =
        "Un cambrioleur essaie d’abord le paillasson, le pot de fleurs et la boîte aux lettres. "
            .repeat(12);
    site.write(
        "content/capsules/cles/index.fr.md",
        &format!(
            "+++\ntitle = \"Clés cachées ? 🔑 « Sous le paillasson », c’est là qu’il regarde\"\nkind = \"tip\"\ndate = 2026-11-20\nsummary = \"{}\"\n{sms}[image]\nsrc = \"photo.png\"\nalt = \"Une clé sous un paillasson\"\n+++\n{body}\n\nVoir aussi [la porte](@/capsules/fermez).\n",
            "Paillasson, pot de fleurs, boîte aux lettres, fausse pierre : les cambrioleurs connaissent toutes les cachettes, et vérifient d’abord celles-là, en quelques secondes à peine.",
        ),
    );
    let png = image::RgbImage::from_pixel(1600, 1200, image::Rgb([200, 120, 40]));
    png.save(site.path().join("content/capsules/cles/photo.png"))
        .expect("photo");
}

/// The text of a field of the kit's page: `kit-x-text`, `kit-email-subject`.
fn field(public: &std::path::Path, id: &str) -> String {
    let page = html(&public.join("fr/capsules/cles/share/index.html"));
    text_of(&page, &format!("textarea#{id}"))
}

fn text(public: &std::path::Path, network: &str) -> String {
    field(public, &format!("kit-{network}-text"))
}

/// The count shown under a network's text.
fn count(public: &std::path::Path, network: &str) -> String {
    let page = html(&public.join("fr/capsules/cles/share/index.html"));
    text_of(
        &page,
        &format!("section[aria-labelledby=kit-{network}] .count"),
    )
}

#[test]
fn every_text_is_within_its_networks_limit_and_ends_with_the_address() {
    let site = Site::minimal();
    hard_capsule(&site, "");
    let public = site.build(&["--no-leaflets"]);
    let kit = public.join("fr/capsules/cles/share");
    let read = |network: &str| text(&public, network);
    for network in [
        "facebook", "whatsapp", "x", "bluesky", "linkedin", "telegram", "mastodon", "email", "sms",
    ] {
        assert!(read(network).ends_with(URL), "{network}: {}", read(network));
    }
    let x = read("x");
    assert!(x_length(&x) <= 280, "X: {} > 280:\n{x}", x_length(&x));
    assert!(x.starts_with("Clés cachées ? 🔑"), "the title leads: {x}");
    let bluesky = read("bluesky");
    assert!(bluesky.graphemes(true).count() <= 300, "Bluesky: {bluesky}");
    let mastodon = read("mastodon");
    assert!(mastodon.strip_suffix(URL).unwrap().chars().count() + 23 <= 500);
    assert!(
        mastodon.contains("en quelques secondes à peine."),
        "the whole summary fits in 500"
    );
    let facebook = read("facebook");
    assert!(
        facebook.contains("Voir aussi la porte (https://prevention.test.be/fr/capsules/fermez/)"),
        "{facebook}"
    );
    assert!(facebook.chars().count() <= 63_206);
    assert_eq!(
        field(&public, "kit-email-subject"),
        "Clés cachées ? 🔑 « Sous le paillasson », c’est là qu’il regarde"
    );
    assert!(read("email").starts_with("Un cambrioleur"));
    assert!(
        count(&public, "x").ends_with("sur 280, l’adresse comptant pour 23"),
        "{}",
        count(&public, "x")
    );
    let sms = read("sms");
    assert!(sms.chars().all(|c| GSM.contains(c)), "not GSM-7: {sms}");
    let septets: usize = sms
        .chars()
        .map(|c| if "^{}\\[~]|€".contains(c) { 2 } else { 1 })
        .sum();
    assert!(septets <= 160, "{septets} septets: {sms}");
    assert!(
        count(&public, "sms").ends_with(": 1 SMS"),
        "{}",
        count(&public, "sms")
    );
    assert!(
        sms.starts_with("Clés cachées ? \"Sous le paillasson\", c'est là qu'il regarde"),
        "{sms}"
    );
    let whatsapp = read("whatsapp");
    assert!(whatsapp.starts_with("*Clés cachées"));

    // The pictures, at their sizes.
    assert_eq!(
        image::image_dimensions(kit.join("og.jpg")).unwrap(),
        (1200, 630)
    );
    assert_eq!(
        image::image_dimensions(kit.join("square.jpg")).unwrap(),
        (1080, 1080)
    );
}

#[test]
fn the_webmasters_page_holds_every_text_with_a_copy_button() {
    let site = Site::minimal();
    hard_capsule(&site, "sms = \"Cambriolages: fermez tout, même pour cinq minutes. Signalez toute personne suspecte au 101. Conseils gratuits de notre conseiller en techno-prévention\"\n");
    let public = site.build(&["--no-leaflets"]);
    let capsule = html(&public.join("fr/capsules/cles/index.html"));
    let link = select(&capsule, ".kit-link a")[0]
        .value()
        .attr("href")
        .unwrap()
        .to_string();
    assert_eq!(link, "/fr/capsules/cles/share/");
    let page = html(&public.join("fr/capsules/cles/share/index.html"));
    assert_eq!(
        select(&page, "meta[name=robots]")[0]
            .value()
            .attr("content"),
        Some("noindex")
    );
    for network in [
        "facebook", "whatsapp", "x", "bluesky", "linkedin", "telegram", "mastodon", "email", "sms",
    ] {
        let id = format!("kit-{network}-text");
        let field = text_of(&page, &format!("textarea#{id}"));
        assert!(field.ends_with(URL), "{network}: {field}");
        let label = select(&page, &format!("label[for={id}]"));
        assert_eq!(label.len(), 1, "{network}: a label");
        let button = select(&page, &format!("button.copy[data-copy-from={id}]"));
        assert_eq!(button.len(), 1, "{network}: a copy button");
        assert!(
            button[0].value().attr("hidden").is_some(),
            "revealed by the script only"
        );
    }
    assert_eq!(
        text_of(&page, "textarea#kit-email-subject"),
        "Clés cachées ? 🔑 « Sous le paillasson », c’est là qu’il regarde"
    );
    assert_eq!(
        text_of(&page, "textarea#kit-alt"),
        "Une clé sous un paillasson"
    );
    // The webmaster's own SMS is kept as written, in GSM-7, and its two messages are shown.
    let sms = text(&public, "sms");
    assert!(count(&public, "sms").contains(": 2 SMS"));
    assert!(
        sms.starts_with("Cambriolages: fermez tout, meme pour cinq minutes."),
        "{sms}"
    );
    let over: Vec<String> = select(&page, ".count.over")
        .iter()
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(over.len(), 1, "{over:?}");
    assert!(over[0].contains(": 2 SMS"), "{over:?}");
    // The kit page is for the webmaster: not in the sitemap.
    let sitemap = std::fs::read_to_string(public.join("sitemap.xml")).unwrap();
    assert!(!sitemap.contains("/share/"));
}

#[test]
fn neighbourhood_networks_get_plain_text_within_500_with_source_address_and_emergency_numbers() {
    let site = Site::minimal();
    hard_capsule(&site, "");
    let public = site.build(&["--no-leaflets"]);
    let relay = field(&public, "kit-relay-text");
    assert!(relay.chars().count() <= 500, "{}", relay.chars().count());
    // The body is too long: the title and the whole summary, then who says it and whom to call.
    assert!(
        relay.starts_with(
            "Clés cachées ? 🔑 « Sous le paillasson », c’est là qu’il regarde\n\nPaillasson, pot de fleurs"
        ),
        "{relay}"
    );
    assert!(
        relay.ends_with(&format!(
            "en quelques secondes à peine.\n\nSource\u{a0}: Commune de Test\n{URL}\nUrgence\u{a0}: appelez le 112. Police\u{a0}: 101."
        )),
        "{relay}"
    );
    assert!(
        count(&public, "relay") == format!("{} caractères sur 500", relay.chars().count()),
        "{}",
        count(&public, "relay")
    );
    // A short capsule is relayed whole.
    let page = html(&public.join("fr/capsules/fermez/share/index.html"));
    assert_eq!(
        text_of(&page, "textarea#kit-relay-text"),
        "Fermez à clé\n\nFermez toujours à clé.\n\nSource\u{a0}: Commune de Test\n\
         https://prevention.test.be/fr/capsules/fermez/\nUrgence\u{a0}: appelez le 112. \
         Police\u{a0}: 101."
    );
}

#[test]
fn the_voice_message_says_its_numbers_in_words_and_spells_no_address() {
    let site = Site::minimal();
    hard_capsule(&site, "");
    site.write(
        "content/capsules/gravure/index.fr.md",
        "+++\ntitle = \"Gravure de vélos le 12 décembre 🚲\"\nkind = \"tip\"\ndate = 2026-11-20\n\
         summary = \"Venez de 10h à 13h30, place de la Gare. Infos : https://velo.example.be ou 02 123 45 67.\"\n\
         [event]\nstart = 2026-12-12T10:00:00+01:00\nend = 2026-12-12T13:30:00+01:00\nplace = \"Place de la Gare\"\n+++\nTexte.\n",
    );
    let public = site.build(&["--no-leaflets"]);
    let page = html(&public.join("fr/capsules/gravure/share/index.html"));
    let voice = text_of(&page, "textarea#kit-voice-text");
    assert_eq!(
        voice,
        "Un message de Commune de Test.\n\nGravure de vélos le douze décembre. Douze décembre \
         deux mille vingt-six, de dix heures à treize heures trente, Place de la Gare.\n\n\
         Venez de dix heures à treize heures trente, place de la Gare. Infos : ou zéro deux, \
         un deux trois, quatre cinq, six sept.\n\nPlus d’informations sur notre site internet. \
         Urgence\u{a0}: appelez le cent douze. Police\u{a0}: cent un."
    );
    let seconds = voice.split_whitespace().count() * 60 / 150;
    assert_eq!(
        text_of(&page, "section[aria-labelledby=kit-voice] .count"),
        format!("Environ {} secondes à voix posée.", seconds + 1)
    );
    // A long capsule is cut to whole sentences of about thirty seconds, its emoji left out.
    let voice = field(&public, "kit-voice-text");
    let words = voice.split_whitespace().count();
    assert!((20..=75).contains(&words), "{words}: {voice}");
    assert!(!voice.contains('🔑') && !voice.contains("://"), "{voice}");
    assert!(!voice.chars().any(|c| c.is_ascii_digit()), "{voice}");
    // In Dutch, with the Dutch words for the numbers.
    site.write(
        "content/capsules/gravure/index.nl.md",
        "+++\ntitle = \"Fietsgravering op 12 december\"\nsummary = \"Van 10:00 tot 13:30 uur.\"\n+++\nTekst.\n",
    );
    let public = site.build(&["--no-leaflets"]);
    let page = html(&public.join("nl/capsules/gravure/share/index.html"));
    let voice = text_of(&page, "textarea#kit-voice-text");
    assert!(
        voice.contains(
            "Fietsgravering op twaalf december. Twaalf december tweeduizend zesentwintig, van tien \
             uur tot dertien uur dertig, Place de la Gare.\n\nVan tien uur tot dertien uur dertig."
        ),
        "{voice}"
    );
    assert!(
        voice.ends_with("bel honderdtwaalf. Politie: honderdeen."),
        "{voice}"
    );
}
