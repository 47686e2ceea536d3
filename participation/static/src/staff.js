// Heard's script for staff pages only: what no young person's page has. build.mjs bundles it after heard.js (quick
// exit, error summary, character count) as build/staff.js, which staff/base.html loads instead of build/heard.js.
// Every page works without it. The same rules as heard.js: a module under a CSP without 'unsafe-inline' or
// 'unsafe-eval'.
//
// 4. Show or hide a password.
// 5. Conditional reveal: a radio's follow-up fields shown only while it is
//    chosen (as GOV.UK Frontend's Radios component does).
// 6. A live poll's results on the projector, read again every few seconds.

const doc = document;

// ---------------------------------------------------------------------------
// 4. Show or hide a password (the govukPasswordInput macro's toggle button, with its translated texts in
//    data-i18n.* attributes on the wrapper). Without JavaScript the button stays hidden.
// ---------------------------------------------------------------------------

doc.querySelectorAll('[data-module="govuk-password-input"]').forEach((wrapper) => {
  const input = wrapper.querySelector(".govuk-js-password-input-input");
  const toggle = wrapper.querySelector(".govuk-js-password-input-toggle");
  if (!input || !toggle) return;
  const text = (key, fallback) => wrapper.getAttribute("data-i18n." + key) || fallback;
  const status = doc.createElement("div");
  status.className = "govuk-visually-hidden";
  status.setAttribute("aria-live", "polite");
  wrapper.appendChild(status);
  toggle.hidden = false;
  toggle.addEventListener("click", () => {
    const show = input.type === "password";
    input.type = show ? "text" : "password";
    toggle.textContent = show ? text("hide-password", "Hide") : text("show-password", "Show");
    toggle.setAttribute(
      "aria-label",
      show ? text("hide-password-aria-label", "Hide password") : text("show-password-aria-label", "Show password"),
    );
    status.textContent = show
      ? text("password-shown-announcement", "Your password is visible")
      : text("password-hidden-announcement", "Your password is hidden");
  });
  // Never submit with the password on show, so the browser does not offer to keep it as plain text.
  input.form && input.form.addEventListener("submit", () => {
    input.type = "password";
  });
});

// ---------------------------------------------------------------------------
// 5. Conditional reveal (the govukRadios macro's item.conditional): each radio that controls a follow-up
//    (data-aria-controls, made aria-controls) shows it only while chosen. Without JavaScript every follow-up is shown
//    (GOV.UK Frontend hides them only under .govuk-frontend-supported), and the server reads only the chosen one's
//    fields. No aria-expanded, which GOV.UK Frontend sets but ARIA does not allow on a radio (axe: aria-allowed-attr);
//    the follow-up comes straight after its radio, where a screen reader reads on to it.
// ---------------------------------------------------------------------------

doc.querySelectorAll(".govuk-radios").forEach((group) => {
  const radios = Array.from(group.querySelectorAll('input[type="radio"]'));
  const controlling = radios.filter((radio) => {
    const id = radio.getAttribute("data-aria-controls");
    if (!id || !doc.getElementById(id)) return false;
    radio.setAttribute("aria-controls", id);
    radio.removeAttribute("data-aria-controls");
    return true;
  });
  if (!controlling.length) return;
  function sync() {
    controlling.forEach((radio) => {
      const reveal = doc.getElementById(radio.getAttribute("aria-controls"));
      reveal.classList.toggle("govuk-radios__conditional--hidden", !radio.checked);
    });
  }
  radios.forEach((radio) => radio.addEventListener("change", sync));
  // Back/forward cache and form restore can change which is chosen.
  window.addEventListener("pageshow", sync);
  sync();
});

// ---------------------------------------------------------------------------
// 6. A live poll's results on the projector (data-poll-results names the fragment to read, with the poll's screen
//    key, so it works all day whatever happens to the worker's session). Read every few seconds; a failed read
//    (the network, a restart) keeps what is shown and tries again, more slowly, for as long as the page is open.
//    Without JavaScript the page has a link that reloads it.
// ---------------------------------------------------------------------------

doc.querySelectorAll("[data-poll-results]").forEach((box) => {
  const url = box.getAttribute("data-poll-results");
  const every = 4000;
  let wait = every;
  const read = () => {
    fetch(url, { credentials: "same-origin", cache: "no-store" })
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then((html) => {
        const fresh = html.trim();
        if (fresh !== box.innerHTML.trim()) box.innerHTML = fresh;
        wait = every;
      })
      .catch(() => {
        wait = Math.min(wait * 2, 60000);
      })
      .finally(() => setTimeout(read, wait));
  };
  setTimeout(read, wait);
});
