// Filter forms leave out the fields left empty, so the URL (and the CSV link) stays short.
"use strict";
for (const form of document.querySelectorAll("form.filters")) {
  form.addEventListener("submit", () => {
    for (const field of form.elements) {
      if (field.name && field.value === "") field.disabled = true;
    }
  });
}
