//! Sharing a capsule: the links residents click (`links`) and the ready-to-post texts of the
//! webmaster's social kit (`kit`), with SMS's own alphabet in `sms`.

pub mod kit;
mod links;
pub mod said;
pub mod sms;
pub mod voice;

pub use links::{links, ShareLink, Shared};
