//! The HTML data map (`redline map --format html`, issue 11) in a real headless browser:
//! Chromium from the system packages loads the page from a file, with no network; the
//! page must load without console errors, show its picture and its tables, and render
//! to a screenshot that is not blank. The screenshot is kept in the target directory
//! (`redline-map.png`) for a person to look at.
//!
//! Chromium is required: `.ci/run` installs it when it is missing. Only with
//! `REDLINE_SKIP_BROWSER=1` does a machine without it skip this test.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Where Debian's `chromium` package puts the browser.
const CHROMIUM: &str = "/usr/bin/chromium";
/// Set to `1` to skip this test on a machine without Chromium.
const SKIP_ENV: &str = "REDLINE_SKIP_BROWSER";
/// Assumed: `redline map --format html --output FILE`.
const MAP_ARGS: &[&str] = &["map", "--format", "html", "--output"];
/// A browser run that takes longer than this has hung: it is killed and the test fails.
const WATCHDOG: Duration = Duration::from_secs(120);
const WIDTH: u32 = 1280;
const HEIGHT: u32 = 2000;
/// What the probe injected into a copy of the page prints for each console error,
/// uncaught exception, unhandled rejection or resource that failed to load.
const PROBE_MARK: &str = "REDLINE-PROBE";
const PROBE: &str = r#"<script>(function () {
  var mark = "REDLINE-PROBE";
  var error = console.error;
  console.error = function () {
    console.log(mark + " console.error: " + Array.prototype.join.call(arguments, " "));
    return error.apply(console, arguments);
  };
  window.addEventListener("error", function (e) {
    var t = e.target;
    if (t && t !== window && (t.src || t.href)) {
      console.log(mark + " failed to load " + (t.src || t.href));
    } else {
      console.log(mark + " uncaught: " + e.message);
    }
  }, true);
  window.addEventListener("unhandledrejection", function (e) {
    console.log(mark + " unhandled rejection: " + e.reason);
  });
})();</script>"#;

/// The demo's violating functions, which the page's violations list names.
const DEMO_VIOLATING_FUNCTIONS: &[&str] = &[
    "prepare_pitch",
    "enrich_with_email",
    "win_back",
    "rank_leads",
    "nightly_lead_feed",
    "viewed_you_campaign",
    "pride_segment",
    "draft_annex",
];

/// The browser, or `None` when it is missing and the skip variable is set.
fn chromium() -> Option<PathBuf> {
    if Path::new(CHROMIUM).exists() {
        return Some(PathBuf::from(CHROMIUM));
    }
    if std::env::var(SKIP_ENV).as_deref() == Ok("1") {
        eprintln!("{CHROMIUM} is missing and {SKIP_ENV}=1: the browser test of the HTML map is skipped");
        return None;
    }
    panic!(
        "{CHROMIUM} is missing: .ci/run must install it (apt-get install -y chromium) so that the HTML map is \
         tested in a real browser; set {SKIP_ENV}=1 to skip this test on a machine without it"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("dirs");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            if entry.file_name() != "target" {
                copy_dir(&entry.path(), &target);
            }
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// What one browser run printed.
struct Run {
    stdout: String,
    stderr: String,
}

/// Kills every process of a process group that this test started.
fn kill_group(pgid: u32) {
    let _ = Command::new("kill").args(["-KILL", "--", &format!("-{pgid}")]).stderr(Stdio::null()).status();
}

/// Runs Chromium headless on a file, with a fresh profile, no network and a watchdog.
fn browse(browser: &Path, work: &Path, name: &str, page: &Path, extra: &[String]) -> Run {
    let profile = work.join(format!("profile-{name}"));
    std::fs::create_dir_all(&profile).expect("profile dir");
    let out_path = work.join(format!("{name}.stdout"));
    let err_path = work.join(format!("{name}.stderr"));
    let mut command = Command::new(browser);
    command
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).expect("stdout file"))
        .stderr(std::fs::File::create(&err_path).expect("stderr file"));
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command.spawn().unwrap_or_else(|e| panic!("cannot start {}: {e}", browser.display()));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if started.elapsed() > WATCHDOG {
            kill_group(child.id());
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "chromium ({name}) hung for {WATCHDOG:?} and was killed; stderr:\n{}",
                std::fs::read_to_string(&err_path).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    // Helpers (crash handler, zygote) that outlive the browser go too.
    kill_group(child.id());
    let run = Run {
        stdout: std::fs::read_to_string(&out_path).unwrap_or_default(),
        stderr: std::fs::read_to_string(&err_path).unwrap_or_default(),
    };
    assert!(status.success(), "chromium ({name}) failed with {status}:\n{}", run.stderr);
    let _ = std::fs::remove_dir_all(profile);
    run
}

/// Console lines the page caused: uncaught exceptions anywhere, and messages from the
/// page that report an error (or, for the probed copy, anything the probe reports).
fn page_errors(stderr: &str, page: &Path) -> Vec<String> {
    let source = format!("file://{}", page.display());
    stderr
        .lines()
        .filter(|l| {
            l.contains("Uncaught")
                || l.contains(PROBE_MARK)
                || (l.contains(":CONSOLE") && l.contains(&source) && l.to_lowercase().contains("error"))
        })
        .map(str::to_string)
        .collect()
}

/// The page with the probe as the first thing in its head.
fn probed(html: &str) -> String {
    let lower = html.to_lowercase();
    let after = ["<head", "<html"]
        .iter()
        .find_map(|tag| lower.find(tag).and_then(|at| lower[at..].find('>').map(|end| at + end + 1)));
    match after {
        Some(at) => format!("{}{PROBE}{}", &html[..at], &html[at..]),
        None => format!("{PROBE}{html}"),
    }
}

/// Width and height of a PNG file, checking its signature.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert!(png.len() > 24 && png.starts_with(b"\x89PNG\r\n\x1a\n") && &png[12..16] == b"IHDR", "not a PNG");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    (be(&png[16..20]), be(&png[20..24]))
}

