// The ticket page: a dropped or chosen file fills the paste box, and Copy puts the reply on the
// clipboard exactly as shown. Without this script the page still posts the paste and shows the reply.
(() => {
  "use strict";
  const paste = document.getElementById("paste");
  const fileBox = document.getElementById("file-box");
  const file = document.getElementById("paste-file");
  async function fill(chosen) {
    if (chosen) paste.value = await chosen.text();
  }
  if (paste && fileBox && file) {
    fileBox.hidden = false;
    file.addEventListener("change", () => fill(file.files[0]));
    paste.addEventListener("dragover", (event) => event.preventDefault());
    paste.addEventListener("drop", (event) => {
      if (event.dataTransfer.files.length === 0) return;
      event.preventDefault();
      fill(event.dataTransfer.files[0]);
    });
  }
  const copy = document.getElementById("copy-reply");
  const reply = document.getElementById("reply");
  if (copy && reply && navigator.clipboard) {
    copy.hidden = false;
    const label = copy.textContent;
    copy.addEventListener("click", async () => {
      await navigator.clipboard.writeText(reply.textContent);
      copy.textContent = copy.dataset.copied;
      setTimeout(() => { copy.textContent = label; }, 2000);
    });
  }
})();
