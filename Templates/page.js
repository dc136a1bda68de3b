// Copy buttons for shell blocks: progressive enhancement, the page is complete without it.
// Labels come from the page (data-copy, data-copied) so this script is the same in every language
// and its hash in the Content-Security-Policy stays the same.
(function () {
  "use strict";
  var root = document.documentElement;
  var labels = { copy: root.getAttribute("data-copy") || "Copy", copied: root.getAttribute("data-copied") || "Copied" };

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

  var blocks = document.querySelectorAll("pre > code.language-shell");
  Array.prototype.forEach.call(blocks, function (code) {
    var pre = code.parentElement;
    var wrapper = document.createElement("div");
    wrapper.className = "command";
    pre.parentNode.insertBefore(wrapper, pre);
    wrapper.appendChild(pre);  // the button goes above it, so it never covers a long command
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = labels.copy;
    button.addEventListener("click", function () {
      // The block holds exactly what to paste; libcmark ends it with one newline.
      copy(code.textContent.replace(/\n$/, "")).then(function () {
        button.textContent = labels.copied;
        setTimeout(function () { button.textContent = labels.copy; }, 2000);
      }, function () { button.textContent = labels.copy; });
    });
    wrapper.insertBefore(button, pre);
  });
})();
