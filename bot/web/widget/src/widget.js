// The website widget: one script tag, Rasa's socket.io protocol, rendered in a shadow
// root so that the host page's styles and ours never touch. The only global it adds
// is `KneebotWidget`.
import { io } from "socket.io-client";

import { el, isObject } from "./dom.js";
import { createHistory } from "./history.js";
import { renderText } from "./markup.js";
import { planCards, sourceNotes, summaryCard, triageAlert } from "./payloads.js";
import STYLES from "./styles.css";

const SLOW_MS = 10000;
const MAX_CHARS = 2000;
const DEFAULTS = {
  server: "",
  socketPath: "/socket.io/",
  title: "Knee pain assistant",
  accent: "#0b5cad",
  start: "closed",
  emergencyNumber: "112",
  greeting: "/greet",
};

function fromScript(script) {
  if (!script) return {};
  const data = script.dataset;
  const options = {};
  if (data.server) options.server = data.server;
  if (data.title) options.title = data.title;
  if (data.accent) options.accent = data.accent;
  if (data.start) options.start = data.start;
  if (data.emergencyNumber) options.emergencyNumber = data.emergencyNumber;
  if (data.socketPath) options.socketPath = data.socketPath;
  return options;
}

// Readable text on the accent colour: white or near-black, whichever contrasts more.
function onAccent(hex) {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) return "#ffffff";
  const channel = (i) => {
    const v = parseInt(match[1].slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.05) ? "#ffffff" : "#111111";
}

function mount(options) {
  const host = document.createElement("div");
  host.setAttribute("data-kneebot-widget", "");
  const root = host.attachShadow({ mode: "open" });
  if ("adoptedStyleSheets" in root && "replaceSync" in CSSStyleSheet.prototype) {
    // A constructed sheet is no inline style, so a page whose Content Security Policy
    // forbids those still shows the widget as designed.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement("style");
    style.textContent = STYLES;
    root.append(style);
  }

  const frame = el("div", "kb");
  frame.style.setProperty("--kb-accent", /^#[0-9a-f]{6}$/i.test(options.accent) ? options.accent : DEFAULTS.accent);
  frame.style.setProperty("--kb-on-accent", onAccent(options.accent));
  const launcher = el("button", "kb-launcher", options.title);
  launcher.type = "button";
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "kb-panel");

  const panel = el("section", "kb-panel");
  panel.id = "kb-panel";
  panel.setAttribute("aria-label", options.title);
  panel.hidden = true;
  const header = el("header", "kb-header");
  const title = el("h2", "kb-title", options.title);
  const restart = el("button", "kb-link", "Start over");
  restart.type = "button";
  const close = el("button", "kb-close", "×");
  close.type = "button";
  close.setAttribute("aria-label", "Close chat");
  header.append(title, restart, close);
  const disclosure = el("div", "kb-disclosure");
  disclosure.hidden = true;
  const disclosureText = el("p", "kb-disclosure-text");
  disclosureText.id = "kb-disclosure-text";
  const more = el("button", "kb-link kb-more", "More");
  more.type = "button";
  more.setAttribute("aria-expanded", "false");
  more.setAttribute("aria-controls", disclosureText.id);
  more.addEventListener("click", () => {
    const expanded = disclosure.classList.toggle("kb-expanded");
    more.setAttribute("aria-expanded", String(expanded));
    more.textContent = expanded ? "Less" : "More";
  });
  disclosure.append(disclosureText, more);
  const banner = el("p", "kb-banner", "Connection lost. Reconnecting…");
  banner.setAttribute("role", "status");
  banner.hidden = true;
  const log = el("div", "kb-log");
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-label", "Conversation");
  log.tabIndex = 0;
  const status = el("div", "kb-status");
  status.setAttribute("role", "status");
  const form = el("form", "kb-composer");
  const label = el("label", "kb-sr", "Your message");
  label.htmlFor = "kb-input";
  const input = el("input", "kb-input");
  input.id = "kb-input";
  input.type = "text";
  input.maxLength = MAX_CHARS;
  input.autocomplete = "off";
  input.setAttribute("enterkeyhint", "send");
  input.placeholder = "Type your message…";
  const send = el("button", "kb-send", "Send");
  send.type = "submit";
  form.append(label, input, send);
  panel.append(header, disclosure, banner, log, status, form);
  frame.append(panel, launcher);
  root.append(frame);
  document.body.append(host);
  // A phone's on-screen keyboard shrinks the visual viewport, and not always the layout
  // one; on a phone the panel follows the visual one, so the message box stays in sight.
  const viewport = window.visualViewport;
  if (viewport) {
    const fit = () => {
      frame.style.setProperty("--kb-vh", viewport.height + "px");
      frame.style.setProperty("--kb-vtop", viewport.offsetTop + "px");
    };
    viewport.addEventListener("resize", fit);
    viewport.addEventListener("scroll", fit);
    fit();
  }
  return {
    host, root, frame, launcher, panel, restart, close, disclosure, disclosureText, banner, log,
    status, form, input,
  };
}

