//! `--help` in the webmaster's language: the command line's definition (clap) with each
//! command's and option's text taken from the catalogue, `help-<command>` and
//! `help-<command>-<option>` (`help-import-site-pick`), else `help-arg-<option>` for an option
//! several commands share. clap's own words (its headings, `-h` and `-V`) are replaced too.

use clap::{Arg, ArgAction, Command};

use super::{phrase, word, Message};

/// `command` with its texts, and those of every command under it, in the run's language.
pub fn translate(command: Command) -> Command {
    let mut command = with_texts(command, "").disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(word("help-version"))
            .help_heading(word("help-options")),
    );
    // The `help` command appears when the definition is built: build it, then say it.
    command.build();
    with_help_commands(command)
}

/// The `help` command of `command` and of every command under it, said.
fn with_help_commands(mut command: Command) -> Command {
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        command = match name.as_str() {
            "help" => command.mut_subcommand("help", |h| h.about(word("help-help-command"))),
            _ => command.mut_subcommand(&name, with_help_commands),
        };
    }
    command
}

/// One command's texts, and its own commands', `path` being where it sits ("", "import").
fn with_texts(command: Command, path: &str) -> Command {
    let key = match path {
        "" => "help-vigie".to_string(),
        _ => format!("help-{path}"),
    };
    let mut command = command
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            word("help-usage")
        ))
        .subcommand_help_heading(word("help-commands"))
        .disable_help_flag(true);
    if let Some(about) = phrase(&key) {
        command = command.about(about);
    }
    let ids: Vec<String> = command
        .get_arguments()
        .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let option = id.replace('_', "-");
        let text =
            phrase(&format!("{key}-{option}")).or_else(|| phrase(&format!("help-arg-{option}")));
        command = command.mut_arg(&id, |arg| {
            let heading = match arg.is_positional() {
                true => word("help-arguments"),
                false => word("help-options"),
            };
            // The texts say the defaults and the values in the language; clap's would not.
            let takes_value = arg.get_action().takes_values();
            let arg = arg
                .help_heading(heading)
                .hide_default_value(takes_value)
                .hide_possible_values(takes_value);
            match &text {
                Some(text) => arg.help(text.clone()),
                None => arg,
            }
        });
    }
    // Added after the others, so that the positional arguments' heading comes first.
    command = command.arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(word("help-help"))
            .help_heading(word("help-options")),
    );
    let names: Vec<String> = command
        .get_subcommands()
        .filter(|c| c.get_name() != "help")
        .map(|c| c.get_name().to_string())
        .collect();
    for sub in names {
        let sub_path = match path {
            "" => sub.clone(),
            _ => format!("{path}-{sub}"),
        };
        command = command.mut_subcommand(&sub, |c| with_texts(c, &sub_path));
    }
    command
}

/// clap's refusal of a command line it cannot read, said in the run's language: what was
/// wrong and what would be right. `None` for what is not a refusal (`--help`, `--version`)
/// or one too rare to say here, which clap then says itself, in English.
pub fn refusal(error: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ErrorKind};
    let context = |kind| error.get(kind).map(ToString::to_string).unwrap_or_default();
    let suggested = error
        .get(ContextKind::SuggestedArg)
        .or_else(|| error.get(ContextKind::SuggestedSubcommand))
        .or_else(|| error.get(ContextKind::SuggestedValue))
        .map(ToString::to_string);
    let (message, hint) = match error.kind() {
        ErrorKind::UnknownArgument => (
            Message::new("cli-unknown-argument").arg("argument", context(ContextKind::InvalidArg)),
            None,
        ),
        ErrorKind::InvalidSubcommand => (
            Message::new("cli-unknown-command")
                .arg("command", context(ContextKind::InvalidSubcommand)),
            None,
        ),
        ErrorKind::InvalidValue => (
            Message::new("cli-invalid-value")
                .arg("value", context(ContextKind::InvalidValue))
                .arg("argument", context(ContextKind::InvalidArg)),
            error
                .get(ContextKind::ValidValue)
                .map(|valid| Message::new("cli-one-of").arg("values", valid).text()),
        ),
        // The value's own parser said what is wrong with it, in the run's language.
        ErrorKind::ValueValidation => (
            Message::new("cli-invalid-value")
                .arg("value", context(ContextKind::InvalidValue))
                .arg("argument", context(ContextKind::InvalidArg)),
            std::error::Error::source(error).map(ToString::to_string),
        ),
        ErrorKind::MissingRequiredArgument => (
            Message::new("cli-missing").arg("arguments", context(ContextKind::InvalidArg)),
            None,
        ),
        ErrorKind::ArgumentConflict => (
            Message::new("cli-conflict")
                .arg("argument", context(ContextKind::InvalidArg))
                .arg("other", context(ContextKind::PriorArg)),
            None,
        ),
        _ => return None,
    };
    let hint = match suggested {
        Some(s) => Message::new("cli-did-you-mean").arg("suggestion", s).text(),
        None => hint.unwrap_or_else(|| Message::new("cli-see-help").text()),
    };
    Some(format!(
        "{}: {}\n  = {}: {}\n",
        word("diagnostic-error"),
        message.text(),
        word("diagnostic-help"),
        hint
    ))
}
