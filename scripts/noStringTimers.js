// A webpack loader for ExcelJS's browser build: its bundled setImmediate polyfill turns a string
// callback into code with `new Function`, which a Content Security Policy without 'unsafe-eval'
// forbids and which the project never uses. The string case becomes an error instead.
module.exports = function noStringTimers(source) {
  const patched = source.replace(
    /new Function\(""\+e\)/g,
    'function(){throw new TypeError("setImmediate needs a function")}',
  );
  return patched;
};
