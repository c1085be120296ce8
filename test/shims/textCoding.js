// jsdom (the pane's tests, and the recording host's files that ask for it) has no TextDecoder or
// TextEncoder, which browsers and Node both have; the .xlsx reader uses them. Node's own are given.
const { TextDecoder, TextEncoder } = require("util");
if (typeof globalThis.TextDecoder === "undefined") globalThis.TextDecoder = TextDecoder;
if (typeof globalThis.TextEncoder === "undefined") globalThis.TextEncoder = TextEncoder;
