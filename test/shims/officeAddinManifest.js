// office-addin-mock requires office-addin-manifest only for its OfficeApp enum. That package
// pulls in ESM-only dependencies that jest 30 cannot load as CommonJS, so tests map it here.
const OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
};
module.exports = { OfficeApp };
