// Bot and user text as DOM nodes: line breaks, **bold**, and links to http(s) and tel:
// only. Nothing is ever parsed as HTML, so any markup in a text shows as text.

const PATTERN =
  /\*\*([^*\n]+)\*\*|\[([^\]\n]+)\]\(((?:https?:\/\/|tel:)[^)\s]+)\)|((?:https?:\/\/|tel:)[^\s<>"']*[^\s<>"'.,;:!?)\]])/g;
const SCHEMES = new Set(["http:", "https:", "tel:"]);

export function safeHref(raw) {
  try {
    const url = new URL(raw);
    return SCHEMES.has(url.protocol) ? url.href : null;
  } catch (error) {
    return null;
  }
}

function link(doc, label, href) {
  const safe = safeHref(href);
  if (!safe) return doc.createTextNode(label);
  const a = doc.createElement("a");
  a.href = safe;
  a.textContent = label;
  if (!safe.startsWith("tel:")) {
    a.target = "_blank";
    a.rel = "noopener noreferrer";
  }
  return a;
}

function inline(doc, line, into) {
  let last = 0;
  for (const match of line.matchAll(PATTERN)) {
    if (match.index > last) into.append(doc.createTextNode(line.slice(last, match.index)));
    if (match[1] !== undefined) {
      const strong = doc.createElement("strong");
      strong.textContent = match[1];
      into.append(strong);
    } else if (match[2] !== undefined) {
      into.append(link(doc, match[2], match[3]));
    } else {
      into.append(link(doc, match[4], match[4]));
    }
    last = match.index + match[0].length;
  }
  if (last < line.length) into.append(doc.createTextNode(line.slice(last)));
}

// Fills `into` with `text`, one <br> per line break.
export function renderText(text, into, doc = document) {
  String(text)
    .split("\n")
    .forEach((line, index) => {
      if (index > 0) into.append(doc.createElement("br"));
      inline(doc, line, into);
    });
  return into;
}

// The first sentence and the rest, for the alert's large first line.
export function firstSentence(text) {
  const match = /^(.+?[.!?])(\s+|$)/s.exec(text.trim());
  if (!match) return [text.trim(), ""];
  return [match[1], text.trim().slice(match[0].length)];
}
