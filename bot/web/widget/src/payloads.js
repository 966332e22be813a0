// What the assistant's `custom` payloads look like on the page: an alert for triage,
// cards for a plan, footnotes for sources, and the printable summary's card.
import { drawing } from "./drawings.js";
import { firstSentence, renderText, safeHref } from "./markup.js";
import { openSummary } from "./summary.js";

const LEVELS = {
  emergency: "Emergency: get help now",
  same_day: "See a doctor today",
  prompt: "Get checked soon",
};

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// Replaces the escalation's texts with one alert that cannot be missed.
export function triageAlert(triage, texts, options) {
  const level = LEVELS[triage.level] ? triage.level : "emergency";
  const alert = el("div", "kb-alert kb-alert-" + level);
  alert.setAttribute("role", "alert");
  alert.append(el("p", "kb-alert-level", LEVELS[level]));
  const [first, rest] = firstSentence(texts.join("\n\n"));
  alert.append(renderText(first, el("p", "kb-alert-first")));
  if (rest) alert.append(renderText(rest, el("p", "kb-alert-rest")));
  if (level === "emergency" && options.emergencyNumber) {
    const href = safeHref("tel:" + options.emergencyNumber.replace(/[^0-9+*#]/g, ""));
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
  const heading = el("h3", "kb-card-title", exercise.title || exercise.id);
  heading.id = "kb-card-" + exercise.id + "-" + Math.random().toString(36).slice(2, 8);
  article.setAttribute("aria-labelledby", heading.id);
  const figure = el("div", "kb-card-drawing");
  drawing(exercise.id).then((svg) => svg && figure.append(svg));
  article.append(figure, heading);
  if (exercise.dose) article.append(el("p", "kb-dose", exercise.dose));
  (exercise.notes || []).forEach((note) => article.append(el("p", "kb-card-note", note)));
  if (exercise.steps && exercise.steps.length) {
    const details = el("details", "kb-steps");
    details.append(el("summary", "", "How to do it"));
    const list = el("ol");
    exercise.steps.forEach((step) => list.append(el("li", "", step)));
    details.append(list);
    article.append(details);
  }
  return article;
}

// One card per exercise, the pain rule under them.
export function planCards(plan) {
  const box = el("div", "kb-plan");
  const cards = el("div", "kb-cards");
  const exercises = plan.details || (plan.exercises || []).map((id) => ({ id }));
  exercises.forEach((exercise) => cards.append(card(exercise)));
  box.append(cards);
  if (plan.pain_rule) {
    const rule = el("p", "kb-pain-rule");
    rule.append(el("strong", "", "The pain rule: "), document.createTextNode(plan.pain_rule));
    box.append(rule);
  }
  return box;
}

// Small footnotes naming each document and section the answer came from.
export function sourceNotes(sources) {
  const seen = new Set();
  const list = el("ol", "kb-sources");
  list.setAttribute("aria-label", "Sources");
  sources.forEach((source) => {
    const label = [source.doc, source.section].filter(Boolean).join(" — ");
    if (!label || seen.has(label)) return;
    seen.add(label);
    list.append(el("li", "", label));
  });
  return list;
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
