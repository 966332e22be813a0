// The printable summary: a plain one-page document (the doses, not each exercise's
// steps, which the cards and the knowledge base give) in a new window, built with DOM
// calls (never HTML strings), that the person prints or saves as a PDF.
import { has, list } from "./dom.js";
import { drawing } from "./drawings.js";

const LEVELS = {
  emergency: "Emergency: the assistant advised getting help straight away.",
  same_day: "The assistant advised seeing a doctor today.",
  prompt: "The assistant advised getting checked soon.",
};

const STYLE = `
  body { font: 11pt/1.45 system-ui, sans-serif; color: #111; margin: 2rem auto; max-width: 44rem; padding: 0 1rem; }
  h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; border-bottom: 1px solid #999; }
  h3 { font-size: 1rem; margin: 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  .exercise { display: grid; grid-template-columns: 6rem 1fr; gap: .75rem; break-inside: avoid; margin-bottom: .6rem; }
  .exercise svg { width: 6rem; height: auto; color: #111; }
  .exercise p { margin: .1rem 0; }
  .alert { border: 2px solid #8b0000; padding: .5rem .75rem; }
  .muted { color: #444; font-size: 10pt; }
  .pre { white-space: pre-line; }
  button { font: inherit; padding: .5rem 1rem; margin: 1rem 0; }
  @page { size: A4; margin: 12mm; }
  @media print {
    button { display: none; }
    body { margin: 0 auto; font-size: 9.5pt; line-height: 1.3; }
    h2 { margin: .7rem 0 .3rem; }
    .exercise { grid-template-columns: 4.5rem 1fr; margin-bottom: .3rem; }
    .exercise svg { width: 4.5rem; }
  }
`;

export function openSummary(summary) {
  const win = window.open("", "_blank");
  if (!win) return false;
  const doc = win.document;
  doc.documentElement.lang = "en";
  doc.title = "Knee pain summary, " + (summary.date || "");
  const head = doc.head || doc.documentElement.appendChild(doc.createElement("head"));
  const meta = doc.createElement("meta");
  meta.name = "viewport";
  meta.content = "width=device-width, initial-scale=1";
  const style = doc.createElement("style");
  style.textContent = STYLE;
  head.append(meta, style);
  const body = doc.body || doc.documentElement.appendChild(doc.createElement("body"));
  const main = doc.createElement("main");
  body.append(main);

  function add(parent, tag, text, className) {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    parent.append(node);
    return node;
  }

  add(main, "h1", "Knee pain: a summary to show a professional");
  add(main, "p", "Date: " + (summary.date || ""), "muted");
  const print = add(main, "button", "Print or save as PDF");
  print.type = "button";
  print.addEventListener("click", () => win.print());

  if (list(summary.told).length) {
    add(main, "h2", "What you told the assistant");
    const list = add(main, "dl");
    summary.told.forEach((item) => {
      add(list, "dt", item.label);
      add(list, "dd", item.value);
    });
  }
  if (summary.safety_check) {
    add(main, "h2", "Red-flag check");
    add(main, "p", summary.safety_check.question, "pre");
    add(main, "p", "Answer: " + summary.safety_check.answer);
  }
  if (summary.triage) {
    add(main, "h2", "Advice");
    const box = add(main, "div", undefined, "alert");
    const level = has(LEVELS, summary.triage.level) ? summary.triage.level : "emergency";
    add(box, "p", LEVELS[level]);
    if (summary.triage.advice) add(box, "p", summary.triage.advice);
  }
  if (summary.plan && list(summary.plan.exercises).length) {
    add(main, "h2", "Suggested exercises");
    if (summary.plan.intro) add(main, "p", summary.plan.intro);
    summary.plan.exercises.forEach((exercise) => {
      const row = add(main, "section", undefined, "exercise");
      const figure = add(row, "div");
      drawing(exercise.id, doc).then((svg) => svg && figure.append(svg));
      const text = add(row, "div");
      add(text, "h3", exercise.title);
      if (exercise.dose) add(text, "p", "Dose: " + exercise.dose);
      list(exercise.notes).forEach((note) => add(text, "p", note));
    });
  }
  list(summary.plan && summary.plan.notes).forEach((note) => add(main, "p", note));
  if (summary.pain_rule) {
    add(main, "h2", "The pain rule");
    add(main, "p", summary.pain_rule);
  }
  if (summary.caveat) add(main, "p", summary.caveat, "muted");
  doc.close();
  return true;
}
