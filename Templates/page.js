// The page's behaviour, all of it progressive enhancement: without script the page reads the same,
// only without copy buttons, continuation marks and the checklist. Labels come from the page
// (data-* on <html>) so this script is the same in every language and its hash in the
// Content-Security-Policy stays the same. Text goes in through textContent only, never as markup.
(function () {
  "use strict";
  var root = document.documentElement;
  function label(name, fallback) { return root.getAttribute("data-" + name) || fallback; }

  function copyWithSelection(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  function copy(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).catch(function () { return copyWithSelection(text); });
    }
    return copyWithSelection(text);
  }

  // Each line of a block in an element of its own, so that the stylesheet can mark and indent the
  // rows where a long line wraps (--indent: the line's leading spaces), and each word of ASCII
  // characters in one that moves to the next row whole, so that a row ends at a space rather than
  // inside `--aws-account-id`. The text itself is unchanged.
  function splitLines(code, text) {
    code.textContent = "";
    text.split("\n").forEach(function (line) {
      var span = document.createElement("span");
      span.className = "line";
      span.style.setProperty("--indent", line.match(/^ */)[0].length + "ch");
      line.split(/( +)/).forEach(function (part) {
        if (part === "") return;
        if (part.charAt(0) === " " || !/^[\x21-\x7e]+$/.test(part)) {
          span.appendChild(document.createTextNode(part));
          return;
        }
        var word = document.createElement("span");
        word.className = "word";
        word.textContent = part;
        span.appendChild(word);
      });
      code.appendChild(span);
    });
  }

  function addCopyButton(code, text) {
    var pre = code.parentElement;
    var wrapper = document.createElement("div");
    wrapper.className = "command";
    pre.parentNode.insertBefore(wrapper, pre);
    wrapper.appendChild(pre);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = label("copy", "Copy");
    button.addEventListener("click", function () {
      copy(text).then(function () {
        button.textContent = label("copied", "Copied");
        setTimeout(function () { button.textContent = label("copy", "Copy"); }, 2000);
      }, function () { button.textContent = label("copy", "Copy"); });
    });
    wrapper.insertBefore(button, pre);  // above the block, so it never covers a long command
  }

  Array.prototype.forEach.call(document.querySelectorAll("pre > code"), function (code) {
    // The block holds exactly what to paste; libcmark ends it with one newline.
    var text = code.textContent.replace(/\n$/, "");
    if (code.classList.contains("language-shell")) addCopyButton(code, text);
    splitLines(code, text);
  });

  // The checklist: a "done" box under each step's heading, remembered in this browser's
  // localStorage for this add-on and task (so both languages share it), with a control to clear it.
  var addon = root.getAttribute("data-addon"), task = root.getAttribute("data-task");
  var headings = Array.prototype.slice.call(document.querySelectorAll("main [id^='step-']"));
  var nav = document.querySelector("nav");
  if (!addon || !task || !headings.length || !nav) return;
  var key = "privatelink-runbook:" + addon + ":" + task;

  function stored() {
    try {
      var value = JSON.parse(window.localStorage.getItem(key) || "[]");
      return Array.isArray(value) ? value : [];
    } catch (e) { return []; }
  }
  function store(done) {
    try {
      if (done.length) window.localStorage.setItem(key, JSON.stringify(done));
      else window.localStorage.removeItem(key);
    } catch (e) { /* storage off: the boxes still work until the page is closed */ }
  }

  var panel = document.createElement("div");
  panel.className = "checklist";
  panel.setAttribute("role", "group");
  panel.setAttribute("aria-label", label("checklist", "Checklist"));
  var progress = document.createElement("p");
  progress.className = "checklist-progress";
  progress.setAttribute("aria-live", "polite");
  var reset = document.createElement("button");
  reset.type = "button";
  reset.className = "checklist-reset";
  reset.textContent = label("reset", "Reset");
  panel.appendChild(progress);
  panel.appendChild(reset);
  nav.appendChild(panel);

  var boxes = headings.map(function (heading) {
    var box = document.createElement("input");
    box.type = "checkbox";
    box.value = heading.id;
    box.setAttribute("aria-describedby", heading.id);
    var text = document.createElement("label");
    text.appendChild(box);
    text.appendChild(document.createTextNode(" " + label("done", "Done")));
    var line = document.createElement("p");
    line.className = "step-done";
    line.appendChild(text);
    heading.parentNode.insertBefore(line, heading.nextSibling);
    box.addEventListener("change", function () { store(checked()); show(checked()); });
    return box;
  });

  function checked() {
    return boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
  }
  function show(done) {
    boxes.forEach(function (box) {
      box.checked = done.indexOf(box.value) >= 0;
      var link = nav.querySelector("a[href='#" + box.value + "']");
      if (link) link.classList.toggle("done", box.checked);
    });
    progress.textContent = label("progress", "{done} / {total}")
      .split("{done}").join(String(checked().length)).split("{total}").join(String(boxes.length));
  }

  reset.addEventListener("click", function () { store([]); show([]); });
  // The same runbook open in another tab (the other language) ticks along.
  window.addEventListener("storage", function (event) { if (event.key === key || event.key === null) show(stored()); });
  show(stored());
})();
