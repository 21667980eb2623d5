//! The workbench's "Publish" screen: what `vigie publish` does, with its summary shown and a
//! confirmation asked before anything is sent. The summary names a fingerprint of its plan;
//! "Publish now" works the plan out again and sends only if it is still the one shown, so
//! that an edit made in between is never sent unseen.

use crate::messages::Message;
use tiny_http::Method;

use super::screens::{render, words};
use super::{Answer, Call, Workbench};
use crate::publish::{self, plan::Plan, PublishOptions};
use crate::site::Site;

pub fn route(wb: &Workbench, call: &Call, site: &Site, ui: &str, rest: &str) -> Answer {
    let targets: Vec<(String, String)> = site
        .config
        .publish_targets()
        .into_iter()
        .map(|(name, t)| (name.to_string(), t.url.get_ref().clone()))
        .collect();
    let mut context = tera::Context::new();
    context.insert("site_title", &site.config.title);
    context.insert("targets", &targets);
    let name = rest.trim_matches('/');
    if call.method != Method::Post || name.is_empty() {
        return render("publish.html", ui, context);
    }
    if !targets.iter().any(|(n, _)| n == name) {
        return Answer::error(404, Message::new("workbench-no-publish-target"));
    }
    let form: std::collections::BTreeMap<String, String> = url::form_urlencoded::parse(&call.body)
        .into_owned()
        .collect();
    let allow_removals = form.get("allow_removals").is_some_and(|v| v == "yes");
    let options = PublishOptions {
        root: wb.root().to_path_buf(),
        name: Some(name.to_string()),
        now: wb.load.now,
        allow_removals,
        verify: false,
        progress: false,
    };
    context.insert("name", name);
    context.insert("allow_removals", &allow_removals);
    let _one = wb.publishing.lock().unwrap_or_else(|e| e.into_inner());
    let prepared = match publish::prepare(&options) {
        Ok(p) => p,
        Err(e) => {
            context.insert("error", &e.to_string());
            return render("publish.html", ui, context);
        }
    };
    let fingerprint = fingerprint(&prepared.plan);
    let plan = &prepared.plan;
    context.insert("description", &prepared.target_description);
    context.insert("address", &prepared.address);
    context.insert("notes", &prepared.notes);
    context.insert(
        "summary",
        &serde_json::json!({
            "new": plan.new,
            "changed": plan.uploads.len() - plan.new,
            "removed": plan.removals.len(),
            "unchanged": plan.unchanged,
            "bytes": publish::human_bytes(plan.upload_bytes()),
            "uploads": plan.uploads.iter().map(|(p, _)| p).collect::<Vec<_>>(),
            "removals": plan.removals,
            "empty": plan.is_empty(),
        }),
    );
    context.insert("fingerprint", &fingerprint);
    let confirmed = form.get("plan");
    match confirmed {
        Some(shown) if *shown == fingerprint && !plan.is_empty() => match prepared.send(false) {
            Ok(sent) => {
                context.insert(
                    "sent",
                    &serde_json::json!({ "files": sent.files, "removed": sent.removed }),
                );
                render("publish.html", ui, context)
            }
            Err(e) => {
                context.insert("error", &e.to_string());
                render("publish.html", ui, context)
            }
        },
        Some(_) if !plan.is_empty() => {
            context.insert("error", &words(ui)["publish_changed"]);
            render("publish.html", ui, context)
        }
        _ => render("publish.html", ui, context),
    }
}

/// What the plan sends and removes, as one short value.
fn fingerprint(plan: &Plan) -> String {
    let mut hasher = blake3::Hasher::new();
    for (path, entry) in &plan.uploads {
        hasher.update(path.as_bytes());
        hasher.update(&entry.hash.0);
    }
    hasher.update(b"\0removals\0");
    for path in &plan.removals {
        hasher.update(path.as_bytes());
        hasher.update(b"\0");
    }
    hasher.finalize().to_hex()[..16].to_string()
}
