//! The command line: parse arguments, call the library, print, exit.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use vigie::build::{self, BuildOptions};
use vigie::content::front_matter::Kind;
use vigie::messages::{word, Message};
use vigie::site::{LoadOptions, Moment};
use vigie::{scaffold, Error};

/// A build makes millions of small allocations (page data, template values); glibc's allocator
/// took a fifth of an unchanged rebuild's time at 10,000 capsules, mimalloc much less.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "vigie",
    version,
    about = "Crime-prevention capsules to website, leaflets, feeds and share kits"
)]
struct Cli {
    /// The site's folder (the one holding site.toml).
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    /// The language Vigie speaks: fr, nl, de or en (default: VIGIE_LANG, then LC_ALL,
    /// LC_MESSAGES, LANG, then the site's first language). Given before the command:
    /// `vigie --lang nl build`.
    #[arg(long = "lang", value_name = "LANG")]
    speak: Option<String>,
    /// Without a command, in a site's folder: the workbench opens in the browser (as `serve
    /// --open`); in a folder without a site, Vigie offers to create one there.
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Create a new site with an example capsule of each kind.
    Init {
        /// Where to create it (default: the current folder).
        dir: Option<PathBuf>,
    },
    /// Create a new capsule bundle, as a draft.
    New {
        title: String,
        /// tip, alert, news or fun.
        #[arg(long, default_value = "tip", value_parser = parse_kind)]
        kind: Kind,
        /// Language of the first translation (default: the site's first language).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Build the site into public/.
    Build {
        /// Where to write the site (default: public/ in the site's folder).
        #[arg(long)]
        output: Option<PathBuf>,
        /// Build drafts and scheduled capsules too, marked as not published (a preview).
        #[arg(long)]
        drafts: bool,
        /// The moment that stands in for now: a date or an RFC 3339 datetime.
        #[arg(long)]
        now: Option<String>,
        /// Publish at another address than site.toml's base_url.
        #[arg(long)]
        base_url: Option<String>,
        /// A copy that works opened from disk: relative links ending in index.html.
        #[arg(long)]
        offline: bool,
        /// Skip all PDF work (leaflets and booklets): quick previews, web-only comparisons.
        #[arg(long)]
        no_leaflets: bool,
        /// Build into --output even if it holds files Vigie did not write (they are deleted).
        #[arg(long)]
        force: bool,
    },
    /// Reread everything before publishing: privacy, content, the mix of kinds, the coming days.
    Check {
        /// text (grouped by capsule) or json (for CI and editors; schema in docs/check.md).
        #[arg(long, default_value = "text", value_parser = ["text", "json"])]
        format: String,
        /// Also write one self-contained HTML page with the findings, a chart and the calendar.
        #[arg(long)]
        report: Option<PathBuf>,
        /// The moment that stands in for now: a date or an RFC 3339 datetime.
        #[arg(long)]
        now: Option<String>,
        /// Do not typeset leaflets (then leaflets that fall back to their short text are not found).
        #[arg(long)]
        no_leaflets: bool,
        /// Also write the editorial calendar (FILE.ics): when scheduled capsules go out, alerts
        /// end and events take place, for the team's calendar program.
        #[arg(long, value_name = "FILE.ics")]
        calendar: Option<PathBuf>,
    },
    /// Build the site and send what changed to a [publish.NAME] target of site.toml.
    Publish {
        /// The target (default: the first [publish.*] table).
        name: Option<String>,
        /// Show what would be sent and removed, and stop.
        #[arg(long)]
        dry_run: bool,
        /// Do not ask before sending.
        #[arg(long)]
        yes: bool,
        /// Remove pages, leaflets and feeds that are no longer in the site.
        #[arg(long)]
        allow_removals: bool,
        /// Compare with what the target really holds, not with its manifest.
        #[arg(long)]
        verify: bool,
        /// For schedulers: publish only if something is due (a scheduled capsule's date
        /// reached, an alert ended, the content changed), without asking.
        #[arg(long)]
        due: bool,
        /// Stay running: publish whenever something falls due or the content changes.
        #[arg(long)]
        watch: bool,
        /// Ask for the target's password once and keep it in the system keyring, then stop.
        #[arg(long, conflicts_with_all = ["dry_run", "yes", "allow_removals", "verify", "due", "watch", "now"])]
        login: bool,
        /// The moment that stands in for now: a date or an RFC 3339 datetime.
        #[arg(long)]
        now: Option<String>,
    },
    /// Bring posts from elsewhere home as capsules.
    Import {
        #[command(subcommand)]
        source: ImportSource,
    },
    /// Write the manual pages (DIR/man) and the shell completions (DIR/completions), for
    /// packages and release archives.
    #[command(hide = true)]
    PackageFiles { dir: PathBuf },
    /// Preview the site, drafts and scheduled capsules included; rebuild and reload on save.
    Serve {
        /// The port to listen on (0: any free port).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on; anything but loopback lets other machines see drafts.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// The moment that stands in for now: a date or an RFC 3339 datetime.
        #[arg(long)]
        now: Option<String>,
        /// Open the workbench in the browser once the preview is ready.
        #[arg(long)]
        open: bool,
    },
}

/// Opens `address` in the desktop's browser; where none can be started, the printed address
/// is enough.
fn open_in_browser(address: &str) {
    let (program, args): (&str, Vec<&str>) = if cfg!(target_os = "windows") {
        ("cmd", vec!["/C", "start", "", address])
    } else if cfg!(target_os = "macos") {
        ("open", vec![address])
    } else {
        ("xdg-open", vec![address])
    };
    let started = std::process::Command::new(program)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if started.is_err() {
        eprintln!("{}", word("browser-not-opened"));
    }
}

/// The manual pages (`vigie.1`, `vigie-build.1`…) and completions for bash, zsh, fish and
/// PowerShell, made from the command line's own definition so that they never drift from it.
fn package_files(dir: &std::path::Path) -> Result<(), Error> {
    use clap::CommandFactory;
    let man = dir.join("man");
    let completions = dir.join("completions");
    for folder in [&man, &completions] {
        std::fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
    }
    clap_mangen::generate_to(Cli::command(), &man).map_err(|e| Error::io(&man, e))?;
    for shell in [
        clap_complete::Shell::Bash,
        clap_complete::Shell::Zsh,
        clap_complete::Shell::Fish,
        clap_complete::Shell::PowerShell,
    ] {
        clap_complete::generate_to(shell, &mut public_command(), "vigie", &completions)
            .map_err(|e| Error::io(&completions, e))?;
    }
    Ok(())
}

/// The command line without its hidden commands: clap_complete's scripts would offer them.
fn public_command() -> clap::Command {
    use clap::CommandFactory;
    let full = Cli::command();
    clap::Command::new("vigie")
        .version(env!("CARGO_PKG_VERSION"))
        .args(full.get_arguments().cloned())
        .subcommands(full.get_subcommands().filter(|c| !c.is_hide_set()).cloned())
}

/// `--now`, or the clock read once.
fn moment(now: Option<String>) -> Result<Moment, Error> {
    match now {
        Some(text) => Moment::parse(&text),
        None => Ok(Moment::At(jiff::Timestamp::now())),
    }
}

#[derive(Subcommand)]
enum ImportSource {
    /// A Facebook Page's "Download your information" export (JSON), as a .zip or a folder.
    Facebook {
        export: PathBuf,
        /// The posts' language (default: the site's first).
        #[arg(long)]
        lang: Option<String>,
        /// Leave out posts before this day (2024-01-01).
        #[arg(long)]
        since: Option<jiff::civil::Date>,
        /// tip (default), alert, news or fun.
        #[arg(long, default_value = "tip", value_parser = parse_kind)]
        kind: Kind,
        /// Publish the capsules at once instead of writing drafts.
        #[arg(long)]
        publish: bool,
    },
    /// Capsules another Vigie site offers (its exchange.json), adopted as drafts with their
    /// translations, picture and credit.
    Site {
        /// The site's address (https://…), its exchange.json, its built folder, or the name
        /// of a [[library]] of site.toml.
        source: String,
        /// The slug of a capsule to adopt; as often as needed. Without --pick or --all, the
        /// offered capsules are listed.
        #[arg(long)]
        pick: Vec<String>,
        /// Adopt every offered capsule.
        #[arg(long)]
        all: bool,
        /// Only capsules of this kind: tip, alert, news or fun.
        #[arg(long, value_parser = parse_kind)]
        kind: Option<Kind>,
        /// Leave out capsules dated before this day (2024-01-01).
        #[arg(long)]
        since: Option<jiff::civil::Date>,
        /// The moment that stands in for now (the adopted capsules' date).
        #[arg(long)]
        now: Option<String>,
    },
}

/// `vigie publish --login`: the target's password, asked without echo on a terminal (one
/// line of standard input otherwise), kept in the system keyring.
fn log_in(root: &std::path::Path, name: Option<&str>) -> Result<(), Error> {
    let (config, _) = vigie::config::Config::load(root).map_err(Error::Content)?;
    let (name, target) = vigie::publish::target_named(&config, name)?;
    let address = target.url.get_ref();
    match address.split_once("://").map(|(scheme, _)| scheme) {
        Some("sftp" | "ftp" | "ftps") => {}
        Some("s3") => {
            return Err(Error::Usage(
                Message::new("login-s3").arg("name", name).text(),
            ))
        }
        _ => {
            return Err(Error::Usage(
                Message::new("login-folder").arg("name", name).text(),
            ))
        }
    }
    let question = format!(
        "{} ",
        Message::new("login-question")
            .arg("address", address)
            .text()
    );
    let password = if std::io::stdin().is_terminal() {
        rpassword::prompt_password(question)
    } else {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map(|_| line)
    }
    .map_err(|e| Error::Usage(Message::new("login-unreadable").arg("error", e).text()))?;
    let password = password.trim_end_matches(['\r', '\n']);
    if password.is_empty() {
        return Err(Error::Usage(word("login-empty")));
    }
    vigie::publish::login::remember(address, password).map_err(Error::Publish)?;
    println!(
        "The password for {name} ({address}) is kept in the system keyring: `vigie publish {name}` uses it from now on."
    );
    Ok(())
}

/// One publish, as `vigie publish` shows it; gives when the site next changes by itself.
fn publish_once(
    options: &vigie::publish::PublishOptions,
    dry_run: bool,
    yes: bool,
) -> Result<Option<jiff::Timestamp>, Error> {
    let prepared = vigie::publish::prepare(options)?;
    let plan = &prepared.plan;
    let next = prepared.build.next_change.clone();
    let next_line = || match &next {
        Some((_, when)) => format!(" {}", Message::new("publish-next").arg("when", when).text()),
        None => String::new(),
    };
    let built = Message::new("publish-built")
        .count("capsules", prepared.build.capsules)
        .count("files", prepared.build.files)
        .arg(
            "seconds",
            format!("{:.2}", prepared.build.elapsed.as_secs_f64()),
        );
    println!("{}", built.text());
    for note in &prepared.notes {
        println!(
            "{}",
            Message::new("publish-note").arg("note", note.text()).text()
        );
    }
    if plan.is_empty() {
        let nothing = Message::new("publish-nothing")
            .arg("name", &prepared.name)
            .arg("target", &prepared.target_description);
        println!("{}{}", nothing.text(), next_line());
        return Ok(next.map(|(t, _)| t));
    }
    let planned = Message::new("publish-plan")
        .arg("name", &prepared.name)
        .arg("target", &prepared.target_description)
        .count("new", plan.new)
        .count("changed", plan.uploads.len() - plan.new)
        .count("removed", plan.removals.len())
        .count("unchanged", plan.unchanged)
        .arg("bytes", vigie::publish::human_bytes(plan.upload_bytes()));
    println!("{}", planned.text());
    if dry_run {
        let (send, remove) = (word("publish-send"), word("publish-remove"));
        for (path, _) in &plan.uploads {
            println!("  {send:<8}{path}");
        }
        for path in &plan.removals {
            println!("  {remove:<8}{path}");
        }
        return Ok(next.map(|(t, _)| t));
    }
    if !yes {
        if !std::io::stdin().is_terminal() {
            return Err(Error::Usage(word("publish-needs-yes")));
        }
        print!("{} ", word("publish-confirm"));
        let _ = std::io::Write::flush(&mut std::io::stdout());
        let mut answer = String::new();
        let _ = std::io::stdin().read_line(&mut answer);
        if !is_yes(&answer) {
            println!("{}", word("publish-not-sent"));
            return Ok(next.map(|(t, _)| t));
        }
    }
    let address = prepared.address.clone();
    let sent = prepared.send(std::io::stderr().is_terminal())?;
    let done = Message::new("publish-done")
        .count("files", sent.files)
        .arg("bytes", vigie::publish::human_bytes(sent.bytes))
        .count("removed", sent.removed)
        .arg("address", address);
    println!("{}{}", done.text(), next_line());
    Ok(next.map(|(t, _)| t))
}

/// Sleeps until `next` or until a file of the site changes, whichever comes first.
fn wait_for_change(root: &std::path::Path, next: Option<jiff::Timestamp>) -> Result<(), Error> {
    use notify::Watcher;
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watcher = notify::recommended_watcher(tx)
        .map_err(|e| Error::Usage(Message::new("watch-impossible").arg("error", e).text()))?;
    for dir in ["content", "static", "templates", "themes"] {
        let _ = watcher.watch(&root.join(dir), notify::RecursiveMode::Recursive);
    }
    let _ = watcher.watch(&root.join("site.toml"), notify::RecursiveMode::NonRecursive);
    let wait = next.map_or(std::time::Duration::from_secs(24 * 3600), |t| {
        let seconds = (t.as_second() - jiff::Timestamp::now().as_second()).max(0) as u64;
        // One second past the moment, so that the next build sees it passed.
        std::time::Duration::from_secs(seconds + 1)
    });
    match next {
        Some(_) => println!("{}", word("publish-waiting-next")),
        None => println!("{}", word("publish-waiting-files")),
    }
    let _ = rx.recv_timeout(wait);
    // Editors save in several steps: let them finish.
    std::thread::sleep(std::time::Duration::from_millis(500));
    while rx.try_recv().is_ok() {}
    Ok(())
}

/// The first of the site's `languages`, read from site.toml without loading the site (whose
/// errors must already be said in the language this decides); none when there is no such
/// file or list.
fn first_language(root: &std::path::Path) -> Option<String> {
    let text = std::fs::read_to_string(root.join("site.toml")).ok()?;
    let table: toml::Table = text.parse().ok()?;
    table
        .get("languages")?
        .as_array()?
        .first()?
        .as_str()
        .map(str::to_string)
}

/// Runs while clap reads the command line, before the run's language is set: the refusal is
/// said in the language of the environment (`VIGIE_LANG`, `LANG`…).
fn parse_kind(s: &str) -> Result<Kind, String> {
    Kind::parse(s).ok_or_else(|| Message::new("kind-unknown").arg("kind", s).text())
}

/// `--lang` and `--root` as the command line gives them, read before clap reads it so that
/// `--help` and clap's refusals already speak the language they decide. `--lang` is Vigie's
/// only before the command (`vigie new --lang` names the capsule's language); `--root` is
/// anywhere.
fn language_and_root(args: &[String]) -> (Option<String>, PathBuf) {
    let value = |i: usize, name: &str| {
        let arg = &args[i];
        match arg.strip_prefix(name) {
            Some("") => args.get(i + 1).cloned(),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        }
    };
    let mut lang = None;
    let mut root = PathBuf::from(".");
    let mut before_command = true;
    let mut i = 1;
    while i < args.len() {
        if let Some(r) = value(i, "--root") {
            root = PathBuf::from(r);
        } else if before_command && lang.is_none() {
            lang = value(i, "--lang");
        }
        if args[i] == "--root" || (before_command && args[i] == "--lang") {
            i += 1;
        } else if !args[i].starts_with('-') {
            before_command = false;
        }
        i += 1;
    }
    (lang, root)
}

fn main() -> ExitCode {
    use clap::{CommandFactory, FromArgMatches};
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let (lang, root) = language_and_root(&args);
    vigie::messages::set(vigie::messages::choose(
        lang.as_deref(),
        first_language(&root).as_deref(),
    ));
    let cli = vigie::messages::help::translate(Cli::command())
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches))
        .unwrap_or_else(|e| match vigie::messages::help::refusal(&e) {
            Some(said) => {
                eprint!("{said}");
                std::process::exit(2)
            }
            None => e.exit(),
        });
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

