document.getElementById("root").dataset.loaded = "true";
