// Heard: small progressive enhancements. Every page works without this file.
//
// Loaded as <script type="module" src="/static/build/heard.<digest>.js" nonce="...">,
// so it runs once the document has been parsed, in strict mode, under a CSP
// without 'unsafe-inline' or 'unsafe-eval': no inline handlers, no eval.
//
// 1. Quick exit: [data-quick-exit] links, and Shift pressed 3 times quickly
//    (the draft on this device is forgotten through /leave either way).
// 2. Error summary: focused on load; its links focus the field in error.
// 3. Character count: live "You have N characters remaining" for
//    [data-maxlength] textareas, using server-rendered translated templates.
//
// Young people's pages load only this (build/heard.js), as a phone on a prepaid plan downloads it. Staff pages load
// build/staff.js instead: this file and staff.js in one bundle (build.mjs), for what only staff pages have.

const doc = document;

// ---------------------------------------------------------------------------
// 1. Quick exit
// ---------------------------------------------------------------------------

const exitLink = doc.querySelector("[data-quick-exit]");

function quickExit(event, link) {
  if (event) event.preventDefault();
  const chosen = link || exitLink;
  // The link itself goes through Heard's /leave, which forgets this
  // device's drafts and redirects (that is the way without JavaScript).
  // Here the forgetting is sent alongside, never waited for, and the page
  // goes straight to the exit site.
  const exit = chosen.getAttribute("data-exit-url") || chosen.href;
  try {
    fetch(chosen.href, { credentials: "same-origin", keepalive: true, redirect: "manual", cache: "no-store" })
      .catch(() => {});
  } catch (error) {
    // An old browser without fetch: the exit still happens.
  }
  // Blank the page at once so nothing is left on screen (or in the app
  // switcher's snapshot) while the next page loads...
  doc.title = "";
  doc.body.innerHTML = "";
  // ...and replace this page in the history, so Back does not return to it.
  window.location.replace(exit);
}

if (exitLink) {
  doc.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("[data-quick-exit]");
    if (link) quickExit(event, link);
  });

  // Shift pressed on its own three times within 5 seconds (as GOV.UK's
  // "Exit this page"). Shift used for capitals while typing does not count.
  let presses = 0;
  let alone = false;
  let timer;
  doc.addEventListener("keydown", (event) => {
    if (event.key === "Shift") {
      if (!event.repeat) alone = true;
    } else {
      alone = false;
      presses = 0;
    }
  });
  doc.addEventListener("keyup", (event) => {
    if (event.key !== "Shift" || !alone) return;
    alone = false;
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(() => {
      presses = 0;
    }, 5000);
    if (presses >= 3) quickExit();
  });
}

// ---------------------------------------------------------------------------
// 2. Error summary
// ---------------------------------------------------------------------------

const summary = doc.querySelector(".govuk-error-summary");

if (summary) {
  if (!summary.hasAttribute("data-disable-auto-focus")) {
    if (!summary.hasAttribute("tabindex")) summary.setAttribute("tabindex", "-1");
    summary.addEventListener("blur", () => summary.removeAttribute("tabindex"), { once: true });
    summary.focus();
  }

  summary.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest('a[href^="#"]');
    if (!link) return;
    let target = doc.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) return;
    // A fieldset, a form group or a wrapper: use its first field.
    if (!/^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName)) {
      target =
        target.querySelector('input:not([type="hidden"]), select, textarea') ||
        target;
      if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    }
    event.preventDefault();
    // Scroll the question into view (the legend of a fieldset, or the
    // field's label), then move focus without scrolling again.
    const fieldset = target.closest("fieldset");
    const legend = fieldset && fieldset.querySelector("legend");
    const label = target.id && doc.querySelector('label[for="' + target.id + '"]');
    (legend || label || target).scrollIntoView();
    target.focus({ preventScroll: true });
  });
}

// ---------------------------------------------------------------------------
// 3. Character count
// ---------------------------------------------------------------------------
//
// Markup from the govukCharacterCount macro: a wrapper with data-maxlength and translated templates in
// data-i18n.characters-under-limit.{one,other,...}, data-i18n.characters-at-limit and
// data-i18n.characters-over-limit.{one,other,...}, each containing %{count}. Plural forms are chosen with
// Intl.PluralRules for the page's language, falling back to "other".

let plural;
try {
  plural = new Intl.PluralRules(doc.documentElement.lang || undefined);
} catch (error) {
  plural = { select: (n) => (n === 1 ? "one" : "other") };
}

function message(source, key, count) {
  const base = "data-i18n." + key;
  const text =
    source.getAttribute(base + "." + plural.select(count)) ||
    source.getAttribute(base + ".other") ||
    source.getAttribute(base) ||
    "";
  // Plain digits, as the server renders them.
  return text.replace(/%\{count\}/g, count);
}

doc.querySelectorAll(".govuk-character-count[data-maxlength]").forEach((source) => {
  const textarea = source.querySelector("textarea");
  const max = parseInt(source.getAttribute("data-maxlength"), 10);
  if (!textarea || !(max > 0) || !source.hasAttribute("data-i18n.characters-under-limit.other")) return;

  // The server-rendered "You can enter up to N characters" stays as the
  // textarea's description for screen readers; sighted users see the live count.
  const info = doc.getElementById(textarea.id + "-info");
  const visible = doc.createElement("div");
  visible.className = "govuk-hint govuk-character-count__message";
  visible.setAttribute("aria-hidden", "true");
  // Announced politely, and only once typing pauses.
  const spoken = doc.createElement("div");
  spoken.className = "govuk-visually-hidden";
  spoken.setAttribute("aria-live", "polite");
  if (info) {
    info.classList.add("govuk-visually-hidden");
    info.after(visible, spoken);
  } else {
    textarea.after(visible, spoken);
  }

  const serverError = textarea.classList.contains("govuk-textarea--error");
  let timer;
  function update(announce) {
    // Count characters as Python does (code points), so an emoji counts as 1.
    const remaining = max - Array.from(textarea.value).length;
    const text =
      remaining < 0
        ? message(source, "characters-over-limit", -remaining)
        : remaining === 0
          ? message(source, "characters-at-limit", 0)
          : message(source, "characters-under-limit", remaining);
    visible.textContent = text;
    visible.classList.toggle("govuk-error-message", remaining < 0);
    visible.classList.toggle("govuk-hint", remaining >= 0);
    textarea.classList.toggle("govuk-textarea--error", serverError || remaining < 0);
    clearTimeout(timer);
    if (announce) {
      timer = setTimeout(() => {
        spoken.textContent = text;
      }, 1000);
    }
  }

  textarea.addEventListener("input", () => update(true));
  // Back/forward cache and form restore can refill the textarea.
  window.addEventListener("pageshow", () => update(false));
  update(false);
});