function create(options) {
  const ui = mount(options);
  const history = createHistory(options.server);
  let socket = null;
  let ready = false;
  let queued = [];
  let slowTimer = null;
  let lastSent = null;
  let replaying = false;
  // The bubble of each text event, in order; null for an empty text, which the server
  // counts among a message's texts all the same.
  let botBubbles = [];
  const choiceNodes = new WeakMap();
  const said = new WeakMap(); // bubble -> the text it shows, as the assistant sent it

  // An alert's top stays in view until the person answers, however much follows it.
  let heldInView = null;

  function scrollToEnd() {
    const end = ui.log.scrollHeight;
    ui.log.scrollTop = heldInView ? Math.min(end, heldInView.offsetTop - ui.log.offsetTop - 8) : end;
  }

  function setOpen(open, focus) {
    ui.panel.hidden = !open;
    ui.launcher.hidden = open;
    ui.launcher.setAttribute("aria-expanded", String(open));
    history.open = open;
    if (open) {
      connect();
      scrollToEnd();
      if (focus) ui.input.focus();
    } else if (focus) {
      ui.launcher.focus();
    }
  }

  function showDisclosure(text) {
    ui.disclosureText.textContent = text;
    ui.disclosure.hidden = !text;
  }

  // --- rendering: one function per stored event, used live and when restoring ---

  function showUser(text) {
    heldInView = null;
    ui.log.append(renderText(text, el("p", "kb-msg kb-user")));
  }

  function showBot(text) {
    if (!text) {
      botBubbles.push(null);
      return;
    }
    const bubble = renderText(text, el("p", "kb-msg kb-bot"));
    ui.log.append(bubble);
    botBubbles.push(bubble);
    said.set(bubble, text);
  }

  function showChoices(event) {
    if (event.used) return;
    const group = el("div", "kb-choices");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Suggested answers");
    event.choices.forEach((choice) => {
      const button = el("button", "kb-choice", choice.title);
      button.type = "button";
      button.addEventListener("click", () => {
        say(choice.payload, choice.title);
        ui.input.focus();
      });
      group.append(button);
    });
    choiceNodes.set(event, group);
    ui.log.append(group);
  }

  function showCustom(event) {
    const custom = event.custom;
    const texts = Math.max(0, Math.min(event.texts | 0, botBubbles.length));
    const owned = botBubbles.slice(botBubbles.length - texts).filter(Boolean);
    const drop = (bubbles) => {
      bubbles.forEach((bubble) => bubble.remove());
      botBubbles = botBubbles.filter((bubble) => !bubbles.includes(bubble));
    };
    let anchor = owned.length ? owned[owned.length - 1] : null;
    const place = (node) => {
      if (anchor && anchor.isConnected) anchor.after(node);
      else ui.log.append(node);
      anchor = node;
    };
    if (isObject(custom.triage)) {
      // Restored alerts are not announced again; a new one is, at once.
      const alert = triageAlert(custom.triage, owned.map((b) => said.get(b)), options, !replaying);
      if (!replaying && owned.some((b) => said.get(b) === history.disclosure)) {
        // An escalation came first; the disclosure is the reply after it.
        history.disclosure = null;
        showDisclosure(null);
      }
      if (owned.length) owned[0].before(alert);
      else ui.log.append(alert);
      drop(owned);
      anchor = alert;
      heldInView = alert;
      if (!replaying && ui.panel.hidden) setOpen(true, false);
    }
    if (isObject(custom.plan)) {
      // The cards stand for the numbered list and the pain rule of the plan's text.
      const details = Array.isArray(custom.plan.details) ? custom.plan.details : [];
      const first = details.length ? "1. " + details[0].title : null;
      const shown = owned.filter(
        (b) => (first && said.get(b).startsWith(first)) || said.get(b) === custom.plan.pain_rule
      );
      anchor = owned.find((b) => !shown.includes(b)) || anchor;
      place(planCards(custom.plan));
      if (details.length) drop(shown);
      anchor = owned.filter((b) => b.isConnected).pop() || anchor;
    }
    if (Array.isArray(custom.sources) && custom.sources.length) place(sourceNotes(custom.sources));
    if (isObject(custom.summary)) place(summaryCard(custom.summary));
  }

  function show(event) {
    try {
      if (event.type === "user") showUser(event.text);
      else if (event.type === "bot") showBot(event.text);
      else if (event.type === "choices") showChoices(event);
      else if (event.type === "custom") showCustom(event);
    } catch (error) {
      // A payload of an unexpected shape costs its own display, never the conversation.
      console.warn("KneebotWidget: could not show a message", error);
    }
  }

  function record(event) {
    history.push(event);
    show(event);
    scrollToEnd();
  }

  function dropChoices() {
    history.events.forEach((event) => {
      if (event.type === "choices" && !event.used) {
        event.used = true;
        if (choiceNodes.has(event)) choiceNodes.get(event).remove();
      }
    });
    history.save();
  }

  // --- waiting: typing dots, then a clear way out after SLOW_MS ---

  function waiting() {
    clearTimeout(slowTimer);
    ui.status.replaceChildren(el("span", "kb-typing", "The assistant is typing…"));
    slowTimer = setTimeout(slow, SLOW_MS);
  }

  function slow() {
    const again = el("button", "kb-link", "Try again");
    again.type = "button";
    again.addEventListener("click", () => {
      if (lastSent) emit(lastSent);
      waiting();
      ui.input.focus();
    });
    ui.status.replaceChildren(el("span", "kb-slow", "This is taking longer than usual. "), again);
  }

  function answered() {
    clearTimeout(slowTimer);
    ui.status.replaceChildren();
  }

  function showBanner(lost) {
    // Text set as it appears, so that screen readers announce the change.
    ui.banner.textContent = lost ? "Connection lost. Reconnecting…" : "";
    ui.banner.hidden = !lost;
  }

  // --- the socket.io protocol ---

  function emit(message) {
    lastSent = message;
    if (ready) socket.emit("user_uttered", { message, session_id: history.session });
    else queued.push(message);
  }

  function say(message, shown) {
    dropChoices();
    if (shown !== null) record({ type: "user", text: shown === undefined ? message : shown });
    emit(message);
    waiting();
  }

  function received(message) {
    if (!isObject(message)) return;
    answered();
    if (isObject(message.custom)) {
      record({ type: "custom", custom: message.custom, texts: Number(message.texts) || 0 });
      return;
    }
    if (typeof message.text === "string") {
      record({ type: "bot", text: message.text });
      if (message.text && !history.disclosure) {
        // The first reply says what the assistant is and is not; it stays in view.
        history.disclosure = message.text;
        showDisclosure(message.text);
      }
    }
    const choices = message.quick_replies || message.buttons;
    if (Array.isArray(choices) && choices.length) {
      record({
        type: "choices",
        used: false,
        choices: choices.filter(isObject).map((c) => ({ title: String(c.title), payload: String(c.payload) })),
      });
    }
  }

  function connect() {
    if (socket) return;
    socket = io(options.server, { path: options.socketPath });
    socket.on("connect", () => {
      showBanner(false);
      socket.emit("session_request", { session_id: history.session });
    });
    socket.on("session_confirm", (sessionId) => {
      if (typeof sessionId === "string") history.session = sessionId;
      ready = true;
      const pending = queued;
      queued = [];
      pending.forEach(emit);
      if (!history.greeted) {
        history.greeted = true;
        if (!history.events.length && !pending.length) say(options.greeting, null);
      }
    });
    socket.on("disconnect", () => {
      ready = false;
      showBanner(true);
    });
    socket.on("connect_error", () => {
      ready = false;
      showBanner(true);
    });
    socket.on("bot_uttered", received);
  }

  // --- wiring ---

  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = ui.input.value.trim();
    if (!text) return;
    ui.input.value = "";
    say(text);
  });
  ui.launcher.addEventListener("click", () => setOpen(true, true));
  ui.close.addEventListener("click", () => setOpen(false, true));
  ui.panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") setOpen(false, true);
  });
  ui.restart.addEventListener("click", () => {
    history.clear();
    ui.log.replaceChildren();
    botBubbles = [];
    heldInView = null;
    say("/restart", "Start over");
    ui.input.focus();
  });

  showDisclosure(history.disclosure);
  replaying = true;
  history.events.forEach(show);
  replaying = false;
  const open = history.open === null ? options.start === "open" : history.open;
  setOpen(open, false);

  return {
    open: () => setOpen(true, true),
    close: () => setOpen(false, true),
  };
}

const script = document.currentScript;
let instance = null;
let starting = false;

function init(overrides) {
  if (instance || starting) return instance;
  const options = Object.assign({}, DEFAULTS, fromScript(script), overrides || {});
  for (const key of Object.keys(DEFAULTS)) options[key] = String(options[key]);
  if (!options.server) throw new Error("KneebotWidget: set data-server or init({server})");
  options.server = options.server.replace(/\/+$/, "");
  starting = true;
  const start = () => {
    instance = create(options);
    starting = false;
  };
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start, { once: true });
  return instance;
}

window.KneebotWidget = {
  init,
  open: () => instance && instance.open(),
  close: () => instance && instance.close(),
};

if (script && script.dataset.server) init();
