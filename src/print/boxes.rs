//! Page boxes for print. Typst writes the MediaBox (trim + bleed + room for crop marks) and,
//! when there is bleed, the TrimBox; print shops also need the BleedBox, which Typst does not
//! write, so it is set here: the TrimBox grown by the bleed, never beyond the MediaBox.

use lopdf::{Document, Object};

const POINTS_PER_MM: f32 = 72.0 / 25.4;

pub fn set_print_boxes(document: &mut Document, bleed_mm: f64) -> Result<(), String> {
    let bleed = bleed_mm as f32 * POINTS_PER_MM;
    let pages: Vec<_> = document.get_pages().into_values().collect();
    for id in pages {
        let page = document
            .get_object_mut(id)
            .and_then(Object::as_dict_mut)
            .map_err(|e| format!("a page of the PDF is not a dictionary: {e}"))?;
        let media = page
            .get(b"MediaBox")
            .ok()
            .and_then(rectangle)
            .ok_or("a page of the PDF has no MediaBox")?;
        // Without bleed Typst writes no TrimBox: the page is the trim.
        let trim = page
            .get(b"TrimBox")
            .ok()
            .and_then(rectangle)
            .unwrap_or(media);
        let bleed_box = [
            (trim[0] - bleed).max(media[0]),
            (trim[1] - bleed).max(media[1]),
            (trim[2] + bleed).min(media[2]),
            (trim[3] + bleed).min(media[3]),
        ];
        page.set("TrimBox", to_array(trim));
        page.set("BleedBox", to_array(bleed_box));
    }
    Ok(())
}

fn rectangle(object: &Object) -> Option<[f32; 4]> {
    let array = object.as_array().ok()?;
    let mut r = [0.0; 4];
    for (slot, value) in r.iter_mut().zip(array) {
        *slot = value.as_float().ok()?;
    }
    (array.len() == 4).then_some(r)
}

fn to_array(r: [f32; 4]) -> Vec<Object> {
    r.iter().map(|&v| Object::Real(v)).collect()
}
