// What the assistant's `custom` payloads look like on the page: an alert for triage,
// cards for a plan, footnotes for sources, and the printable summary's card.
import { el, has, isObject, list } from "./dom.js";
import { drawing } from "./drawings.js";
import { firstSentence, renderText, safeHref } from "./markup.js";
import { openSummary } from "./summary.js";

const LEVELS = {
  emergency: "Emergency: get help now",
  same_day: "See a doctor today",
  prompt: "Get checked soon",
};
// Replaces the escalation's texts with one alert that cannot be missed; `announce` makes
// screen readers say it at once (not for one restored after a reload).
export function triageAlert(triage, texts, options, announce) {
  const level = has(LEVELS, triage.level) ? triage.level : "emergency";
  const alert = el("div", "kb-alert kb-alert-" + level);
  if (announce) alert.setAttribute("role", "alert");
  else alert.setAttribute("aria-label", LEVELS[level]);
  alert.append(el("p", "kb-alert-level", LEVELS[level]));
  const [first, rest] = firstSentence(texts.join("\n\n"));
  alert.append(renderText(first, el("p", "kb-alert-first")));
  if (rest) alert.append(renderText(rest, el("p", "kb-alert-rest")));
  const dial = options.emergencyNumber.replace(/[^0-9+*#]/g, "");
  if (level === "emergency" && /[0-9]/.test(dial)) {
    const href = safeHref("tel:" + dial);
    if (href) {
      const call = el("a", "kb-call", "Call " + options.emergencyNumber);
      call.href = href;
      alert.append(call);
    }
  }
  return alert;
}

function card(exercise) {
  const article = el("article", "kb-card");
  const heading = el("h3", "kb-card-title", String(exercise.title || exercise.id));
  heading.id = "kb-card-" + exercise.id + "-" + Math.random().toString(36).slice(2, 8);
  article.setAttribute("aria-labelledby", heading.id);
  const figure = el("div", "kb-card-drawing");
  drawing(exercise.id).then((svg) => svg && figure.append(svg));
  article.append(figure, heading);
  if (exercise.dose) article.append(el("p", "kb-dose", String(exercise.dose)));
  list(exercise.notes).forEach((note) => article.append(el("p", "kb-card-note", String(note))));
  if (list(exercise.steps).length) {
    const details = el("details", "kb-steps");
    details.append(el("summary", "", "How to do it"));
    const steps = el("ol");
    exercise.steps.forEach((step) => steps.append(el("li", "", String(step))));
    details.append(steps);
    article.append(details);
  }
  return article;
}

// One card per exercise, the pain rule under them.
export function planCards(plan) {
  const box = el("div", "kb-plan");
  const cards = el("div", "kb-cards");
  const details = list(plan.details).filter(isObject);
  const exercises = details.length ? details : list(plan.exercises).map((id) => ({ id }));
  exercises.forEach((exercise) => cards.append(card(exercise)));
  box.append(cards);
  if (plan.pain_rule) {
    const rule = el("p", "kb-pain-rule");
    rule.append(el("strong", "", "The pain rule: "), document.createTextNode(String(plan.pain_rule)));
    box.append(rule);
  }
  return box;
}

// Small footnotes naming each document and section the answer came from.
export function sourceNotes(sources) {
  const seen = new Set();
  const notes = el("ol", "kb-sources");
  notes.setAttribute("aria-label", "Sources");
  sources.forEach((source) => {
    if (!isObject(source)) return;
    const label = [source.doc, source.section].filter(Boolean).map(String).join(" — ");
    if (!label || seen.has(label)) return;
    seen.add(label);
    notes.append(el("li", "", label));
  });
  return notes;
}

export function summaryCard(summary) {
  const box = el("div", "kb-summary");
  const button = el("button", "kb-button", "Open the summary to print or save");
  button.type = "button";
  const note = el("p", "kb-note");
  button.addEventListener("click", () => {
    if (!openSummary(summary)) note.textContent = "Your browser blocked the new window. Please allow pop-ups for this site and try again.";
  });
  box.append(button, note);
  return box;
}
