// Re-save a notebook the way JavaScript tools do: JSON.parse, then JSON.stringify.
//   node resave.js IN OUT lab      JupyterLab: JSON.stringify(nb, null, 1) + "\n"
//   node resave.js IN OUT compact  keys sorted, multi-line strings joined, no whitespace
// JavaScript has one number type: 0.0 becomes 0, 1e2 becomes 100, -0 becomes 0.
"use strict";
const fs = require("fs");

function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === "object") {
    const out = {};
    for (const key of Object.keys(value).sort()) out[key] = sorted(value[key]);
    return out;
  }
  return value;
}

function joinLines(nb) {
  for (const cell of nb.cells) {
    for (const output of cell.outputs || []) {
      for (const [mime, value] of Object.entries(output.data || {})) {
        if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
          output.data[mime] = value.join("");
        }
      }
    }
  }
  return nb;
}

const [input, output, mode] = process.argv.slice(2);
const nb = JSON.parse(fs.readFileSync(input, "utf8"));
const text =
  mode === "compact" ? JSON.stringify(sorted(joinLines(nb))) : JSON.stringify(nb, null, 1) + "\n";
fs.writeFileSync(output, text);