#[test]
fn the_html_map_loads_in_a_browser_without_errors_and_shows_its_picture_and_tables() {
    let Some(browser) = chromium() else { return };
    let work = std::env::temp_dir().join(format!("redline-map-browser-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    let demo = work.join("demo");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/demo"), &demo);

    let map = work.join("map.html");
    let o = Command::new(env!("CARGO_BIN_EXE_redline"))
        .args(MAP_ARGS)
        .arg(&map)
        .current_dir(&demo)
        .output()
        .expect("run redline");
    assert_eq!(
        o.status.code(),
        Some(0),
        "redline {} exited with {}:\n{}{}",
        MAP_ARGS.join(" "),
        o.status,
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    let html = std::fs::read_to_string(&map).expect("the map was written");

    // The page as shipped: a screenshot, and the console while it loads.
    let window = format!("--window-size={WIDTH},{HEIGHT}");
    let shot = work.join("map.png");
    let run =
        browse(&browser, &work, "screenshot", &map, &[format!("--screenshot={}", shot.display()), window.clone()]);
    let errors = page_errors(&run.stderr, &map);
    assert!(errors.is_empty(), "the page logs errors:\n{}", errors.join("\n"));

    // Not blank: measured against a screenshot of an empty page of the same size.
    let blank_page = work.join("blank.html");
    std::fs::write(&blank_page, "<!DOCTYPE html><html><head></head><body></body></html>\n").expect("write");
    let blank_shot = work.join("blank.png");
    browse(&browser, &work, "blank", &blank_page, &[format!("--screenshot={}", blank_shot.display()), window]);
    let png = std::fs::read(&shot).unwrap_or_else(|e| panic!("no screenshot ({e}):\n{}", run.stderr));
    let blank = std::fs::read(&blank_shot).expect("blank screenshot");
    assert_eq!(png_size(&png), (WIDTH, HEIGHT), "the screenshot has the window's size");
    assert!(
        png.len() > 2 * blank.len() && png.len() > 20_000,
        "the screenshot looks blank: {} bytes (an empty page: {} bytes)",
        png.len(),
        blank.len()
    );
    let kept = Path::new(env!("CARGO_TARGET_TMPDIR")).join("redline-map.png");
    std::fs::copy(&shot, &kept).expect("keep the screenshot");
    eprintln!("screenshot of the HTML map: {}", kept.display());

    // The document after its scripts ran, with a probe that reports errors of every kind.
    let probe_page = work.join("map-probed.html");
    std::fs::write(&probe_page, probed(&html)).expect("write");
    let run = browse(&browser, &work, "dom", &probe_page, &["--dump-dom".to_string()]);
    let errors = page_errors(&run.stderr, &probe_page);
    assert!(errors.is_empty(), "the page reports errors while loading:\n{}", errors.join("\n"));
    let dom = run.stdout.to_lowercase();
    let svg = dom.find("<svg").unwrap_or_else(|| panic!("no <svg> picture in the rendered page:\n{}", run.stdout));
    let picture = &dom[svg..dom[svg..].find("</svg>").map_or(dom.len(), |e| svg + e)];
    assert!(
        ["<path", "<rect", "<line", "<polyline", "<polygon", "<circle"].iter().any(|shape| picture.contains(shape)),
        "the picture draws nothing:\n{picture}"
    );
    assert!(dom.matches("<table").count() >= 5, "per-category tables in the rendered page:\n{}", run.stdout);
    for name in ["chat", "browsing", "contact.email", "consent", "sensitive.orientation"] {
        assert!(dom.contains(name), "`{name}` is not on the rendered page");
    }
    for function in DEMO_VIOLATING_FUNCTIONS {
        assert!(dom.contains(&function.to_lowercase()), "the rendered page does not name `{function}`");
    }
    let _ = std::fs::remove_dir_all(work);
}