/// Whether a typed answer is yes, in any of the four languages.
fn is_yes(answer: &str) -> bool {
    matches!(
        answer.trim().to_lowercase().as_str(),
        "y" | "yes" | "o" | "oui" | "j" | "ja"
    )
}

/// `vigie` alone, as a shortcut or a double-click starts it: in a site's folder, the preview
/// and the workbench, opened in the browser; elsewhere, a site created there if the person at
/// the terminal says so, and nothing without a terminal to ask.
fn start_here(root: &std::path::Path) -> Result<ExitCode, Error> {
    let folder = std::path::absolute(root).map_err(|e| Error::io(root, e))?;
    if !folder.join(vigie::config::FILE_NAME).is_file() {
        let said = |key| Message::new(key).arg("folder", folder.display());
        if !std::io::stdin().is_terminal() {
            return Err(Error::Usage(said("start-no-site-said").text()));
        }
        print!("{} ", said("start-no-site").text());
        let _ = std::io::Write::flush(&mut std::io::stdout());
        let mut answer = String::new();
        let _ = std::io::stdin().read_line(&mut answer);
        if !is_yes(&answer) {
            println!("{}", word("start-not-created"));
            return Ok(ExitCode::SUCCESS);
        }
        scaffold::init(
            &folder,
            jiff::ZonedDateTime::now().date(),
            vigie::messages::current(),
        )?;
    }
    let options = vigie::serve::ServeOptions {
        root: folder.clone(),
        now: moment(None)?,
        bind: std::net::Ipv4Addr::LOCALHOST.into(),
        port: 1111,
        or_any_port: true,
    };
    vigie::serve::serve(options, |address, workbench| {
        let running = Message::new("start-running")
            .arg("folder", folder.display())
            .arg("workbench", workbench)
            .arg("address", address);
        println!("{}", running.text());
        open_in_browser(workbench);
    })?;
    Ok(ExitCode::SUCCESS)
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    let today = || jiff::ZonedDateTime::now().date();
    let Some(command) = cli.command else {
        return start_here(&cli.root);
    };
    match command {
        Command::Init { dir } => {
            let dir = dir.unwrap_or(cli.root);
            let files = scaffold::init(&dir, today(), vigie::messages::current())?;
            let created = Message::new("init-created")
                .count("files", files.len())
                .arg("folder", dir.display());
            println!("{}", created.text());
        }
        Command::PackageFiles { dir } => package_files(&dir)?,
        Command::New { title, kind, lang } => {
            let file = scaffold::new_capsule(&cli.root, &title, kind, lang.as_deref(), today())?;
            println!(
                "{}",
                Message::new("new-created")
                    .arg("file", file.display())
                    .text()
            );
        }
        Command::Serve {
            port,
            bind,
            now,
            open,
        } => {
            if !bind.is_loopback() {
                eprintln!(
                    "{}",
                    Message::new("serve-on-network").arg("bind", bind).text()
                );
            }
            let options = vigie::serve::ServeOptions {
                root: cli.root,
                now: moment(now)?,
                bind,
                port,
                or_any_port: false,
            };
            vigie::serve::serve(options, |address, workbench| {
                let running = Message::new("serve-running")
                    .arg("address", address)
                    .arg("workbench", workbench);
                println!("{}", running.text());
                if open {
                    open_in_browser(workbench);
                }
            })?;
        }
        Command::Build {
            output,
            drafts,
            now,
            base_url,
            offline,
            no_leaflets,
            force,
        } => {
            let now = moment(now)?;
            let options = BuildOptions {
                load: LoadOptions {
                    root: cli.root,
                    now,
                    drafts,
                    base_url,
                    offline,
                    leaflets: !no_leaflets,
                },
                output,
                progress: std::io::stderr().is_terminal(),
                force,
            };
            let s = build::build(&options)?;
            let built = Message::new("build-done")
                .count("capsules", s.capsules)
                .count("languages", s.languages)
                .count("pages", s.pages)
                .count("files", s.files)
                .arg("seconds", format!("{:.2}", s.elapsed.as_secs_f64()))
                .arg("output", s.output.display());
            println!("{}", built.text());
            for detail in &s.details {
                println!("  {detail}");
            }
            if let Some((_, when)) = &s.next_change {
                let next = Message::new("build-next-change").arg("when", when);
                println!("  {}", next.text());
            }
        }
        Command::Import {
            source:
                ImportSource::Facebook {
                    export,
                    lang,
                    since,
                    kind,
                    publish,
                },
        } => {
            let options = vigie::import::ImportOptions {
                root: cli.root,
                export,
                lang,
                since,
                kind,
                publish,
            };
            let s = vigie::import::facebook(&options)?;
            let summary = Message::new("import-facebook-summary")
                .count("found", s.found)
                .count("imported", s.imported)
                .count("skipped", s.skipped())
                .count("already", s.already_imported)
                .count("before", s.before_since)
                .count("empty", s.empty)
                .count("bad_date", s.bad_date)
                .count("photos", s.photos)
                .count("other_media", s.other_media);
            println!("{}", summary.text());
            if s.imported > 0 {
                let place = Message::new("import-facebook-where")
                    .arg("folder", s.folder.display())
                    .arg("drafts", if publish { "no" } else { "yes" });
                println!("{}", place.text());
            }
        }
        Command::Import {
            source:
                ImportSource::Site {
                    source,
                    pick,
                    all,
                    kind,
                    since,
                    now,
                },
        } => {
            let options = vigie::exchange::adopt::AdoptOptions {
                root: cli.root,
                source,
                pick,
                all,
                kind,
                since,
                now: moment(now)?,
            };
            let a = vigie::exchange::adopt::adopt(&options)?;
            let summary = Message::new("import-site-summary")
                .arg("site", &a.site)
                .count("offered", a.offered)
                .count("adopted", a.adopted.len())
                .count("pictures", a.pictures)
                .count("already", a.already.len())
                .arg("already_list", a.already.join(", "))
                .count("none", a.no_language.len())
                .arg("none_list", a.no_language.join(", "));
            println!("{}", summary.text());
            if !a.adopted.is_empty() {
                let place = Message::new("import-site-where")
                    .arg("folder", a.folder.display())
                    .arg("folders", a.adopted.join(", "));
                println!("{}", place.text());
            }
        }
        Command::Publish {
            name,
            dry_run,
            yes,
            allow_removals,
            verify,
            due,
            watch,
            now,
            login,
        } => {
            if login {
                return log_in(&cli.root, name.as_deref()).map(|()| ExitCode::SUCCESS);
            }
            if watch && now.is_some() {
                return Err(Error::Usage(word("watch-with-now")));
            }
            let mut options = vigie::publish::PublishOptions {
                root: cli.root,
                name,
                now: moment(now)?,
                allow_removals,
                verify,
                progress: std::io::stderr().is_terminal(),
            };
            // A scheduler has nobody to answer a question.
            let yes = yes || due || watch;
            loop {
                let next = publish_once(&options, dry_run, yes)?;
                if !watch {
                    break;
                }
                wait_for_change(&options.root, next)?;
                options.now = moment(None)?;
                options.verify = false;
            }
        }
        Command::Check {
            format,
            report,
            now,
            no_leaflets,
            calendar,
        } => {
            let load = LoadOptions {
                root: cli.root,
                now: moment(now)?,
                drafts: true,
                base_url: None,
                offline: false,
                leaflets: !no_leaflets,
            };
            let (site, found) = vigie::check::run(&load)?;
            if format == "json" {
                println!("{:#}", vigie::check::report::json(&found));
            } else {
                print!(
                    "{}",
                    vigie::check::report::text(&found, std::io::stdout().is_terminal())
                );
            }
            if let Some(file) = report {
                let (title, now) = match &site {
                    Some(site) => (
                        site.config
                            .title(site.config.default_language())
                            .to_string(),
                        vigie::locale::iso_datetime(site.now, &site.tz),
                    ),
                    None => ("site.toml".to_string(), String::new()),
                };
                let html = vigie::check::report::html(&found, &title, &now)?;
                std::fs::write(&file, html).map_err(|e| Error::io(&file, e))?;
            }
            if let (Some(file), Some(site)) = (calendar, &site) {
                let ics = vigie::check::calendar::editorial(site);
                std::fs::write(&file, ics).map_err(|e| Error::io(&file, e))?;
            }
            if found.errors() > 0 {
                return Ok(ExitCode::FAILURE);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> (Option<String>, PathBuf) {
        let args: Vec<String> = line.split(' ').map(str::to_string).collect();
        language_and_root(&args)
    }

    #[test]
    fn the_language_is_the_one_given_before_the_command() {
        assert_eq!(read("vigie --lang nl build").0.as_deref(), Some("nl"));
        assert_eq!(read("vigie --lang=de check").0.as_deref(), Some("de"));
        assert_eq!(
            read("vigie --root site --lang fr serve"),
            (Some("fr".to_string()), PathBuf::from("site"))
        );
        // `new --lang` names the capsule's language, not Vigie's.
        assert_eq!(read("vigie new --lang nl Titre").0, None);
        assert_eq!(
            read("vigie build --root=ailleurs").1,
            PathBuf::from("ailleurs")
        );
        assert_eq!(read("vigie --lang").0, None);
        assert_eq!(read("vigie").1, PathBuf::from("."));
    }
}
