// The line drawing of each exercise, kept beside its document in knowledge/exercises/
// and bundled into the widget at build time, so cards and printouts need no request.

const parser = new DOMParser();

async function source(id) {
  try {
    return (await import(`../../../../knowledge/exercises/${id}.svg`)).default;
  } catch (error) {
    return null;
  }
}

// An <svg> for `doc`, or null when the exercise has no drawing.
export async function drawing(id, doc = document) {
  if (!/^[a-z0-9_]+$/.test(String(id))) return null;
  const text = await source(id);
  if (!text) return null;
  const svg = parser.parseFromString(text, "image/svg+xml").documentElement;
  if (svg.nodeName !== "svg") return null;
  const node = doc.importNode(svg, true);
  node.setAttribute("class", "kb-drawing");
  node.setAttribute("role", "img");
  node.setAttribute("focusable", "false");
  return node;
}
