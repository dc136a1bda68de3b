// The runbook form: asks the service to check the values as they are typed (the same RuleSet as
// the command line; no rule lives here), shows each problem beside its field, and refreshes the
// preview once every value is valid. Without this script the form still works by posting.
(() => {
  "use strict";
  const form = document.getElementById("values");
  if (!form || !window.fetch) return;
  const status = document.getElementById("status");
  const previewButton = document.getElementById("preview-button");
  const boxes = Array.from(form.querySelectorAll("[data-field]"));
  const touched = new Set();
  let checkTimer = 0, previewTimer = 0, latest = 0, everything = false;

  function control(box) { return box.querySelector("input, select, textarea"); }

  // The values as the JSON API takes them: property names of rules --json; a repeatable field's
  // box holds its values separated by spaces or line breaks; an empty box gives no value.
  function values() {
    const object = {};
    for (const box of boxes) {
      const value = control(box).value;
      if (box.dataset.repeatable === "true") {
        const items = value.split(/\s+/).filter((item) => item !== "");
        if (items.length > 0) object[box.dataset.field] = items;
      } else if (value !== "") {
        object[box.dataset.field] = value;
      }
    }
    return object;
  }

  function show(report) {
    const byField = new Map();
    for (const problem of report.problems || []) {
      const list = byField.get(problem.field) || [];
      const repeatable = form.querySelector(`[data-field="${problem.field}"]`)?.dataset.repeatable === "true";
      list.push(repeatable && problem.value !== null ? `${problem.value}: ${problem.message}` : problem.message);
      byField.set(problem.field, list);
    }
    let shown = 0;
    for (const box of boxes) {
      const key = box.dataset.field;
      const messages = everything || touched.has(key) ? byField.get(key) || [] : [];
      const slot = document.getElementById(`problem-${key}`);
      slot.textContent = messages.join("\n");
      slot.hidden = messages.length === 0;
      control(box).setAttribute("aria-invalid", messages.length > 0 ? "true" : "false");
      shown += messages.length;
    }
    const text = report.valid ? form.dataset.valid
      : shown === 1 ? form.dataset.problemsOne
      : shown > 1 ? form.dataset.problems.replace("{count}", String(shown))
      : form.dataset.incomplete;
    if (status.textContent !== text) status.textContent = text;
    for (const button of form.querySelectorAll("[data-needs-valid]")) button.disabled = !report.valid;
    if (report.valid) {
      clearTimeout(previewTimer);
      previewTimer = setTimeout(() => form.requestSubmit(previewButton), 400);
    }
  }

  async function check() {
    const mine = ++latest;
    try {
      const response = await fetch("/v1/validations", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json", "Accept-Language": form.dataset.lang },
        body: JSON.stringify(values()),
        credentials: "same-origin",
      });
      if (mine !== latest) return;
      if (!response.ok) throw new Error(String(response.status));
      show(await response.json());
    } catch (error) {
      if (mine === latest) status.textContent = form.dataset.failed;
    }
  }

  function changed(event) {
    const box = event.target.closest("[data-field]");
    if (box) touched.add(box.dataset.field);
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, 150);
  }
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  // "Check the values" shows every problem, also of fields not touched yet, without leaving the page.
  form.addEventListener("submit", (event) => {
    if (event.submitter && event.submitter.hasAttribute("formaction")) return;
    event.preventDefault();
    everything = true;
    check();
  });
  // The runbook page links to its other language's file, which sits beside it in the downloads
  // but not on this service: in the preview, that link switches the form's language instead and
  // shows the preview again (without this script the service answers it with a page saying so).
  const preview = document.getElementById("preview");
  if (preview) {
    preview.addEventListener("load", () => {
      const link = preview.contentDocument && preview.contentDocument.querySelector(".other-language a[hreflang]");
      if (!link) return;
      link.addEventListener("click", (event) => {
        const choice = form.querySelector(`input[name="language"][value="${link.getAttribute("hreflang")}"]`);
        if (!choice) return;
        event.preventDefault();
        choice.checked = true;
        form.requestSubmit(previewButton);
      });
    });
  }
  // A form the server filled in (from a ticket, or posted without script) is checked at once.
  if (Object.keys(values()).length > 0) { everything = true; check(); }
})();
