//! Vigie turns one folder of crime-prevention capsules into a website, print leaflets, feeds and
//! share kits.
//!
//! The flow is one model, many outputs: [`site::Site::load`] reads and validates everything
//! once, then each module of [`output`] writes its files from that model into a staging folder
//! that [`build::build`] swaps into place only when every output succeeded.

pub mod build;
pub mod check;
pub mod config;
pub mod content;
pub mod error;
pub mod exchange;
pub mod images;
pub mod import;
pub mod locale;
pub mod messages;
pub mod output;
pub mod print;
pub mod publish;
pub mod scaffold;
pub mod serve;
pub mod share;
pub mod site;
pub mod theme;
pub mod toml_file;
pub mod urls;
pub mod workbench;

pub use error::{Diagnostic, Error, Result};
