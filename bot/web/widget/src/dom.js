// Small helpers every part of the widget builds with; payloads come from the network,
// so their shapes are checked, never assumed.

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// An array as it is, anything else as an empty one.
export const list = (value) => (Array.isArray(value) ? value : []);

// An own key only: "constructor" or "__proto__" are no level or label.
export const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

export function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
